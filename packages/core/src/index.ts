/**
 * `@gigmarket/core`: the hand-written runtime of the Gig Market Standard SDK. Generated domain clients
 * pass their operation tables to `bindOperations` and a `createTransport` transport.
 *
 * This entry never imports zod: response schemas come in through `validation.schemas` from the
 * domain packages' own schema entry points. Webhook helpers are also at `@gigmarket/core/webhooks`.
 *
 * @example
 * ```ts
 * import { apiKey, bindOperations, createTransport } from '@gigmarket/core';
 * ```
 * @module
 */

export { bindOperations, type CallOptions, type UntypedClient } from './bind.js';
// Operations: the contract with generated code.
export {
  defineOperations,
  type HttpMethod,
  type OperationDescriptor,
  type OperationIds,
  type OperationRow,
  type OperationTable,
  type RequestBodyContentType,
} from './operation.js';
export type { Runtime } from './transport/client-headers.js';
// Transport.
export { createTransport, DEFAULT_TIMEOUT_MS } from './transport/create-transport.js';
export { isTransport } from './transport/is-transport.js';
export type {
  AfterResponseContext,
  BeforeRequestContext,
  ClientOptions,
  RequestArgs,
  RetryEvent,
  Transport,
  TransportHooks,
  TransportOptions,
} from './transport/types.js';
export type { ParameterValue } from './transport/url.js';
export { SDK_VERSION, STANDARD_VERSION } from './version.js';
// Not exported: expandPath, buildQueryString, encodeBody, readResponseBody, clientHeaders; they are
// the transport's internals and would freeze its implementation.

// Auth.
export { apiKey } from './auth/api-key.js';
export { bearer } from './auth/bearer.js';
export {
  type OAuth2ClientCredentialsOptions,
  oauth2ClientCredentials,
} from './auth/oauth2-client-credentials.js';
export type { AuthContext, AuthStrategy } from './auth/types.js';
// Errors.
export { AuthenticationError } from './errors/authentication-error.js';
export { ConflictError } from './errors/conflict-error.js';
export { createErrorFromResponse, type ErrorResponse } from './errors/from-response.js';
export { GigMarketError, type GigMarketErrorInit } from './errors/gigmarket-error.js';
export {
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
  isValidationError,
} from './errors/guards.js';
export { IdempotencyError } from './errors/idempotency-error.js';
export { NetworkError } from './errors/network-error.js';
export { NotFoundError } from './errors/not-found-error.js';
export { PermissionError } from './errors/permission-error.js';
export {
  type FieldError,
  PROBLEM_TYPE_BASE,
  type ProblemDetails,
  problemTypeSlug,
} from './errors/problem.js';
export { RateLimitError } from './errors/rate-limit-error.js';
export { ResponseValidationError, type ValidationIssue } from './errors/response-validation-error.js';
export { ServerError } from './errors/server-error.js';
export { TimeoutError } from './errors/timeout-error.js';
export { ValidationError } from './errors/validation-error.js';
// Idempotency.
export { IDEMPOTENCY_KEY_HEADER, randomIdempotencyKey, resolveIdempotencyKey } from './idempotency.js';
// Retries: a separate unit, usable without the transport.
export {
  backoffDelay,
  DEFAULT_RETRY_OPTIONS,
  isRetryableMethod,
  type RetryOptions,
  resolveRetryOptions,
} from './retry/policy.js';
export { parseRetryAfter } from './retry/retry-after.js';

// Not exported: GIGMARKET_ERROR_BRAND (use the is…Error guards) and normalizeProblem.

// The common operations of the standard (discovery, auth, /me, events, webhook subscriptions and
// deliveries, the sandbox clock), generated from the spec; @gigmarket/sdk exposes them at its top level.
export { type CommonClient, createCommonClient } from './generated/client.js';
export type * from './generated/models.js';
export { operationTable as commonOperationTable } from './generated/operations.js';
export type { components, operations, paths, webhooks } from './generated/types.js';
// Pagination.
export { type FetchPage, type Page, type PaginateOptions, type Paginator, paginate } from './pagination.js';
// Validation (types and the mode logic only; schemas come from the domain packages).
export {
  DEFAULT_VALIDATION_MODE,
  defineResponseSchemas,
  type ResponseSchema,
  type SchemaMap,
  type ValidationMode,
  type ValidationOptions,
  type ValidationSchemas,
  type ValidationWarning,
  validateResponse,
} from './validation.js';
// Webhooks, also available alone from '@gigmarket/core/webhooks'.
export {
  type IncomingHeaders,
  isWebhookVerificationError,
  type SignWebhookInput,
  signWebhook,
  type VerifyWebhookInput,
  verifyWebhook,
  type WebhookEvent,
  type WebhookHeaders,
  WebhookVerificationError,
  type WebhookVerificationReason,
} from './webhooks/index.js';
