import { createGigMarketClient, type GigMarketClient, oauth2ClientCredentials } from '@gigmarket/sdk';
import { responseSchemas } from '@gigmarket/sdk/validation';
import { createProbe, type Probe } from './http/probe.js';
import { Recorder } from './http/recorder.js';
import { type Credentials, fetchToken } from './http/tokens.js';
import type { Domain, Level } from './types.js';

/**
 * What a run needs to know about the target. Defaults: level 3, the domains the target claims in
 * discovery, `fetch` of the platform, webhooks received on 127.0.0.1.
 *
 * @example
 * ```ts
 * const options: ConformanceOptions = { baseUrl: 'http://127.0.0.1:8080/v1', credentials: { clientId, clientSecret } };
 * ```
 */
export interface ConformanceOptions {
  /** The API root including the version, e.g. `https://gig.example.gov.cn/v1`. */
  baseUrl: string;
  /** A platform client (role `platform`) with every domain's read and write scopes. */
  credentials: Credentials;
  /** A platform client of another tenant, for tenant isolation (L3); those checks skip without it. */
  second?: Credentials;
  /**
   * A market-operator or regulator client with the `admin` scope, for the review actions the walks
   * need (employers.approve, jobs.approve); walks that need a review skip without it.
   */
  reviewer?: Credentials;
  /**
   * An insurer client (role `insurer`), for the insurance walks: it publishes the product a policy is
   * bound from and decides claims (insuranceClaims.startReview, approve, pay); those walks skip without it.
   */
  insurer?: Credentials;
  level?: Level;
  domains?: Domain[];
  /**
   * How the kit sends every request: discovery, tokens, the SDK clients' calls and the raw probes.
   * Default `globalThis.fetch`. Pass a target's in-process `fetch` (e.g. `@gigmarket/mock`'s) to
   * certify it without a port; webhooks still arrive at the kit's loopback receiver.
   */
  fetch?: typeof fetch;
  /** The loopback address the webhook receiver listens on. Default 127.0.0.1. */
  webhookHost?: string;
  /** How long to wait for a webhook. Default 15 000 ms. */
  webhookTimeoutMs?: number;
}

/** The credential sets a run may be given, by the role they play in the checks. */
export type Role = 'primary' | 'second' | 'reviewer' | 'insurer';

/** Thrown by `ctx.skip`: the check does not apply to this target, with the reason. */
export class SkipSignal extends Error {}

/** Thrown by `ensure`: the target broke the rule the check tests. */
export class CheckFailure extends Error {}

/** Fails the current check with `message` unless `condition` holds. */
export function ensure(condition: unknown, message: string): asserts condition {
  if (!condition) throw new CheckFailure(message);
}

const sdkClient = (baseUrl: string, credentials: Credentials, recorder: Recorder): GigMarketClient =>
  createGigMarketClient({
    baseUrl,
    auth: oauth2ClientCredentials(credentials),
    fetch: recorder.fetch,
    // Strict: every answer the walks read is also checked against its schema. No retries, so the
    // evidence shows exactly what the target answered the first time.
    validation: { mode: 'strict', schemas: responseSchemas },
    retry: false,
  });

/** Everything a check can use: the SDK clients, the raw probe, the target's discovery and a memo. */
export function createRunContext(options: ConformanceOptions) {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const recorder = new Recorder(options.fetch);
  const tokens = new Map<string, Promise<string>>();
  const creds = {
    primary: options.credentials,
    second: options.second,
    reviewer: options.reviewer,
    insurer: options.insurer,
  };
  const tokenFor = (caller: Role) => {
    const credentials = creds[caller];
    if (!credentials) throw new SkipSignal(`No ${caller} credentials were given (see --help).`);
    let token = tokens.get(caller);
    if (!token) {
      token = fetchToken(baseUrl, credentials, recorder.fetch);
      token.catch(() => tokens.delete(caller));
      tokens.set(caller, token);
    }
    return token;
  };
  const memo = new Map<string, Promise<unknown>>();
  const cleanups: Array<() => Promise<void>> = [];
  const client = (caller: Role): GigMarketClient => {
    const credentials = creds[caller];
    if (!credentials) throw new SkipSignal(`No ${caller} credentials were given (see --help).`);
    return sdkClient(baseUrl, credentials, recorder);
  };
  const clients = { primary: client('primary') } as Record<string, GigMarketClient>;
  return {
    options,
    baseUrl,
    recorder,
    probe: createProbe(baseUrl, recorder, tokenFor) as Probe,
    tokenFor,
    /** Drops cached raw tokens, e.g. after the sandbox clock jumped past their expiry. */
    forgetTokens: () => {
      tokens.clear();
      for (const caller of Object.keys(clients)) delete clients[caller];
    },
    /** The SDK client of a credential set; skips the check when that set was not given. */
    sdk: (caller: Role = 'primary'): GigMarketClient => {
      clients[caller] ??= client(caller);
      return clients[caller];
    },
    hasCredentials: (caller: Exclude<Role, 'primary'>) => Boolean(creds[caller]),
    /** The target's discovery document (set by the runner before any check runs). */
    discovery: undefined as unknown as Record<string, unknown> & { sandbox?: boolean },
    skip(reason: string): never {
      throw new SkipSignal(reason);
    },
    /** Registers something to undo when the run ends (the webhook receivers). */
    onCleanup: (fn: () => Promise<void>) => cleanups.push(fn),
    cleanup: async () => {
      for (const fn of cleanups.splice(0).reverse()) await fn().catch(() => {});
    },
    /** Runs `make` once per run and shares the result between checks (fixtures such as a published job). */
    once<T>(key: string, make: () => Promise<T>): Promise<T> {
      if (!memo.has(key)) memo.set(key, make());
      return memo.get(key) as Promise<T>;
    },
  };
}

export type RunContext = ReturnType<typeof createRunContext>;
