import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as core from './index.js';
import * as webhooks from './webhooks/index.js';

const SRC = dirname(fileURLToPath(import.meta.url));

/** Every module an entry point loads at run time (type-only imports excluded), as paths or package names. */
function runtimeGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, typeOnly, specifier] of source.matchAll(
      /^(?:import|export)\s+(type\s+)?[^'";]*?from\s+'([^']+)'/gm,
    )) {
      if (typeOnly || !specifier) continue;
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else seen.add(specifier);
    }
  };
  visit(resolve(SRC, entry));
  return seen;
}

describe('entry points', () => {
  it('the main entry never loads zod: schemas are passed in, so validation off costs nothing', () => {
    const graph = runtimeGraph('index.ts');
    expect(graph.has('ky')).toBe(true);
    expect([...graph].filter((module) => module.startsWith('zod'))).toEqual([]);
  });

  it('@gigmarket/core/webhooks loads neither ky nor the transport', () => {
    const graph = [...runtimeGraph('webhooks/index.ts')];
    expect(graph.filter((module) => !module.includes('/webhooks/'))).toEqual([]);
  });

  it('exports the curated public API and no internals', () => {
    expect(Object.keys(core).sort()).toEqual(
      [
        'AuthenticationError',
        'ConflictError',
        'DEFAULT_RETRY_OPTIONS',
        'DEFAULT_TIMEOUT_MS',
        'DEFAULT_VALIDATION_MODE',
        'GigMarketError',
        'IDEMPOTENCY_KEY_HEADER',
        'IdempotencyError',
        'NetworkError',
        'NotFoundError',
        'PROBLEM_TYPE_BASE',
        'PermissionError',
        'RateLimitError',
        'ResponseValidationError',
        'SDK_VERSION',
        'STANDARD_VERSION',
        'ServerError',
        'commonOperationTable',
        'createCommonClient',
        'TimeoutError',
        'ValidationError',
        'WebhookVerificationError',
        'apiKey',
        'backoffDelay',
        'bearer',
        'bindOperations',
        'createErrorFromResponse',
        'createTransport',
        'defineOperations',
        'defineResponseSchemas',
        'isAuthenticationError',
        'isConflictError',
        'isGigMarketError',
        'isIdempotencyError',
        'isNetworkError',
        'isNotFoundError',
        'isPermissionError',
        'isRateLimitError',
        'isResponseValidationError',
        'isRetryableMethod',
        'isServerError',
        'isTimeoutError',
        'isTransport',
        'isValidationError',
        'isWebhookVerificationError',
        'oauth2ClientCredentials',
        'paginate',
        'parseRetryAfter',
        'problemTypeSlug',
        'randomIdempotencyKey',
        'resolveIdempotencyKey',
        'resolveRetryOptions',
        'signWebhook',
        'validateResponse',
        'verifyWebhook',
      ].sort(),
    );
    expect(Object.keys(webhooks).sort()).toEqual([
      'WebhookVerificationError',
      'isWebhookVerificationError',
      'signWebhook',
      'verifyWebhook',
    ]);
  });
});
