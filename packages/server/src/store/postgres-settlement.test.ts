import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceBehaviour } from '../behaviour.js';
import { heldEscrow, key, publishRule, seedJob, setAssignment } from '../domains/settlement/test-fixtures.js';
import { startTestServer, TEST_CONFIG, type TestServer } from '../test-support/harness.js';
import { ledgerProblems } from '../test-support/ledger-audit.js';
import { freshPostgresDatabase } from '../test-support/postgres.js';
import { backgroundTick } from '../worker.js';

const NOW = new Date('2025-07-01T01:00:00Z');
const AFTER_AUTO_RELEASE = new Date(NOW.getTime() + 73 * 3600_000);
const ESCROWS = 6;

/**
 * Two instances on one PostgreSQL race to settle the same escrows: each instance releases every
 * escrow explicitly while both run the auto-release sweep (the work was submitted 73 h ago, past
 * the 72 h wage-protection timer). Whoever wins, each allocation must be paid exactly once.
 */
describe('on PostgreSQL, two instances settling the same escrows', () => {
  let database: Awaited<ReturnType<typeof freshPostgresDatabase>>;
  let a: TestServer;
  let b: TestServer;
  const escrows: Array<{ id: string; amountFen: number; assignments: string[] }> = [];

  beforeAll(async () => {
    database = await freshPostgresDatabase();
    a = await startTestServer({ databaseUrl: database.url, now: NOW });
    b = await startTestServer({ databaseUrl: database.url, now: NOW });
    await publishRule(a, NOW);
    for (let i = 0; i < ESCROWS; i++) {
      const seeded = await seedJob(a.db, { openings: 2 });
      for (const asg of seeded.assignments)
        await setAssignment(a, asg, 'COMPLETED_PENDING_CONFIRMATION', {
          submittedAt: '2025-07-01T09:00:00+08:00',
        });
      const held = await heldEscrow(i % 2 ? a : b, seeded, 40000);
      escrows.push({ id: held.id, amountFen: 40000, assignments: seeded.assignments });
    }
    for (const server of [a, b]) server.setNow(AFTER_AUTO_RELEASE);
  }, 120_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await database?.drop();
  });

  it('pays every allocation once, whichever instance or the sweep gets there first', async () => {
    const tick = (s: TestServer) =>
      backgroundTick({ db: s.db, clock: s.clock, config: TEST_CONFIG, behaviour: referenceBehaviour() });
    const releases = escrows.flatMap((e) =>
      [a, b].map((s) => s.as('platformA')('POST', `/escrows/${e.id}/release`, {}, key())),
    );
    const results = await Promise.all([...releases, tick(a), tick(b), tick(a), tick(b)]);
    const statuses = results.slice(0, releases.length).map((r) => (r as { status: number }).status);
    // A losing request sees the escrow already released (409) — never a 500 from the race.
    expect(statuses.filter((s) => s !== 200 && s !== 409)).toEqual([]);
    // The two explicit releases of one escrow are neighbours: at most one of them may win.
    for (let i = 0; i < statuses.length; i += 2)
      expect(statuses.slice(i, i + 2).filter((s) => s === 200).length).toBeLessThanOrEqual(1);
    // The provider confirms the payouts a minute later: on one frozen instant the oldest-first
    // ledger could not order a payout after the release it pays out (ids tie-break equal times).
    for (const server of [a, b]) server.setNow(new Date(AFTER_AUTO_RELEASE.getTime() + 60_000));
    await tick(a);
    await tick(b);

    for (const e of escrows) {
      const escrow = (await b.as('platformA')('GET', `/escrows/${e.id}`)).body;
      expect(escrow).toMatchObject({ status: 'RELEASED', releasedFen: e.amountFen });
      const payouts = (await a.as('platformA')('GET', `/payouts?escrowId=${e.id}&limit=100`)).body.data;
      const paid = payouts.map((p: { assignmentId: string }) => p.assignmentId).sort();
      expect(paid, `payouts of ${e.id}`).toEqual([...e.assignments].sort());
    }
  });

  it('keeps the ledger balanced: entries sum to zero, no account but a provider below zero, escrows empty', async () => {
    const page = (await a.as('regulator')('GET', '/ledger/entries?limit=100')).body;
    expect(page.nextCursor).toBeNull();
    expect(
      ledgerProblems(
        page.data,
        escrows.map((e) => e.id),
      ),
    ).toEqual([]);
    const releases = page.data.filter((entry: { kind: string }) => entry.kind === 'RELEASE');
    const released = releases.flatMap((entry: { lines: Array<{ accountId: string; amountFen: number }> }) =>
      entry.lines.filter((l) => l.accountId.startsWith('escrow:')),
    );
    expect(released.reduce((s: number, l: { amountFen: number }) => s - l.amountFen, 0)).toBe(
      ESCROWS * 40000,
    );
  });
});
