import { DEMO_DISTRICTS } from './districts.js';
import { iso } from './timeline.js';
import type { DemoWorld } from './world.js';

type Data = Record<string, unknown>;

/** What `seedDemoCity` created, read back through the API at the end of the story. */
export interface DemoCitySummary {
  districts: number;
  gigMarkets: number;
  employers: number;
  workers: number;
  jobs: number;
  /** Jobs by JobStatus: every state of the machine has at least one. */
  jobsByStatus: Record<string, number>;
  applicationsByStatus: Record<string, number>;
  assignmentsByStatus: Record<string, number>;
  contracts: number;
  escrowsByStatus: Record<string, number>;
  insurancePoliciesByStatus: Record<string, number>;
  ratings: number;
  /** Credit events recorded by the rules (completed work, ratings, no-shows, a fake posting…). */
  creditEvents: number;
  /** Workers and employers whose credit profile those events already moved. */
  creditSubjectsWithHistory: number;
  /** The story's first and last instant (the app's clock), RFC 3339. */
  startedAt: string;
  endedAt: string;
}

function tally(statuses: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const s of statuses) counts[s] = (counts[s] ?? 0) + 1;
  return counts;
}

/** Every page of a list, as one role sees it. */
async function listAll(world: DemoWorld, role: 'regulator', path: string): Promise<Data[]> {
  const rows: Data[] = [];
  let cursor: string | null = null;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const page: { data: Data[]; nextCursor: string | null } = await world.api.as(role)(
      'GET',
      `${path}${sep}limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    rows.push(...page.data);
    cursor = page.nextCursor;
  } while (cursor);
  return rows;
}

/**
 * Reads the city back through the API as the regulator (who sees every tenant's objects), so the
 * summary reports what the API holds, not what the seed meant to do; one list per resource keeps
 * it cheap. Counts are of the seed's own objects: the seed runs on an empty database.
 */
export async function summarise(world: DemoWorld, startedAt: Date): Promise<DemoCitySummary> {
  const all = (path: string) => listAll(world, 'regulator', path);
  const statuses = (rows: Data[], ids?: Set<string>) =>
    tally(rows.filter((r) => !ids || ids.has(String(r.id))).map((r) => String(r.status)));
  const jobIds = new Set([...world.jobs.values()].map((j) => j.id));
  const applications = (await Promise.all([...jobIds].map((id) => all(`/jobs/${id}/applications`)))).flat();
  const events = await all('/credit-events');
  const subjects = new Set(events.map((e) => (e.subject as { id: string }).id));
  return {
    districts: DEMO_DISTRICTS.length,
    gigMarkets: world.markets.size,
    employers: world.employers.size,
    workers: world.workers.size,
    jobs: jobIds.size,
    jobsByStatus: statuses(await all('/jobs'), jobIds),
    applicationsByStatus: statuses(applications),
    assignmentsByStatus: statuses(
      await all('/assignments'),
      new Set([...world.assignments.values()].map((a) => a.id)),
    ),
    contracts: (await all('/contracts')).length,
    escrowsByStatus: statuses(await all('/escrows')),
    insurancePoliciesByStatus: statuses(await all('/insurance-policies')),
    ratings: (await all('/ratings')).length,
    creditEvents: events.length,
    creditSubjectsWithHistory: subjects.size,
    startedAt: iso(startedAt),
    endedAt: iso(world.clock.now()),
  };
}
