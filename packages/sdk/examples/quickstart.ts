import { createGigMarketClient, type Escrow, isConflictError, oauth2ClientCredentials } from '@gigmarket/sdk';

// One client for the whole standard: every domain shares the transport, so one OAuth token,
// one retry policy and the same hooks serve them all.
export const client = createGigMarketClient({
  baseUrl: 'https://sandbox.gigmarket.org.cn/v1',
  auth: oauth2ClientCredentials({ clientId: 'demo-platform', clientSecret: 'demo-platform-secret' }),
});

/** Pays a worker once the work is confirmed; safe to repeat after a crash (same key, same result). */
export async function releaseWages(escrowId: string, orderId: string): Promise<Escrow | undefined> {
  try {
    return await client.settlement.escrows.release(escrowId, {}, { idempotencyKey: `release-${orderId}` });
  } catch (error) {
    // 409: the escrow is not HELD yet; the problem says where it is and what is allowed.
    if (isConflictError(error) && error.allowedActions?.includes('hold')) return undefined;
    throw error;
  }
}

/** Titles of the published day-labour jobs in a district; pages are fetched as the loop needs them. */
export async function dayLabourTitles(region: string): Promise<string[]> {
  const { standard } = await client.discovery.get(); // common operations sit at the top level
  const titles = [`standard ${standard.version}`];
  for await (const job of client.jobs.jobs.list({ region, status: 'PUBLISHED', jobType: 'DAY_LABOUR' })) {
    titles.push(job.title);
  }
  return titles;
}
