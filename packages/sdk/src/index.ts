/**
 * `@gigmarket/sdk`: the Gig Market Standard SDK (零工市场互联互通标准) in one package. One client for
 * every domain on a shared transport, the runtime's errors, guards, auth strategies and webhook
 * helpers, and the model types of every domain. Response schemas are at `@gigmarket/sdk/validation`.
 *
 * @example
 * ```ts
 * import { apiKey, createGigMarketClient, isConflictError } from '@gigmarket/sdk';
 *
 * const client = createGigMarketClient({ baseUrl: 'http://localhost:8080/v1', auth: apiKey('gm_demo_platform') });
 * ```
 * @module
 */
import type {
  components as CommonComponents,
  operations as CommonOperations,
  paths as CommonPaths,
} from '@gigmarket/core';
import type {
  components as CreditComponents,
  operations as CreditOperations,
  paths as CreditPaths,
} from '@gigmarket/credit';
import type {
  components as InsuranceComponents,
  operations as InsuranceOperations,
  paths as InsurancePaths,
} from '@gigmarket/insurance';
import type {
  components as JobsComponents,
  operations as JobsOperations,
  paths as JobsPaths,
} from '@gigmarket/jobs';
import type {
  components as ReportingComponents,
  operations as ReportingOperations,
  paths as ReportingPaths,
} from '@gigmarket/reporting';
import type {
  components as SettlementComponents,
  operations as SettlementOperations,
  paths as SettlementPaths,
} from '@gigmarket/settlement';

// Every type of @gigmarket/core: options, contexts, Paginator, problem details, the common models.
export type * from '@gigmarket/core';
// The runtime, re-exported from @gigmarket/core. Not re-exported: bindOperations, the operation
// tables and the retry internals, which only generated code and the transport need (import them
// from @gigmarket/core if you build your own client).
export {
  AuthenticationError,
  apiKey,
  bearer,
  ConflictError,
  createTransport,
  GigMarketError,
  IdempotencyError,
  isAuthenticationError,
  isConflictError,
  isGigMarketError,
  isIdempotencyError,
  isNetworkError,
  isNotFoundError,
  isPermissionError,
  isRateLimitError,
  isResponseValidationError,
  isServerError,
  isTimeoutError,
  isTransport,
  isValidationError,
  isWebhookVerificationError,
  NetworkError,
  NotFoundError,
  oauth2ClientCredentials,
  PermissionError,
  PROBLEM_TYPE_BASE,
  paginate,
  RateLimitError,
  ResponseValidationError,
  SDK_VERSION,
  ServerError,
  STANDARD_VERSION,
  signWebhook,
  TimeoutError,
  ValidationError,
  verifyWebhook,
  WebhookVerificationError,
} from '@gigmarket/core';
// The model types of every domain (Job, Escrow, Policy, CreditProfile, EmploymentReport, …) and the
// domain client interfaces. Each domain owns its schemas, so the names do not clash.
export type * from '@gigmarket/credit';
export type * from '@gigmarket/insurance';
export type * from '@gigmarket/jobs';
export type * from '@gigmarket/reporting';
export type * from '@gigmarket/settlement';
export { createGigMarketClient, type GigMarketClient } from './client.js';
export { type OperationId, operationTable } from './operation-table.js';

// Every package above exports its own `operationTable`, `OperationId` and openapi-typescript maps;
// the SDK exports their union, i.e. the whole standard (operationIds and paths are unique across domains).

/** openapi-typescript's `paths` of the whole standard. */
export type paths = CommonPaths & JobsPaths & SettlementPaths & InsurancePaths & CreditPaths & ReportingPaths;
/** openapi-typescript's `operations` of the whole standard, by operationId. */
export type operations = CommonOperations &
  JobsOperations &
  SettlementOperations &
  InsuranceOperations &
  CreditOperations &
  ReportingOperations;
/** openapi-typescript's `components` of the whole standard (common schemas appear in each domain, identically). */
export type components = CommonComponents &
  JobsComponents &
  SettlementComponents &
  InsuranceComponents &
  CreditComponents &
  ReportingComponents;
