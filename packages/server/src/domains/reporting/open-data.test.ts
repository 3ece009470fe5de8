import { schemas } from '@gigmarket/reporting/validation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENTS, startTestServer } from '../../test-support/harness.js';
import { CSV_HEADER } from './open-data-statistics.js';
import { id, put, row, seedWorkers } from './test-fixtures.js';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
const jobId = id('job');
const householdJob = id('job');
beforeAll(async () => {
  server = await startTestServer();
  // 12 workers reported in 余杭 (330110) for June, and 3 in 西湖 (330106).
  const many = await seedWorkers(server.db, CLIENTS.platformA.tenantId, 15);
  await server.as('platformA')('POST', '/worker-activity-stats', {
    rows: many.map((w, i) =>
      row(w, { workRegions: [i < 12 ? '330110' : '330106'], incomeFen: 400000 + i * 1000 }),
    ),
  });
  await put(
    server.db,
    'GigMarket',
    CLIENTS.operator.tenantId,
    {
      id: id('gmk'),
      name: '清徐县零工市场',
      venueType: 'MARKET',
      operatorType: 'PUBLIC',
      location: {
        region: '140121',
        address: '山西省太原市清徐县清源镇文源路18号',
        geo: { lng: 112.357, lat: 37.608, crs: 'GCJ02' },
      },
      openingHours: [{ daysOfWeek: [1, 2, 3, 4, 5, 6, 7], open: '05:30', close: '18:00' }],
      occupations: ['4-10-01-06'],
      services: ['FAST_HIRE'],
      contacts: { hotline: '0351-5722333', complaintHotline: '12333' },
      feeFen: 0,
    },
    'LISTED',
    true,
  );
  const employerId = id('emp');
  const household = id('emp');
  await put(
    server.db,
    'Employer',
    CLIENTS.platformA.tenantId,
    {
      id: employerId,
      legalName: '杭州某某家政服务有限公司',
      uscc: '91330106MA2CFE7K3C',
      entityType: 'COMPANY',
    },
    'APPROVED',
  );
  await put(
    server.db,
    'Employer',
    CLIENTS.platformA.tenantId,
    { id: household, entityType: 'HOUSEHOLD' },
    'APPROVED',
  );
  const job = (jid: string, employer: string) => ({
    id: jid,
    employerId: employer,
    employerDisplayName: '某某家政',
    title: '小区开荒保洁（日结）',
    description: '开荒保洁，自带工具',
    occupationCode: '4-10-01-06',
    workType: '家政服务员',
    jobType: 'DAY_LABOUR',
    openings: 3,
    location: {
      region: '330110',
      address: '浙江省杭州市余杭区良渚街道古墩路1888号',
      geo: { lng: 120.301, lat: 30.421, crs: 'GCJ02' },
    },
    schedule: {
      startAt: '2025-07-02T08:00:00+08:00',
      endAt: '2025-07-02T12:00:00+08:00',
      shifts: [{ start: '08:00', end: '12:00' }],
    },
    pay: { unit: 'PER_DAY', rateFen: 20050, payCycle: 'DAILY' },
    immediateStart: false,
    validFrom: '2025-06-28T09:00:00+08:00',
    validThrough: '2025-07-05T18:00:00+08:00',
    publishedAt: '2025-06-28T09:00:00+08:00',
  });
  await put(server.db, 'Job', CLIENTS.platformA.tenantId, job(jobId, employerId), 'PUBLISHED', true);
  await put(server.db, 'Job', CLIENTS.platformA.tenantId, job(householdJob, household), 'PUBLISHED', true);
});
afterAll(() => server.close());

