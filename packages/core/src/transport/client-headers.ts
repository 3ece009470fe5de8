import { SDK_VERSION, STANDARD_VERSION } from '../version.js';

/**
 * Where the SDK runs: `browser` (pages and web workers), `node` (Node, Bun, Deno), `edge` (other
 * server runtimes such as Cloudflare Workers).
 *
 * @example
 * ```ts
 * createTransport({ baseUrl, runtime: 'edge' }); // override the detection
 * ```
 */
export type Runtime = 'node' | 'browser' | 'edge';

/**
 * Detects the runtime from globals. `browser` wins when a DOM or a web worker's `importScripts` is
 * present; `node` when `process.versions.node` is (Bun and Deno report it too).
 *
 * @example
 * ```ts
 * detectRuntime(); // 'node' under Node 20
 * ```
 */
export function detectRuntime(): Runtime {
  const g = globalThis as {
    document?: unknown;
    importScripts?: unknown;
    process?: { versions?: { node?: string } };
  };
  if (typeof g.document === 'object' || typeof g.importScripts === 'function') return 'browser';
  if (typeof g.process?.versions?.node === 'string') return 'node';
  return 'edge';
}

/**
 * The headers that identify the SDK: `User-Agent: gigmarket-sdk-js/<sdk> (standard <standard>; <runtime>)`.
 * Browsers do not let pages set `User-Agent`, so there the same string goes in `X-GigMarket-Client`.
 *
 * @example
 * ```ts
 * clientHeaders({ runtime: 'node' }); // { 'User-Agent': 'gigmarket-sdk-js/0.1.0 (standard 1.0.0; node)' }
 * clientHeaders({ runtime: 'browser' }); // { 'X-GigMarket-Client': 'gigmarket-sdk-js/0.1.0 (standard 1.0.0; browser)' }
 * ```
 */
export function clientHeaders(
  options: { sdkVersion?: string; standardVersion?: string; runtime?: Runtime } = {},
): Record<string, string> {
  const runtime = options.runtime ?? detectRuntime();
  const value = `gigmarket-sdk-js/${options.sdkVersion ?? SDK_VERSION} (standard ${options.standardVersion ?? STANDARD_VERSION}; ${runtime})`;
  return runtime === 'browser' ? { 'X-GigMarket-Client': value } : { 'User-Agent': value };
}
