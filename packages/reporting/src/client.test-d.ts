import type { CallOptions, Paginator } from '@gigmarket/core';
import { describe, expectTypeOf, it } from 'vitest';
import type { EmploymentReport, EmploymentReportSubmit, ReportingClient } from './index.js';

declare const client: ReportingClient;

describe('ReportingClient signatures', () => {
  it('employmentReports.submit takes a required body and resolves to a report', () => {
    expectTypeOf(client.employmentReports.submit).parameters.toEqualTypeOf<
      [body: EmploymentReportSubmit, options?: CallOptions]
    >();
    expectTypeOf(client.employmentReports.submit).returns.toEqualTypeOf<Promise<EmploymentReport>>();
    expectTypeOf(client.employmentReports.list()).toExtend<Paginator<EmploymentReport>>();
    // @ts-expect-error path ids are strings
    client.employmentReports.get(1);
  });

  it('open-data feeds: the CSV is a string, GeoJSON and JSON-LD are objects', () => {
    expectTypeOf(client.openData.statistics).returns.toEqualTypeOf<Promise<string>>();
    expectTypeOf(client.openData.gigMarkets).returns.resolves.toHaveProperty('features');
    expectTypeOf(client.openData.jobs).returns.resolves.toHaveProperty('@context');
    // @ts-expect-error `format` is not a query parameter of openData.statistics
    client.openData.statistics({ format: 'xlsx' });
  });
});
