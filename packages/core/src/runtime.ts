/**
 * What generated clients need from the runtime. Domain packages import these names from
 * `@gigmarket/core`; core's own generated `common` client imports them from here, so it does not
 * import its own package entry (which re-exports the generated client) in a cycle.
 */
export { bindOperations, type CallOptions } from './bind.js';
export { defineOperations, type OperationDescriptor } from './operation.js';
export type { Paginator } from './pagination.js';
export { createTransport } from './transport/create-transport.js';
export { isTransport } from './transport/is-transport.js';
export type { ClientOptions, Transport } from './transport/types.js';
export { defineResponseSchemas, type ValidationSchemas } from './validation.js';
