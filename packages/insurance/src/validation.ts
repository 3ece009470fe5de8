/**
 * Response validation for the insurance client: pass `responseSchemas` as `validation.schemas`.
 * A separate entry point, so clients that do not validate never load zod.
 *
 * @example
 * ```ts
 * import { createInsuranceClient } from '@gigmarket/insurance';
 * import { responseSchemas } from '@gigmarket/insurance/validation';
 *
 * const insurance = createInsuranceClient({ baseUrl, auth, validation: { mode: 'strict', schemas: responseSchemas } });
 * ```
 * @module
 */
export * as schemas from './generated/schemas.js';
export { responseSchemas } from './generated/validation.js';
