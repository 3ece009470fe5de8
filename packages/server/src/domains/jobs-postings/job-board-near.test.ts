import { haversineMeters } from '@gigmarket/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findById, insertObject, type ObjectRow } from '../../store/objects.js';
import { startTestServer } from '../../test-support/harness.js';
import { freshPostgresDatabase } from '../../test-support/postgres.js';
import { newFixtureId, publishedJob, type Server } from './test-fixtures.js';

type Data = Record<string, unknown>;
type Point = { lng: number; lat: number };

/** The search centre (余杭区), far from the template job the fixtures publish in 清徐县. */
const CENTRE: Point = { lng: 120.0321, lat: 30.2805 };
const METRES_PER_DEGREE = haversineMeters({ lat: 0, lng: 0 }, { lat: 1, lng: 0 });
const EARLY = '2025-06-30T09:00:00+08:00';
const LATE = '2025-06-30T10:00:00+08:00';

/** A point `metres` from `from` on a bearing (degrees from north), to the micro-degree as maps give it. */
function pointAt(from: Point, metres: number, bearing: number): Point {
  const b = (bearing * Math.PI) / 180;
  const lat = from.lat + (metres * Math.cos(b)) / METRES_PER_DEGREE;
  const lng = from.lng + (metres * Math.sin(b)) / (METRES_PER_DEGREE * Math.cos((from.lat * Math.PI) / 180));
  return { lng: Math.round(lng * 1e6) / 1e6, lat: Math.round(lat * 1e6) / 1e6 };
}

/** Where four jobs share one map point, and so one distance. */
const TIE = pointAt(CENTRE, 300, 90);

/** A deterministic pseudo-random sequence (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Placed {
  id: string;
  geo: Point | null;
  publishedAt: string;
}

/**
 * The answer a near search gave before the database did the work: every visible job with a map
 * point, its rounded haversine distance, those within the radius, nearest first and equal
 * distances in the board's order (`publishedAt` newest first, then the id, descending).
 */
function reference(jobs: Placed[], centre: Point, radiusM: number): Array<{ id: string; d: number }> {
  return jobs
    .filter((j): j is Placed & { geo: Point } => j.geo !== null)
    .map((j) => ({ ...j, d: Math.round(haversineMeters(centre, j.geo)) }))
    .filter((j) => j.d <= radiusM)
    .sort(
      (a, b) =>
        a.d - b.d ||
        (a.publishedAt < b.publishedAt ? 1 : a.publishedAt > b.publishedAt ? -1 : 0) ||
        (a.id < b.id ? 1 : a.id > b.id ? -1 : 0),
    )
    .map(({ id, d }) => ({ id, d }));
}

const ENGINES: Array<[string, boolean]> = [
  ['PGlite', false],
  ['PostgreSQL', true],
];

