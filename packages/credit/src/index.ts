/**
 * `@gigmarket/credit`: the typed client of the Gig Market Standard's credit domain (two-way ratings, credit profiles, credit events, blacklists, credit repair and consented credit queries).
 *
 * @example
 * ```ts
 * import { createCreditClient } from '@gigmarket/credit';
 * import { apiKey } from '@gigmarket/core';
 *
 * const credit = createCreditClient({ baseUrl: 'http://localhost:8080/v1', auth: apiKey('gm_demo_platform') });
 * ```
 * @module
 */
export { type CreditClient, createCreditClient } from './generated/client.js';
export type * from './generated/models.js';
export { type OperationId, operationTable } from './generated/operations.js';
export type { components, operations, paths } from './generated/types.js';
