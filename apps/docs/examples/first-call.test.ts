import { createGigMarketMock } from '@gigmarket/mock';
import { setupServer } from 'msw/node';
import { describe, expect, it } from 'vitest';
import { firstCall } from './first-call.js';

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
