import { apiKey, isValidationError, ValidationError } from '@gigmarket/core';
import {
  MOCK_BASE_URL,
  problemResponse,
  specExample,
  specRequestExample,
  useSpecServer,
} from '@gigmarket/spec-examples';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createReportingClient, type EmploymentReportSubmit } from './index.js';

const { server, sent } = useSpecServer();

const client = () => createReportingClient({ baseUrl: MOCK_BASE_URL, auth: apiKey('gm_test_platform') });

describe('reporting: employment reports', () => {
  it('submits a half-year employment report', async () => {
    const body = specRequestExample('employmentReports.submit') as EmploymentReportSubmit;
    const report = await client().employmentReports.submit(body);
    expect(report).toEqual(specExample('employmentReports.submit'));
    expect(sent.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual([
      'POST /v1/employment-reports',
    ]);
    expect(await sent[0]?.json()).toEqual(body);
  });

  it('turns a 422 rule violation with field errors into a ValidationError', async () => {
    const errors = [{ pointer: '/period', detail: 'the period has not ended yet', code: 'period-open' }];
    server.use(
      http.post(`${MOCK_BASE_URL}/employment-reports`, () =>
        problemResponse(422, 'rule-violation', { detail: 'Report refused.', errors }),
      ),
    );
    const error = await client()
      .employmentReports.submit(specRequestExample('employmentReports.submit') as EmploymentReportSubmit)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(isValidationError(error) && [error.status, error.errors]).toEqual([422, errors]);
  });
});

describe('reporting: open-data feeds', () => {
  it('reads the gig-market map as a parsed GeoJSON FeatureCollection, with the filters in the query', async () => {
    const feed = await client().openData.gigMarkets({ region: '330110' });
    expect(feed).toEqual(specExample('openData.gigMarkets'));
    expect(feed.type).toBe('FeatureCollection');
    expect(new URL(sent[0]?.url ?? '').search).toBe('?region=330110');
  });

  it('reads the jobs feed as parsed JSON-LD', async () => {
    const feed = await client().openData.jobs();
    expect(feed).toEqual(specExample('openData.jobs'));
    expect(feed).toHaveProperty('@context');
  });

  it('returns the statistics CSV as a string, as received', async () => {
    const csv = await client().openData.statistics({ region: '330110' });
    expect(typeof csv).toBe('string');
    expect(csv).toBe(specExample('openData.statistics'));
    expect(csv.split('\n')[0]).toContain(',');
  });
});
