import { Hono } from 'hono';
import { type ApiKeyCache, authenticate, authorize } from './auth/authenticate.js';
import type { Caller } from './auth/caller.js';
import { type Clock, type OperationContext, type ServerConfig, shanghaiIso } from './context.js';
import { emitterFor } from './events/emit.js';
import { claimKey, completeKey, releaseKey } from './http/idempotency.js';
import { ProblemError } from './http/problem.js';
import { createRateLimiter } from './http/rate-limit.js';
import { type IdGenerator, randomIds } from './ids.js';
import type { Behaviour, CustomResult } from './operations/definitions.js';
import { dispatch } from './operations/dispatch.js';
import { sandboxOffsetSeconds } from './sandbox-clock.js';
import { type OperationSpec, operationRegistry } from './spec/registry.js';
import type { Database } from './store/database.js';
import type { Tx } from './store/objects.js';
import { readBody, validateRequest } from './validation/request.js';

export interface AppOptions {
  db: Database;
  clock: Clock;
  config: ServerConfig;
  behaviour: Behaviour;
  /** Where the API is mounted; the spec's servers end in `/v1`. */
  basePath?: string;
  /** The fetch used to reach webhook receivers; `globalThis.fetch` by default. */
  fetch?: typeof fetch;
  /** Structured log of each request (pino in the reference server); silent by default. */
  log?: (entry: Record<string, unknown>) => void;
  /**
   * Makes every id the server creates (objects, events, deliveries, request ids); `randomIds()` by
   * default. A mock passes `seededIds(seed)` so that the same seed gives the same ids.
   */
  ids?: IdGenerator;
}

const problemResponse = (error: ProblemError, requestId: string, headers: Record<string, string>) =>
  new Response(JSON.stringify(error.body(requestId)), {
    status: error.status,
    headers: {
      ...headers,
      ...error.headers,
      'Content-Type': 'application/problem+json',
      'X-Request-Id': requestId,
    },
  });

function render(
  result: CustomResult,
  op: OperationSpec,
  requestId: string,
  headers: Record<string, string>,
): Response {
  const status = result.status ?? op.successStatus;
  if (status === 204)
    return new Response(null, { status, headers: { ...headers, 'X-Request-Id': requestId } });
  const body = typeof result.body === 'string' ? result.body : JSON.stringify(result.body);
  const contentType = result.contentType ?? 'application/json';
  return new Response(body, {
    status,
    headers: { ...headers, ...result.headers, 'Content-Type': contentType, 'X-Request-Id': requestId },
  });
}

/**
 * The reference server as a Hono app: every operation of the bundled spec is routed, authenticated,
 * authorised by role and scope, validated with the generated zod schemas, made idempotent and run
 * in one database transaction; errors are problem+json and change nothing.
 *
 * @example
 * const app = createApp({ db, clock: { now: () => new Date() }, config, behaviour: referenceBehaviour() });
 * const res = await app.request('/v1/');
 */