describe('statistics.get', () => {
  it('answers aggregates anonymously and suppresses cells of fewer than 10 workers but for regulators', async () => {
    const res = await server.anonymous('GET', '/statistics?region=330100&period=2025-06');
    const s = schemas.zStatistics.parse(res.body);
    expect(s).toMatchObject({
      periodStart: '2025-06-01',
      periodEnd: '2025-06-30',
      minCellSize: 10,
      occupationCode: null,
    });
    expect(s.figures).toMatchObject({
      activeWorkers: 15,
      jobsPublished: 2,
      openingsPublished: 6,
      workMinutesTotal: 15 * 9360,
      medianMonthlyIncomeFen: 407000,
    });
    const small = schemas.zStatistics.parse(
      (await server.anonymous('GET', '/statistics?region=330106&period=2025Q2')).body,
    );
    expect(small.figures).toMatchObject({
      activeWorkers: null,
      incomeFenTotal: null,
      medianMonthlyIncomeFen: null,
      jobsPublished: 0,
    });
    const reg = schemas.zStatistics.parse(
      (await server.as('regulator')('GET', '/statistics?region=330106&period=2025H1')).body,
    );
    expect(reg).toMatchObject({ minCellSize: 1, figures: { activeWorkers: 3 } });
    expect(JSON.stringify(res.body)).not.toMatch(/wkr_/);
    expect((await server.anonymous('GET', '/statistics?period=2025-13')).status).toBe(400);
  });
});

describe('open data', () => {
  it('lists the feeds in the catalog', async () => {
    const c = schemas.zOpenDataCatalog.parse((await server.anonymous('GET', '/open-data/catalog')).body);
    expect(c.feeds.map((f) => f.mediaType)).toEqual([
      'application/geo+json',
      'application/ld+json',
      'text/csv',
    ]);
  });

  it('publishes LISTED markets as GeoJSON in GCJ-02, or WGS 84 on request', async () => {
    const res = await server.anonymous('GET', '/open-data/gig-markets.geojson');
    expect(res.headers.get('content-type')).toBe('application/geo+json');
    const fc = schemas.zOpenDataGigMarketFeatureCollection.parse(res.body);
    expect(fc.features[0]?.geometry.coordinates).toEqual([112.357, 37.608]);
    const wgs = schemas.zOpenDataGigMarketFeatureCollection.parse(
      (await server.anonymous('GET', '/open-data/gig-markets.geojson?crs=WGS84')).body,
    );
    expect(wgs.coordinateSystem).toBe('WGS84');
    const [lng, lat] = (wgs.features[0]?.geometry.coordinates ?? [0, 0]) as [number, number];
    expect(lng).toBeCloseTo(112.351, 2);
    expect(lat).toBeCloseTo(37.6069, 2);
    expect(lng).not.toBe(112.357);
  });

  it('publishes PUBLISHED jobs as schema.org JSON-LD with yuan pay and anonymous household employers', async () => {
    const res = await server.anonymous('GET', '/open-data/jobs.jsonld?region=330100');
    expect(res.headers.get('content-type')).toBe('application/ld+json');
    const doc = schemas.zOpenDataJobsDocument.parse(res.body);
    // Both jobs are created at the same instant, so the feed's order between them is the ids'.
    const graph = doc['@graph'];
    expect(graph).toHaveLength(2);
    const company = graph.find((job) => job.identifier?.value === jobId);
    const household = graph.find((job) => job.identifier?.value !== jobId);
    expect(company).toMatchObject({
      identifier: { value: jobId },
      employmentType: ['TEMPORARY', 'PER_DIEM'],
      hiringOrganization: { name: '杭州某某家政服务有限公司', identifier: '91330106MA2CFE7K3C' },
      baseSalary: { value: { value: 200.5, unitText: 'DAY' } },
      occupationalCategory: '4-10-01-06 家政服务员',
      jobLocation: { address: { addressRegion: '浙江省', regionCode: '330110' } },
    });
    expect(household?.hiringOrganization).toEqual({ '@type': 'Organization', name: '个人雇主' });
    expect(
      (await server.anonymous('GET', '/open-data/jobs.jsonld?region=140000')).body['@graph'],
    ).toHaveLength(0);
  });

  it('publishes the statistics as RFC 4180 CSV with the fixed header and empty small cells', async () => {
    const res = await server.app.request(
      '/v1/open-data/statistics.csv?region=330100&from=2025-06&to=2025-06',
    );
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const text = await res.text();
    expect(schemas.zOpenDataStatisticsCsv.parse(text)).toBe(text);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(CSV_HEADER);
    expect(text.endsWith('\r\n')).toBe(true);
    const yuhang = lines.find((l) => l.startsWith('2025-06,330110,,,'));
    expect(yuhang?.split(',')[4]).toBe('12');
    const xihu = lines.find((l) => l.startsWith('2025-06,330106,,,'));
    expect(xihu?.split(',').slice(4, 9)).toEqual(['', '', '', '', '']);
  });
});
