import type { AuthStrategy } from '../auth/types.js';
import type { OperationDescriptor } from '../operation.js';
import type { RetryOptions } from '../retry/policy.js';
import type { ValidationOptions } from '../validation.js';
import type { Runtime } from './client-headers.js';
import type { ParameterValue } from './url.js';

/**
 * Told before each retry: which attempt comes next, how long the wait is, and why.
 *
 * @example
 * ```ts
 * const onRetry = ({ attempt, delayMs, response }: RetryEvent) => log(attempt, delayMs, response?.status);
 * ```
 */
export interface RetryEvent {
  /** The number of the attempt about to be made (1 for the first retry). */
  attempt: number;
  delayMs: number;
  /** The response that is retried; `undefined` when the attempt threw. */
  response?: Response;
  /** The error that is retried (a `NetworkError` or `TimeoutError`); `undefined` for responses. */
  error?: unknown;
}

/**
 * What `beforeRequest` receives: the request about to go out, with auth and all headers set (the
 * hook may add more, e.g. `traceparent`).
 *
 * @example
 * ```ts
 * const beforeRequest = ({ operation, request, attempt }: BeforeRequestContext) => log(operation.id, request.url, attempt);
 * ```
 */
export interface BeforeRequestContext {
  operation: OperationDescriptor;
  request: Request;
  /** 0 for the first attempt, 1 for the first retry… */
  attempt: number;
}

/**
 * What `afterResponse` receives, for every response including errors and retried ones. `response` is
 * a clone: reading its body does not disturb the SDK.
 *
 * @example
 * ```ts
 * const afterResponse = ({ response, durationMs }: AfterResponseContext) => histogram.observe(durationMs);
 * ```
 */
export interface AfterResponseContext extends BeforeRequestContext {
  response: Response;
  durationMs: number;
}

/**
 * Hooks for logging, tracing and metrics. A hook that throws fails the call.
 *
 * @example
 * ```ts
 * createTransport({ baseUrl, hooks: { afterResponse: ({ operation, response }) => log(operation.id, response.status) } });
 * ```
 */
export interface TransportHooks {
  beforeRequest?: (context: BeforeRequestContext) => void | Promise<void>;
  afterResponse?: (context: AfterResponseContext) => void | Promise<void>;
  beforeRetry?: (context: RetryEvent & { operation: OperationDescriptor }) => void | Promise<void>;
}

/**
 * Options of `createTransport`. Only `baseUrl` is required; every default is listed in the README.
 *
 * @example
 * ```ts
 * const options: TransportOptions = { baseUrl: 'http://localhost:8080/v1', auth: apiKey('gmk_test') };
 * ```
 */
export interface TransportOptions {
  /** The server URL including the version prefix, e.g. `http://localhost:8080/v1`. */
  baseUrl: string;
  /** How requests are authenticated. Default: none (public operations only). */
  auth?: AuthStrategy;
  /** Timeout of each attempt in milliseconds, or `false`. Default 30 000. */
  timeoutMs?: number | false;
  /** The `fetch` to use (tests, edge runtimes, proxies). Default `globalThis.fetch`. */
  fetch?: typeof fetch;
  hooks?: TransportHooks;
  /** Headers sent with every request. */
  headers?: Readonly<Record<string, string>>;
  /** Retry settings, or `false` for none. Defaults in `DEFAULT_RETRY_OPTIONS`. */
  retry?: RetryOptions | false;
  /** Makes automatic Idempotency-Keys; `false` turns them off. Default `crypto.randomUUID`. */
  generateIdempotencyKey?: (() => string) | false;
  /** Response validation. Default: none (mode `off`). */
  validation?: ValidationOptions;
  /** Default `SDK_VERSION`. */
  sdkVersion?: string;
  /** Default `STANDARD_VERSION`; generated clients pass their spec's `info.version`. */
  standardVersion?: string;
  /** Default: detected. Decides between `User-Agent` and `X-GigMarket-Client`. */
  runtime?: Runtime;
  /** Test seams: how to wait between retries, the jitter source and the clock. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  now?: () => number;
}

/**
 * The options a generated client factory takes: the same as {@link TransportOptions}.
 *
 * @example
 * ```ts
 * createSettlementClient({ baseUrl: 'http://localhost:8080/v1', auth: apiKey('gmk_test') } satisfies ClientOptions);
 * ```
 */
export type ClientOptions = TransportOptions;

/**
 * One call's inputs. `pathParams` fill the path template; `query` is serialized `form`/`explode: false`.
 *
 * @example
 * ```ts
 * await transport.request(release, { pathParams: { escrowId }, body: { note: '验收合格' }, idempotencyKey: 'order-4711' });
 * ```
 */
export interface RequestArgs {
  pathParams?: Readonly<Record<string, ParameterValue | undefined>>;
  query?: Readonly<Record<string, ParameterValue | readonly ParameterValue[] | null | undefined>>;
  body?: unknown;
  headers?: Readonly<Record<string, string>>;
  /** Reused on every retry. Default: a fresh UUID for POSTs and operations that require one. */
  idempotencyKey?: string;
  /** Aborting rejects the call with the signal's reason and stops retries. */
  signal?: AbortSignal;
  /** Overrides the transport's timeout for each attempt of this call. */
  timeoutMs?: number | false;
}

/**
 * Sends operations. Built by `createTransport`; bound to methods by `bindOperations`.
 *
 * @example
 * ```ts
 * const escrow = await transport.request<Escrow>(operations['escrows.get'], { pathParams: { escrowId } });
 * ```
 */
export interface Transport {
  /** The server URL without a trailing slash. */
  readonly baseUrl: string;
  /** Resolves with the parsed JSON body (`undefined` for 204) or rejects with a `GigMarketError`. */
  request<T = unknown>(descriptor: OperationDescriptor, args?: RequestArgs): Promise<T>;
}
