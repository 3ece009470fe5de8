import type { RequestHandler } from 'msw';
import { setupServer } from 'msw/node';
import { describe, expect, it } from 'vitest';
import { firstCall } from './first-call.js';

/** The part of `@gigmarket/mock`'s `GigMarketMock` this test uses. */
interface MockForSample {
  baseUrl: string;
  handlers: RequestHandler[];
  credentials: { platform: { apiKey: string } };
  close(): Promise<void>;
}

// A variable specifier keeps tsc from type-checking the mock's (and the server's) in-progress
// source through this file; at run time the import must succeed, or the test fails.
const mockSpecifier = '@gigmarket/mock';
const { createGigMarketMock } = (await import(mockSpecifier)) as {
  createGigMarketMock(options?: { seed?: number }): Promise<MockForSample>;
};

describe('the getting-started sample (examples/first-call.ts) against @gigmarket/mock', () => {
  it('reads discovery and the e-map of the demo city through the SDK', async () => {
    const mock = await createGigMarketMock({ seed: 1 });
    const server = setupServer(...mock.handlers);
    // Any request the mock does not answer (i.e. one that would reach the network) fails the test.
    server.listen({ onUnhandledRequest: 'error' });
    try {
      const result = await firstCall({ baseUrl: mock.baseUrl, apiKey: mock.credentials.platform.apiKey });
      expect(result.standardVersion).toMatch(/^\d+\.\d+\.\d+/);
      expect(result.nearbyMarkets.length).toBeGreaterThan(0);
    } finally {
      server.close();
      await mock.close();
    }
  });
});