describe.each(ENGINES)('jobs.list near a point on %s', (_engine, onPostgres) => {
  let server: Server;
  let database: Awaited<ReturnType<typeof freshPostgresDatabase>> | undefined;
  let template: ObjectRow;
  const placed: Placed[] = [];

  /** A published job at `geo` (a clone of the template's stored row), on the board from the start. */
  async function place(geo: Point | null, publishedAt = EARLY): Promise<string> {
    const id = newFixtureId('job');
    const data = template.data as Data;
    const location = data.location as Data;
    const { geo: _g, ...withoutGeo } = location;
    await insertObject(server.db, {
      ...template,
      id,
      data: {
        ...data,
        id,
        publishedAt,
        location: geo ? { ...location, geo: { ...geo, crs: 'GCJ02' } } : withoutGeo,
      },
    });
    placed.push({ id, geo, publishedAt });
    return id;
  }

  const search = (query: string) =>
    server.anonymous('GET', `/jobs?near=${CENTRE.lng},${CENTRE.lat}&${query}`);

  /** Every page of a search, following `nextCursor`; `between` runs after the first page. */
  async function walk(query: string, between?: () => Promise<void>) {
    const pages: Array<Array<{ id: string; distanceMeters: number }>> = [];
    let cursor: string | null = null;
    do {
      const res = await search(`${query}${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      pages.push(res.body.data);
      cursor = res.body.nextCursor;
      if (pages.length === 1) await between?.();
    } while (cursor && pages.length < 100);
    return pages;
  }

  beforeAll(async () => {
    database = onPostgres ? await freshPostgresDatabase() : undefined;
    server = await startTestServer(database ? { databaseUrl: database.url } : {});
    const job = await publishedJob(server);
    template = (await findById(server.db, String(job.id))) as ObjectRow;
    placed.push({
      id: template.id,
      geo: { lng: 112.357, lat: 37.608 },
      publishedAt: String(job.publishedAt),
    });
    // Two nearest, then a tie of four at one point (three published at the same instant), then
    // jobs scattered up to 9 km (inside and outside 5 km, some in the corners of the bounding box
    // but outside the circle), one 50 km away and one without a map point.
    await place(pointAt(CENTRE, 100, 10));
    await place(pointAt(CENTRE, 200, 200));
    for (const publishedAt of [EARLY, EARLY, EARLY, LATE]) await place(TIE, publishedAt);
    const next = random(7);
    for (let i = 0; i < 30; i++)
      await place(pointAt(CENTRE, 400 + next() * 8600, next() * 360), next() < 0.5 ? EARLY : LATE);
    for (const bearing of [45, 135, 225, 315]) await place(pointAt(CENTRE, 6000, bearing));
    await place(pointAt(CENTRE, 50_000, 0));
    await place(null);
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it('leaves out far jobs and orders by distance, as the in-memory search did', async () => {
    for (const radiusM of [5000, 2000, 100]) {
      const res = await search(`radiusM=${radiusM}&limit=100`);
      expect(res.status).toBe(200);
      const expected = reference(placed, CENTRE, radiusM);
      expect(res.body.data.map((j: Data) => ({ id: j.id, d: j.distanceMeters }))).toEqual(expected);
      expect(res.body.nextCursor).toBeNull();
    }
    const within5km = reference(placed, CENTRE, 5000).map((j) => j.id);
    const far = placed.filter((j) => !within5km.includes(j.id));
    // The template, the 50 km job, the jobs without a point and in the box's corners, and others.
    expect(far.length).toBeGreaterThanOrEqual(7);
    expect(
      placed.some(
        (j) => j.geo && haversineMeters(CENTRE, j.geo) > 5000 && haversineMeters(CENTRE, j.geo) < 7000,
      ),
    ).toBe(true);
    // The same distances as the engine, everywhere: a search around each job puts it at 0 m.
    for (const j of placed.slice(1, 8)) {
      const around = await server.anonymous(
        'GET',
        `/jobs?near=${j.geo?.lng},${j.geo?.lat}&radiusM=20000&limit=100`,
      );
      expect(around.body.data.map((x: Data) => ({ id: x.id, d: x.distanceMeters }))).toEqual(
        reference(placed, j.geo as Point, 20_000),
      );
    }
  });

  it('pages through a tie and a job posted mid-walk without repeating or skipping', async () => {
    const before = reference(placed, CENTRE, 5000);
    let nearer = '';
    let farther = '';
    const pages = await walk('radiusM=5000&limit=3', async () => {
      nearer = await place(pointAt(CENTRE, 50, 0));
      farther = await place(pointAt(CENTRE, 4500, 180));
    });
    const walked = pages.flat();
    // The first page ends inside the tie: its last job and the second page's first share a distance.
    const tied = Math.round(haversineMeters(CENTRE, TIE));
    expect(pages[0]?.at(-1)?.distanceMeters).toBe(tied);
    expect(pages[1]?.[0]?.distanceMeters).toBe(tied);
    expect(new Set(walked.map((j) => j.id)).size).toBe(walked.length);
    // The job posted behind the cursor is not seen; the one ahead of it is, in its place.
    expect(walked.map((j) => j.id)).not.toContain(nearer);
    expect(walked.map((j) => j.id)).toContain(farther);
    const after = reference(placed, CENTRE, 5000).filter((j) => j.id !== nearer);
    expect(walked.map((j) => ({ id: j.id, d: j.distanceMeters }))).toEqual(after);
    expect(after).toHaveLength(before.length + 1);
  });

  it('refuses a cursor of another search or of the plain list', async () => {
    const first = await search('radiusM=5000&limit=2');
    expect(first.body.nextCursor).toEqual(expect.any(String));
    expect((await search(`radiusM=4000&limit=2&cursor=${first.body.nextCursor}`)).status).toBe(400);
    const list = await server.anonymous('GET', '/jobs?limit=1');
    expect(list.body.nextCursor).toEqual(expect.any(String));
    const reused = await server.anonymous('GET', `/jobs?limit=1&cursor=${first.body.nextCursor}`);
    expect(reused.status).toBe(400);
    expect((await search(`radiusM=5000&limit=2&cursor=${list.body.nextCursor}`)).status).toBe(400);
  });
});
