import type { Hono } from 'hono';
import { DEMO_GIG_MARKETS, gigMarketBody } from './gig-markets.js';
import { seedClient } from './request.js';

export interface SeedSummary {
  gigMarkets: number;
}

/**
 * Seeds the demo city through the API as the demo clients, so every seeded object passed the same
 * validation and rules as a partner's would. Run once, on the first start of an empty database.
 */
export async function seedDemoCity(app: Hono): Promise<SeedSummary> {
  const operator = seedClient(app, 'gm_demo_market_operator');
  for (const market of DEMO_GIG_MARKETS) await operator('POST', '/gig-markets', gigMarketBody(market));
  return { gigMarkets: DEMO_GIG_MARKETS.length };
}
