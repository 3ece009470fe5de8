/**
 * 100,000 open jobs, cloned from one job the server itself created and published through its API:
 * every clone keeps the template's stored shape and varies only fields whose valid ranges are
 * plain (id, map point with its county and address, daily pay, work date). Spread over four
 * counties the server knows the centres of, σ ≈ 20 km around each: a metro-sized density.
 */
import { shanghaiIso } from '@gigmarket/server';
import { prefixedId, prng } from './ids.js';
import type { ObjectRow } from './store.js';

type Data = Record<string, unknown>;

/** County, centre (GCJ-02, as packages/server/src/domains/jobs-postings/region-centres.ts) and address. */
export const COUNTIES = [
  { region: '140121', lng: 112.358, lat: 37.607, share: 0.3, address: '山西省太原市清徐县清源镇文源路18号' },
  {
    region: '330110',
    lng: 120.0321,
    lat: 30.2805,
    share: 0.25,
    address: '浙江省杭州市余杭区五常街道五常大道181号',
  },
  {
    region: '330113',
    lng: 120.299,
    lat: 30.419,
    share: 0.25,
    address: '浙江省杭州市临平区南苑街道人民大道8号',
  },
  { region: '350702', lng: 118.182, lat: 26.637, share: 0.2, address: '福建省南平市延平区滨江中路1号' },
] as const;

const SIGMA_DEG = 20_000 / 111_195;
const DAY_MS = 86_400_000;

/** The same instant `days` later, in +08:00 as the server writes it. */
function later(iso: string, days: number): string {
  return shanghaiIso(new Date(Date.parse(iso) + days * DAY_MS));
}

/** A county picked by its share, and a point around its centre (Box–Muller). */
function place(random: () => number) {
  const r = random();
  let cumulative = 0;
  const county =
    COUNTIES.find((c) => {
      cumulative += c.share;
      return r < cumulative;
    }) ?? COUNTIES[0];
  const g = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const lat = county.lat + g() * SIGMA_DEG;
  const lng = county.lng + (g() * SIGMA_DEG) / Math.cos((county.lat * Math.PI) / 180);
  return { county, lat: Math.round(lat * 1e6) / 1e6, lng: Math.round(lng * 1e6) / 1e6 };
}

/**
 * `count` clones of a published job's stored row. `overrides` changes every clone (e.g. a FILLED
 * status for the escrow pool); `near` pins all of them to one county.
 */
export function cloneJobs(
  template: ObjectRow,
  count: number,
  options: { seed: number; overrides?: (data: Data) => Partial<ObjectRow>; near?: string } = { seed: 1 },
): ObjectRow[] {
  const random = prng(options.seed);
  const base = template.data as Data;
  const schedule = base.schedule as Data;
  const startMs = Date.parse(String(base.createdAt));
  return Array.from({ length: count }, (_, i) => {
    let spot = place(random);
    while (options.near && spot.county.region !== options.near) spot = place(random);
    const days = Math.floor(random() * 14);
    const rateFen = 15_000 + 500 * Math.floor(random() * 31);
    const id = prefixedId('job', startMs - count + i, random);
    const data: Data = {
      ...base,
      id,
      location: {
        region: spot.county.region,
        address: spot.county.address,
        geo: { lng: spot.lng, lat: spot.lat, crs: 'GCJ02' },
      },
      pay: { ...(base.pay as Data), rateFen, estimatedTotalFen: rateFen },
      schedule: {
        ...schedule,
        startAt: later(String(schedule.startAt), days),
        endAt: later(String(schedule.endAt), days),
      },
      validThrough: later(String(base.validThrough), days),
    };
    return { ...template, id, data, ...options.overrides?.(data) };
  });
}