export function createApp(options: AppOptions): Hono {
  const {
    db,
    clock,
    config,
    behaviour,
    basePath = '/v1',
    log = () => {},
    fetch: fetchImpl = globalThis.fetch,
    ids = randomIds(),
  } = options;
  const app = new Hono();
  const rateLimit = createRateLimiter(config.rateLimitPerMinute);
  const apiKeys: ApiKeyCache = new Map();

  for (const op of operationRegistry().values()) {
    // Discovery answers on the base URL with and without its trailing slash.
    const paths = op.routePath === '/' ? [basePath, `${basePath}/`] : [`${basePath}${op.routePath}`];
    app.on(op.method, paths, async (c) => {
      const started = performance.now();
      const offset = config.sandbox ? await sandboxOffsetSeconds(db) : 0;
      const nowDate = new Date(clock.now().getTime() + offset * 1000);
      const requestId = ids('req', nowDate.getTime());
      let headers: Record<string, string> = {};
      let caller: Caller | null = null;
      let claimed: { tenantId: string; key: string } | undefined;
      try {
        if (op.sandbox && !config.sandbox)
          throw new ProblemError(404, 'not-found', `${op.path} exists only on sandbox servers.`);
        caller = await authenticate(db, c.req.raw.headers, config.tokenSecret, nowDate.getTime(), apiKeys);
        const limit = rateLimit(
          caller?.clientId ?? `ip:${c.req.header('x-forwarded-for') ?? 'local'}`,
          Date.now(),
        );
        headers = limit.headers;
        if (!limit.allowed)
          throw new ProblemError(
            429,
            'rate-limited',
            `The limit of ${config.rateLimitPerMinute} requests per minute was reached. Retry after ${limit.headers['Retry-After']} seconds.`,
          );
        authorize(op, caller);
        const rawBody = await readBody(c.req.raw, op);
        const query = Object.fromEntries(new URL(c.req.url).searchParams);
        const input = validateRequest(op, {
          path: c.req.param() as Record<string, string>,
          query,
          body: rawBody,
          idempotencyKey: c.req.header('idempotency-key'),
        });
        const key = c.req.header('idempotency-key');
        if (op.method === 'POST' && caller && key) {
          const replay = await claimKey(db, {
            tenantId: caller.tenantId,
            key,
            operationId: op.id,
            request: `${c.req.path}\n${JSON.stringify(rawBody ?? null)}`,
            now: shanghaiIso(nowDate),
            nowMs: nowDate.getTime(),
          });
          if (replay)
            return new Response(replay.body || null, {
              status: replay.status,
              headers: {
                ...replay.headers,
                ...headers,
                'Idempotent-Replayed': 'true',
                'X-Request-Id': requestId,
              },
            });
          claimed = { tenantId: caller.tenantId, key };
        }
        const response = await db.transaction(async (tx) => {
          const ctx = contextFor({
            op,
            caller,
            tx,
            nowDate,
            config,
            input,
            fetch: fetchImpl,
            behaviour,
            ids,
          });
          const result = await dispatch(behaviour, ctx);
          const res = render(result, op, requestId, headers);
          if (claimed) {
            const stored = {
              status: res.status,
              body: await res.clone().text(),
              headers: Object.fromEntries(
                [...res.headers].filter(([k]) => !/^ratelimit|^x-request-id/i.test(k)),
              ),
            };
            await completeKey(tx, claimed.tenantId, claimed.key, stored);
          }
          return res;
        });
        log({
          requestId,
          operationId: op.id,
          status: response.status,
          ms: Math.round(performance.now() - started),
          tenant: caller?.tenantId,
        });
        return response;
      } catch (error) {
        if (claimed) await releaseKey(db, claimed.tenantId, claimed.key).catch(() => {});
        const problem =
          error instanceof ProblemError
            ? error
            : new ProblemError(
                500,
                'internal-error',
                'The server failed unexpectedly. Retry with the same Idempotency-Key; quote the request id if it persists.',
              );
        log({
          requestId,
          operationId: op.id,
          status: problem.status,
          ms: Math.round(performance.now() - started),
          tenant: caller?.tenantId,
          ...(problem.status >= 500 ? { error: String((error as Error)?.stack ?? error) } : {}),
        });
        return problemResponse(problem, requestId, headers);
      }
    });
  }

  app.notFound((c) =>
    problemResponse(
      new ProblemError(
        404,
        'not-found',
        `No operation of the standard at ${c.req.method} ${new URL(c.req.url).pathname}.`,
      ),
      ids('req', clock.now().getTime()),
      {},
    ),
  );
  return app;
}

function contextFor(input: {
  op: OperationSpec;
  caller: Caller | null;
  tx: Tx;
  nowDate: Date;
  config: ServerConfig;
  fetch: typeof fetch;
  behaviour: Behaviour;
  ids: IdGenerator;
  input: { path: Record<string, string>; query: Record<string, unknown>; body: unknown };
}): OperationContext {
  const now = shanghaiIso(input.nowDate);
  return {
    op: input.op,
    caller: input.caller,
    visibility: input.caller ? input.op.roles[input.caller.role] : input.op.roles.anonymous,
    tx: input.tx,
    now,
    nowDate: input.nowDate,
    config: input.config,
    path: input.input.path,
    query: input.input.query,
    body: input.input.body,
    fetch: input.fetch,
    runSweeps: async (at: Date) => {
      const swept = contextFor({ ...input, nowDate: at });
      for (const sweep of input.behaviour.sweeps) await sweep(swept);
    },
    newId: (prefix) => input.ids(prefix, input.nowDate.getTime()),
    emit: emitterFor(input.tx, {
      now,
      nowMs: input.nowDate.getTime(),
      ids: input.ids,
      defaultVisibleTo: input.caller ? [input.caller.tenantId] : [],
    }),
  };
}
