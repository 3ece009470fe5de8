/**
 * Before measuring, the answers are checked against the spec's response schemas (the SDK's
 * `responseSchemas`, generated from the spec): a sample of the seeded jobs, a map-search page and
 * a match page. A bench of invalid data or error answers would measure nothing worth knowing.
 */
import { responseSchemas } from '@gigmarket/sdk/validation';

type Schema = {
  safeParse?: (d: unknown) => { success: boolean; error?: unknown };
  parse?: (d: unknown) => unknown;
};

function check(operationId: string, body: unknown): void {
  const schema = (responseSchemas as Record<string, { response?: Schema }>)[operationId]?.response;
  if (!schema) throw new Error(`bench: no response schema for ${operationId}`);
  if (schema.safeParse) {
    const result = schema.safeParse(body);
    if (!result.success)
      throw new Error(
        `bench: ${operationId} answer breaks the spec: ${JSON.stringify(result.error).slice(0, 1500)}`,
      );
  } else schema.parse?.(body);
}

async function get(url: string, apiKey: string): Promise<unknown> {
  const res = await fetch(url, { headers: { 'X-Api-Key': apiKey } });
  if (res.status !== 200) throw new Error(`bench: GET ${url} → ${res.status} ${await res.text()}`);
  return res.json();
}

/** Checks `jobs.get` on a sample of ids and one page of `jobs.list` (near) and of matches; returns the count. */
export async function validateAnswers(
  base: string,
  apiKey: string,
  paths: { jobIds: string[]; near: string; matches: string },
): Promise<number> {
  for (const id of paths.jobIds) check('jobs.get', await get(`${base}/v1/jobs/${id}`, apiKey));
  const near = (await get(`${base}${paths.near}`, apiKey)) as { data: unknown[] };
  check('jobs.list', near);
  const matches = (await get(`${base}${paths.matches}`, apiKey)) as { data: unknown[] };
  check('matches.jobsForWorker', matches);
  if (near.data.length === 0 || matches.data.length === 0)
    throw new Error(
      'bench: the near search or the match answered no jobs; the seed is not where the queries look',
    );
  return paths.jobIds.length + 2;
}
