/**
 * Response validation for the credit client: pass `responseSchemas` as `validation.schemas`.
 * A separate entry point, so clients that do not validate never load zod.
 *
 * @example
 * ```ts
 * import { createCreditClient } from '@gigmarket/credit';
 * import { responseSchemas } from '@gigmarket/credit/validation';
 *
 * const credit = createCreditClient({ baseUrl, auth, validation: { mode: 'strict', schemas: responseSchemas } });
 * ```
 * @module
 */
export * as schemas from './generated/schemas.js';
export { responseSchemas } from './generated/validation.js';
