import type { CustomHandler } from '../../operations/definitions.js';
import { findById } from '../../store/objects.js';
import { pointIn } from './gcj02.js';
import { baseUrl, publicRows } from './open-data.js';
import { within } from './worker-stats-aggregate.js';

type Data = Record<string, unknown>;

const UNIT_TEXT: Record<string, string> = {
  PER_HOUR: 'HOUR',
  PER_DAY: 'DAY',
  PER_MONTH: 'MONTH',
  PER_PIECE: 'PIECE',
  PER_TASK: 'TASK',
};
/** schema.org `employmentType` by job type (reporting.md, Open data). */
const EMPLOYMENT_TYPE: Record<string, string[]> = {
  DAY_LABOUR: ['TEMPORARY', 'PER_DIEM'],
  HOURLY: ['PART_TIME'],
  PUBLIC_WELFARE_PART_TIME: ['PART_TIME'],
  PIECEWORK: ['CONTRACTOR'],
  PLATFORM_TASK: ['CONTRACTOR'],
};

/** The province part of a Chinese address (`山西省…` → `山西省`), for `addressRegion`. */
const provinceIn = (address: string, region: string) =>
  /^(.+?(?:省|自治区|特别行政区)|北京市|天津市|上海市|重庆市)/.exec(address)?.[1] ??
  `${region.slice(0, 2)}0000`;

/**
 * `GET /open-data/jobs.jsonld`: every PUBLISHED posting as a schema.org JobPosting. The pay is in
 * yuan here only (fen / 100, E25); household employers are shown as 个人雇主 without a name.
 */
export const openDataJobs: CustomHandler = async (ctx) => {
  const crs = ctx.query.crs === 'WGS84' ? 'WGS84' : 'GCJ02';
  const region = typeof ctx.query.region === 'string' ? ctx.query.region : undefined;
  const occupation = typeof ctx.query.occupationCode === 'string' ? ctx.query.occupationCode : undefined;
  const jobs = (await publicRows(ctx, 'Job', 'PUBLISHED')).filter(
    (j) =>
      (!j.validFrom || String(j.validFrom) <= ctx.now) &&
      (!region || within(String((j.location as Data).region), region)) &&
      (!occupation || j.occupationCode === occupation),
  );
  // The operation defines no paging parameter, so the feed is one document (no `Link: rel="next"` parts).
  const graph = [];
  for (const j of jobs) {
    const employer = (await findById(ctx.tx, String(j.employerId)))?.data as Data | undefined;
    const household = employer?.entityType === 'HOUSEHOLD' || employer?.kind === 'HOUSEHOLD';
    const location = j.location as {
      region: string;
      address: string;
      geo?: { lng: number; lat: number; crs?: string };
    };
    const point = location.geo ? pointIn(location.geo, crs) : null;
    const pay = j.pay as { unit: string; rateFen: number };
    const schedule = j.schedule as { startAt: string; shifts?: Array<{ start: string; end: string }> };
    graph.push({
      '@type': 'JobPosting',
      identifier: { '@type': 'PropertyValue', propertyID: 'gigmarket:jobId', value: j.id },
      title: j.title,
      description: j.description,
      datePosted: j.publishedAt ?? j.validFrom ?? j.createdAt,
      validThrough: j.validThrough,
      employmentType: EMPLOYMENT_TYPE[String(j.jobType)] ?? ['TEMPORARY'],
      hiringOrganization: household
        ? { '@type': 'Organization', name: '个人雇主' }
        : {
            '@type': 'Organization',
            name: String(employer?.legalName ?? j.employerDisplayName),
            ...(typeof employer?.uscc === 'string' ? { identifier: employer.uscc } : {}),
          },
      jobLocation: {
        '@type': 'Place',
        address: {
          '@type': 'PostalAddress',
          addressCountry: 'CN',
          addressRegion: provinceIn(location.address, location.region),
          streetAddress: location.address,
          regionCode: location.region,
        },
        ...(point ? { geo: { '@type': 'GeoCoordinates', latitude: point[1], longitude: point[0] } } : {}),
      },
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: 'CNY',
        value: {
          '@type': 'QuantitativeValue',
          value: pay.rateFen / 100,
          unitText: UNIT_TEXT[pay.unit] ?? 'TASK',
        },
      },
      occupationalCategory: [j.occupationCode, j.workType].filter(Boolean).join(' '),
      totalJobOpenings: j.openings,
      jobStartDate: schedule.startAt.slice(0, 10),
      ...(typeof j.immediateStart === 'boolean' ? { jobImmediateStart: j.immediateStart } : {}),
      ...(schedule.shifts?.length
        ? { workHours: schedule.shifts.map((s) => `${s.start}-${s.end}`).join(', ') }
        : {}),
      url: `${baseUrl(ctx)}/jobs/${String(j.id)}`,
    });
  }
  return {
    contentType: 'application/ld+json',
    body: { '@context': 'https://schema.org', coordinateSystem: crs, generatedAt: ctx.now, '@graph': graph },
  };
};
