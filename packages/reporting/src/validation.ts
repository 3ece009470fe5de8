/**
 * Response validation for the reporting client: pass `responseSchemas` as `validation.schemas`.
 * A separate entry point, so clients that do not validate never load zod.
 *
 * @example
 * ```ts
 * import { createReportingClient } from '@gigmarket/reporting';
 * import { responseSchemas } from '@gigmarket/reporting/validation';
 *
 * const reporting = createReportingClient({ baseUrl, auth, validation: { mode: 'strict', schemas: responseSchemas } });
 * ```
 * @module
 */
export * as schemas from './generated/schemas.js';
export { responseSchemas } from './generated/validation.js';
