/**
 * `@gigmarket/jobs`: the typed client of the Gig Market Standard's jobs domain (gig-market directory and e-map, worker and employer registration, job postings, applications, matching, work orders and e-contracts).
 *
 * @example
 * ```ts
 * import { createJobsClient } from '@gigmarket/jobs';
 * import { apiKey } from '@gigmarket/core';
 *
 * const jobs = createJobsClient({ baseUrl: 'http://localhost:8080/v1', auth: apiKey('gm_demo_platform') });
 * ```
 * @module
 */
export { createJobsClient, type JobsClient } from './generated/client.js';
export type * from './generated/models.js';
export { type OperationId, operationTable } from './generated/operations.js';
export type { components, operations, paths } from './generated/types.js';
