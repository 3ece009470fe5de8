/** Replaced at build time by tsup (and by vitest) with the version in package.json. */
declare const __GIGMARKET_SDK_VERSION__: string | undefined;

/**
 * The version of this SDK runtime, sent in the `User-Agent` (or `X-GigMarket-Client`) header.
 * It is read from `package.json` when the package is built; code run straight from the TypeScript
 * source without the build-time substitution reports `0.0.0-source`.
 *
 * @example
 * ```ts
 * import { SDK_VERSION } from '@gigmarket/core';
 * SDK_VERSION; // '0.3.1'
 * ```
 */
export const SDK_VERSION: string =
  typeof __GIGMARKET_SDK_VERSION__ === 'string' ? __GIGMARKET_SDK_VERSION__ : '0.0.0-source';

/**
 * The version of the Gig Market Standard (the OpenAPI document's `info.version`) this runtime was
 * written against. Generated clients pass the version of the spec they were generated from as
 * `createTransport({ standardVersion })`; this is the default when they do not.
 *
 * @example
 * ```ts
 * import { STANDARD_VERSION } from '@gigmarket/core';
 * STANDARD_VERSION; // '1.0.0'
 * ```
 */
export const STANDARD_VERSION = '1.0.0';
