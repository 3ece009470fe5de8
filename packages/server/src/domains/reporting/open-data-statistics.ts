import type { CustomHandler } from '../../operations/definitions.js';
import { lastCompleteMonth } from './periods.js';
import { computeStatistics, loadFacts, MIN_CELL_SIZE } from './statistics.js';
import { within } from './worker-stats-aggregate.js';

type Data = Record<string, unknown>;

/** The header row, exactly as reporting.md fixes it; readers select columns by name. */
export const CSV_HEADER =
  'period,region,regionName,occupationCode,activeWorkers,assignmentsCompleted,workMinutesTotal,incomeFenTotal,medianMonthlyIncomeFen,jobsPublished,openingsPublished,eContractsSigned,disputesOpened,gigMarketsListed';
const COLUMNS = CSV_HEADER.split(',').slice(4);

/** An RFC 4180 field: quoted when it holds a comma, quote or line break. */
const field = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** `YYYY-MM` minus some months. */
const monthsBefore = (month: string, n: number) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) - n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
};

/**
 * `GET /open-data/statistics.csv`: the figures by month, county-level region and occupation (an
 * empty occupation = all), small cells empty for everyone (public feed). RFC 4180, UTF-8 without
 * BOM, CRLF. The server has no table of region names, so `regionName` is left empty.
 */
export const openDataStatistics: CustomHandler = async (ctx) => {
  const region = typeof ctx.query.region === 'string' ? ctx.query.region : ctx.config.region;
  const to = typeof ctx.query.to === 'string' ? ctx.query.to : lastCompleteMonth(ctx.nowDate);
  const from = typeof ctx.query.from === 'string' ? ctx.query.from : monthsBefore(to, 12);
  const facts = await loadFacts(ctx);
  const counties = new Set<string>();
  const occupations = new Map<string, Set<string>>();
  const note = (code: unknown, occupation?: unknown) => {
    if (typeof code !== 'string' || !within(code, region) || code.endsWith('00')) return;
    counties.add(code);
    if (typeof occupation === 'string')
      occupations.set(code, (occupations.get(code) ?? new Set()).add(occupation));
  };
  for (const j of facts.get('Job') ?? []) note((j.location as Data | undefined)?.region, j.occupationCode);
  for (const g of facts.get('GigMarket') ?? []) note((g.location as Data | undefined)?.region);
  for (const r of facts.get('WorkerActivityStat') ?? []) for (const c of r.workRegions as string[]) note(c);
  const lines = [CSV_HEADER];
  const months: string[] = [];
  for (let m = from; m <= to && months.length < 120; m = monthsBefore(m, -1)) months.push(m);
  for (const month of months) {
    for (const county of [...counties].sort()) {
      for (const occupation of [null, ...[...(occupations.get(county) ?? [])].sort()]) {
        const { figures } = computeStatistics(facts, county, month, occupation, MIN_CELL_SIZE);
        const cells = COLUMNS.map((c) => field((figures as Data)[c]));
        lines.push([month, county, '', occupation ?? '', ...cells].map(String).join(','));
      }
    }
  }
  return { contentType: 'text/csv; charset=utf-8', body: `${lines.join('\r\n')}\r\n` };
};
