import {
  type ClientOptions,
  type CommonClient,
  createCommonClient,
  createTransport,
  type Transport,
} from '@gigmarket/core';
import { type CreditClient, createCreditClient } from '@gigmarket/credit';
import { createInsuranceClient, type InsuranceClient } from '@gigmarket/insurance';
import { createJobsClient, type JobsClient } from '@gigmarket/jobs';
import { createReportingClient, type ReportingClient } from '@gigmarket/reporting';
import { createSettlementClient, type SettlementClient } from '@gigmarket/settlement';

/**
 * The whole standard on one transport: a client per domain, and the common operations (discovery,
 * auth, `/me`, events, webhook subscriptions and deliveries, the sandbox clock) at the top level.
 *
 * @example
 * ```ts
 * const client: GigMarketClient = createGigMarketClient({ baseUrl, auth: apiKey(key) });
 * const escrow = await client.settlement.escrows.release('esc_01J4ESCR0W0000000000000000');
 * const discovery = await client.discovery.get();
 * ```
 */
export interface GigMarketClient extends CommonClient {
  /** The transport every domain client shares: one token cache, retry policy, hooks and validation. */
  readonly transport: Transport;
  /** Gig markets, workers, employers, jobs, applications, matching, work orders and e-contracts. */
  readonly jobs: JobsClient;
  /** Escrows, payouts, commission rules, the ledger, disputes and wage-arrears cases. */
  readonly settlement: SettlementClient;
  /** Quotes, policies, claims, occupational-injury protection and subsidies. */
  readonly insurance: InsuranceClient;
  /** Ratings, credit profiles and events, blacklists, credit repair and consented credit queries. */
  readonly credit: CreditClient;
  /** Employment reports, worker activity statistics and the open-data feeds. */
  readonly reporting: ReportingClient;
}

/**
 * Creates the client of the whole standard. Every domain client runs on one transport made from
 * `options`, so the OAuth token is fetched once and hooks, retries and validation apply everywhere.
 *
 * @example
 * ```ts
 * import { createGigMarketClient, oauth2ClientCredentials } from '@gigmarket/sdk';
 *
 * const client = createGigMarketClient({
 *   baseUrl: 'https://sandbox.gigmarket.org.cn/v1',
 *   auth: oauth2ClientCredentials({ clientId: 'demo-platform', clientSecret: 'demo-platform-secret' }),
 * });
 * for await (const job of client.jobs.jobs.list({ limit: 50 })) console.log(job.title);
 * ```
 */
export function createGigMarketClient(options: ClientOptions): GigMarketClient {
  const transport = createTransport(options);
  return {
    ...createCommonClient(transport),
    transport,
    jobs: createJobsClient(transport),
    settlement: createSettlementClient(transport),
    insurance: createInsuranceClient(transport),
    credit: createCreditClient(transport),
    reporting: createReportingClient(transport),
  };
}
