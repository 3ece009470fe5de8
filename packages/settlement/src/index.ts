/**
 * `@gigmarket/settlement`: the typed client of the Gig Market Standard's settlement domain (escrowed wages released on confirmation, payouts, commission disclosure, the ledger, disputes and wage-arrears cases).
 *
 * @example
 * ```ts
 * import { createSettlementClient } from '@gigmarket/settlement';
 * import { apiKey } from '@gigmarket/core';
 *
 * const settlement = createSettlementClient({ baseUrl: 'http://localhost:8080/v1', auth: apiKey('gm_demo_platform') });
 * ```
 * @module
 */
export { createSettlementClient, type SettlementClient } from './generated/client.js';
export type * from './generated/models.js';
export { type OperationId, operationTable } from './generated/operations.js';
export type { components, operations, paths } from './generated/types.js';
