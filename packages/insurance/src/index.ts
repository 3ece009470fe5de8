/**
 * `@gigmarket/insurance`: the typed client of the Gig Market Standard's insurance domain (per-order accident insurance priced by risk class, quotes, policies, claims, occupational-injury protection and subsidies).
 *
 * @example
 * ```ts
 * import { createInsuranceClient } from '@gigmarket/insurance';
 * import { apiKey } from '@gigmarket/core';
 *
 * const insurance = createInsuranceClient({ baseUrl: 'http://localhost:8080/v1', auth: apiKey('gm_demo_platform') });
 * ```
 * @module
 */
export { createInsuranceClient, type InsuranceClient } from './generated/client.js';
export type * from './generated/models.js';
export { type OperationId, operationTable } from './generated/operations.js';
export type { components, operations, paths } from './generated/types.js';
