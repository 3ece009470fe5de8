import { createApp } from '../app.js';
import { provisionClients } from '../auth/provision.js';
import { referenceBehaviour } from '../behaviour.js';
import { openDatabase } from '../store/database.js';
import { CLIENTS, type ClientName, TEST_CONFIG } from './clients.js';
import { createResponseRecorder, type ResponseRecorder } from './response-recorder.js';

export { CLIENTS, type ClientName, ROLE_CLIENTS, TEST_CONFIG } from './clients.js';

/** A response as the tests read it: JSON bodies parsed, other bodies (CSV) as text. */
export interface TestResponse {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: tests read problem and object bodies loosely
  body: any;
}

/** A fetch-like helper bound to one client's credentials. */
export type CallAs = (
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) => Promise<TestResponse>;

/**
 * A server on an in-memory PGlite (or `databaseUrl`) with every test client, driven in-process
 * through `app.request` (no ports). `as(client)` authenticates with that client's API key. Every
 * 2xx answer is parsed with its operation's response schema (issue #4): a fresh recorder unless the
 * test passes its own `recorder` to read which operations answered.
 *
 * @example
 * const server = await startTestServer();
 * const res = await server.as('insurer')('GET', '/insurance-products');
 */
export async function startTestServer(
  options: { now?: Date; fetch?: typeof fetch; databaseUrl?: string; recorder?: ResponseRecorder } = {},
) {
  const opened = await openDatabase(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {});
  await provisionClients(
    opened.db,
    Object.values(CLIENTS).map((c) => ({ ...c, scopes: [...c.scopes] })),
  );
  const recorder = options.recorder ?? createResponseRecorder();
  let now = options.now ?? new Date('2025-07-01T01:00:00Z');
  const clock = { now: () => now };
  const app = createApp({
    db: opened.db,
    clock,
    config: TEST_CONFIG,
    behaviour: referenceBehaviour(),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const call =
    (apiKey: string | null): CallAs =>
    async (method, path, body, headers = {}) => {
      const res = await app.request(`/v1${path}`, {
        method,
        headers: {
          ...(apiKey ? { 'X-Api-Key': apiKey } : {}),
          ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
          ...headers,
        },
        ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
      });
      const text = await res.text();
      const json = /json/.test(res.headers.get('content-type') ?? '');
      const parsed = text ? (json ? JSON.parse(text) : text) : undefined;
      recorder.check(method, path, res.status, parsed);
      return { status: res.status, headers: res.headers, body: parsed };
    };
  return {
    app,
    db: opened.db,
    clock,
    close: opened.close,
    setNow: (date: Date) => {
      now = date;
    },
    as: (client: ClientName) => call(CLIENTS[client].apiKey),
    anonymous: call(null),
  };
}

/** What `startTestServer` resolves to. */
export type TestServer = Awaited<ReturnType<typeof startTestServer>>;
