/**
 * Response validation for the jobs client: pass `responseSchemas` as `validation.schemas`.
 * A separate entry point, so clients that do not validate never load zod.
 *
 * @example
 * ```ts
 * import { createJobsClient } from '@gigmarket/jobs';
 * import { responseSchemas } from '@gigmarket/jobs/validation';
 *
 * const jobs = createJobsClient({ baseUrl, auth, validation: { mode: 'strict', schemas: responseSchemas } });
 * ```
 * @module
 */
export * as schemas from './generated/schemas.js';
export { responseSchemas } from './generated/validation.js';
