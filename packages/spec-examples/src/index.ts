/**
 * `@gigmarket/spec-examples` (private): test helpers for the domain packages, which cannot use the
 * stateful `@gigmarket/mock` (it depends on them through the server). MSW handlers that answer every
 * operation of the bundled spec with its documented example (`useSpecServer` for one test file), a
 * problem-response builder, and the check that keeps README code blocks equal to the compiled example files.
 *
 * @example
 * ```ts
 * import { MOCK_BASE_URL, specHandlers } from '@gigmarket/spec-examples';
 * const server = setupServer(...specHandlers());
 * ```
 * @module
 */
export { exampleResponse, MOCK_BASE_URL, mswPath, problemResponse, specHandlers } from './handlers.js';
export { readmeExample } from './readme.js';
export {
  loadBundledSpec,
  type OpenApiDocument,
  type SpecOperation,
  specExample,
  specOperations,
  specRequestExample,
} from './spec-operations.js';
export { useSpecServer } from './spec-server.js';
