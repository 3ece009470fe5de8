import { apiKey, createGigMarketClient, isGigMarketError } from '@gigmarket/sdk';

export interface FirstCallOptions {
  /** `http://127.0.0.1:8080/v1` for `pnpm start`; the mock's base URL in tests. */
  baseUrl: string;
  /** A development API key, e.g. the demo platform's `gm_demo_platform`. */
  apiKey: string;
  /** Only for tests that hand requests to the mock; production code leaves it out. */
  fetch?: typeof fetch;
}

export interface FirstCallResult {
  standardVersion: string;
  nearbyMarkets: string[];
}

/**
 * A partner's first two calls: discovery (which version and domains does this server implement?)
 * and the gig-market e-map (markets within 5 km of a point in Yuhang, nearest first).
 */
export async function firstCall(options: FirstCallOptions): Promise<FirstCallResult> {
  const client = createGigMarketClient({
    baseUrl: options.baseUrl,
    auth: apiKey(options.apiKey),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  try {
    const discovery = await client.discovery.get();
    // List methods return a Paginator: iterate it, or collect a bounded number of items.
    const markets = await client.jobs.gigMarkets
      .list({ near: '120.30,30.42', radiusM: 5000 })
      .toArray({ max: 10 });
    return {
      standardVersion: discovery.standard.version,
      nearbyMarkets: markets.map((market) => market.name),
    };
  } catch (error) {
    // Every failure is a GigMarketError with the server's RFC 9457 problem attached.
    if (isGigMarketError(error)) throw new Error(`first call failed: ${error.status} ${error.title}`);
    throw error;
  }
}
