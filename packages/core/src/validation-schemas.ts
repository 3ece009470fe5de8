/**
 * Response validation for the common operations (discovery, auth, events, webhooks, sandbox):
 * pass `responseSchemas` as `validation.schemas`. A separate entry point, so clients that do not
 * validate never load zod.
 *
 * @example
 * ```ts
 * import { createCommonClient } from '@gigmarket/core';
 * import { responseSchemas } from '@gigmarket/core/validation';
 *
 * const common = createCommonClient({ baseUrl, validation: { mode: 'strict', schemas: responseSchemas } });
 * ```
 * @module
 */
export * as schemas from './generated/schemas.js';
export { responseSchemas } from './generated/validation.js';
