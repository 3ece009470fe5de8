/**
 * `@gigmarket/reporting`: the typed client of the Gig Market Standard's reporting domain (half-year employment reports, worker activity statistics and open-data feeds).
 *
 * @example
 * ```ts
 * import { createReportingClient } from '@gigmarket/reporting';
 * import { apiKey } from '@gigmarket/core';
 *
 * const reporting = createReportingClient({ baseUrl: 'http://localhost:8080/v1', auth: apiKey('gm_demo_platform') });
 * ```
 * @module
 */
export { createReportingClient, type ReportingClient } from './generated/client.js';
export type * from './generated/models.js';
export { type OperationId, operationTable } from './generated/operations.js';
export type { components, operations, paths } from './generated/types.js';
