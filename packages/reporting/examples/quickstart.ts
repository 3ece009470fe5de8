import { apiKey } from '@gigmarket/core';
import {
  createReportingClient,
  type EmploymentReport,
  type EmploymentReportSubmit,
} from '@gigmarket/reporting';

const reporting = createReportingClient({
  baseUrl: 'https://sandbox.gigmarket.org.cn/v1',
  auth: apiKey('gm_demo_platform'),
});

/** Files the half-year employment report of a platform. */
export function fileReport(report: EmploymentReportSubmit): Promise<EmploymentReport> {
  return reporting.employmentReports.submit(report, {
    idempotencyKey: `report-${report.period}-${report.region}`,
  });
}

/** The open-data feeds: GeoJSON and JSON-LD come back parsed, the statistics CSV as a string. */
export async function openData(region: string) {
  const markets = await reporting.openData.gigMarkets({ region }); // GeoJSON FeatureCollection
  const jobs = await reporting.openData.jobs({ region }); // JSON-LD (schema.org JobPosting)
  const csv: string = await reporting.openData.statistics({ region });
  return { markets: markets.features.length, jobs, csvRows: csv.trim().split('\n').length - 1 };
}
