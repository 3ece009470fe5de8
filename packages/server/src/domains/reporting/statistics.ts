import { inArray } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import type { CustomHandler } from '../../operations/definitions.js';
import { objects } from '../../store/schema.js';
import { lastCompleteMonth, median, monthsOf, periodBounds } from './periods.js';
import { within } from './worker-stats-aggregate.js';

type Data = Record<string, unknown>;
type Rows = Map<string, Data[]>;

/** Figures from fewer workers than this are suppressed for everyone but regulators (reporting.md; PROPOSAL). */
export const MIN_CELL_SIZE = 10;
const TYPES = [
  'GigMarket',
  'Job',
  'Assignment',
  'Contract',
  'Dispute',
  'WageArrearsCase',
  'WorkerActivityStat',
];

/** Every object the statistics are computed from, by type (one read; the figures are aggregates). */
export async function loadFacts(ctx: OperationContext): Promise<Rows> {
  const rows = await ctx.tx
    .select({ type: objects.type, data: objects.data, status: objects.status })
    .from(objects)
    .where(inArray(objects.type, TYPES));
  const byType: Rows = new Map(TYPES.map((t) => [t, []]));
  for (const r of rows) byType.get(r.type)?.push({ ...(r.data as Data), status: r.status });
  return byType;
}

const regionOf = (d: Data | undefined) => String(((d?.location as Data | undefined)?.region ?? '') as string);
const dateOf = (instant: unknown) => (typeof instant === 'string' ? instant.slice(0, 10) : '');

/**
 * The figures of one region (and the regions inside it), period and occupation (reporting.md,
 * Aggregated statistics). Worker-based figures are per worker-month: a worker activity row where
 * the reporter sent one, else the worker's accepted work orders of that month. Cells from fewer
 * than `minCellSize` workers are `null`.
 */
export function computeStatistics(
  facts: Rows,
  region: string,
  period: string,
  occupationCode: string | null,
  minCellSize: number,
) {
  const { start, end } = periodBounds(period);
  const inPeriod = (instant: unknown) => dateOf(instant) >= start && dateOf(instant) <= end;
  const jobs = new Map((facts.get('Job') ?? []).map((j) => [String(j.id), j]));
  const jobFits = (j: Data | undefined) =>
    Boolean(j && within(regionOf(j), region) && (!occupationCode || j.occupationCode === occupationCode));
  const assignments = new Map((facts.get('Assignment') ?? []).map((a) => [String(a.id), a]));
  const viaAssignment = (id: unknown) => jobFits(jobs.get(String(assignments.get(String(id))?.jobId)));

  const published = [...jobs.values()].filter((j) => jobFits(j) && inPeriod(j.publishedAt));
  const accepted = [...assignments.values()].filter(
    (a) => a.acceptedAt && inPeriod(a.acceptedAt) && jobFits(jobs.get(String(a.jobId))),
  );
  // Worker-months: activity rows first, then work orders of worker-months without a row.
  const months = new Map<string, { minutes: number; income: number; form?: string }>();
  for (const r of facts.get('WorkerActivityStat') ?? []) {
    const m = String(r.month);
    if (
      !monthsOf(period).includes(m) ||
      occupationCode ||
      !(r.workRegions as string[]).some((c) => within(c, region))
    )
      continue;
    months.set(`${String(r.reporterTenantId)}|${String(r.workerId)}|${m}`, {
      minutes: Number(r.workHoursMinutes),
      income: Number(r.incomeFen),
      form: r.employmentForm as string | undefined,
    });
  }
  const fromOrders = new Map<string, { minutes: number; income: number; form?: string }>();
  for (const a of accepted) {
    const key = `${String(a.workerId)}|${dateOf(a.acceptedAt).slice(0, 7)}`;
    if ([...months.keys()].some((k) => k.endsWith(`|${key}`))) continue;
    const cell = fromOrders.get(key) ?? {
      minutes: 0,
      income: 0,
      form: a.employmentForm as string | undefined,
    };
    cell.minutes += Number(a.workingTimeMinutes ?? 0);
    cell.income += Number(a.agreedPayFen ?? 0);
    fromOrders.set(key, cell);
  }
  const cells = [...months.entries(), ...fromOrders.entries()];
  const workerOf = (key: string) => key.split('|').at(-2) as string;
  const workers = new Set(cells.map(([k]) => workerOf(k)));
  const enough = workers.size >= minCellSize;
  const hide = <T>(v: T) => (enough ? v : null);
  const byForm = new Map<string, Set<string>>();
  for (const [k, c] of cells)
    if (c.form) byForm.set(c.form, (byForm.get(c.form) ?? new Set()).add(workerOf(k)));

  return {
    figures: {
      gigMarketsListed: (facts.get('GigMarket') ?? []).filter(
        (g) =>
          g.status === 'LISTED' &&
          within(regionOf(g), region) &&
          (!occupationCode || (g.occupations as string[] | undefined)?.includes(occupationCode)),
      ).length,
      jobsPublished: published.length,
      openingsPublished: published.reduce((s, j) => s + Number(j.openings ?? 0), 0),
      assignmentsCompleted: hide(accepted.length),
      activeWorkers: hide(workers.size),
      workMinutesTotal: hide(cells.reduce((s, [, c]) => s + c.minutes, 0)),
      incomeFenTotal: hide(cells.reduce((s, [, c]) => s + c.income, 0)),
      medianMonthlyIncomeFen: hide(median(cells.map(([, c]) => c.income))),
      eContractsSigned: (facts.get('Contract') ?? []).filter(
        (c) =>
          c.signedAt &&
          ['SIGNED', 'TERMINATED'].includes(String(c.status)) &&
          inPeriod(c.signedAt) &&
          viaAssignment(c.assignmentId),
      ).length,
      disputesOpened: (facts.get('Dispute') ?? []).filter(
        (d) => inPeriod(d.createdAt) && (!d.assignmentId || viaAssignment(d.assignmentId)),
      ).length,
      wageArrearsCasesOpened: (facts.get('WageArrearsCase') ?? []).filter(
        (w) => inPeriod(w.createdAt) && (!w.assignmentId || viaAssignment(w.assignmentId)),
      ).length,
    },
    byEmploymentForm: [...byForm.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([form, ws]) => ({ form, activeWorkers: ws.size >= minCellSize ? ws.size : null })),
  };
}

/** `GET /statistics`: anyone; regulators get `minCellSize: 1` (nothing suppressed). */
export const statisticsGet: CustomHandler = async (ctx) => {
  const region = typeof ctx.query.region === 'string' ? ctx.query.region : ctx.config.region;
  const period = typeof ctx.query.period === 'string' ? ctx.query.period : lastCompleteMonth(ctx.nowDate);
  const occupationCode = typeof ctx.query.occupationCode === 'string' ? ctx.query.occupationCode : null;
  const minCellSize = ctx.caller?.role === 'regulator' ? 1 : MIN_CELL_SIZE;
  const { start, end } = periodBounds(period);
  const computed = computeStatistics(await loadFacts(ctx), region, period, occupationCode, minCellSize);
  return {
    body: {
      region,
      period,
      periodStart: start,
      periodEnd: end,
      occupationCode,
      minCellSize,
      ...computed,
      generatedAt: ctx.now,
    },
  };
};
