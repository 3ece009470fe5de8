/**
 * Response validation for the settlement client: pass `responseSchemas` as `validation.schemas`.
 * A separate entry point, so clients that do not validate never load zod.
 *
 * @example
 * ```ts
 * import { createSettlementClient } from '@gigmarket/settlement';
 * import { responseSchemas } from '@gigmarket/settlement/validation';
 *
 * const settlement = createSettlementClient({ baseUrl, auth, validation: { mode: 'strict', schemas: responseSchemas } });
 * ```
 * @module
 */
export * as schemas from './generated/schemas.js';
export { responseSchemas } from './generated/validation.js';
