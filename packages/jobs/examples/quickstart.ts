import { apiKey } from '@gigmarket/core';
import { type Application, createJobsClient, type Job, type JobCreate } from '@gigmarket/jobs';

const jobs = createJobsClient({
  baseUrl: 'https://sandbox.gigmarket.org.cn/v1',
  auth: apiKey('gm_demo_platform'),
});

/** Posts a job and sends it to the market operator's review (DRAFT → PENDING_REVIEW). */
export async function postJob(input: JobCreate): Promise<Job> {
  const draft = await jobs.jobs.create(input);
  return jobs.jobs.submit(draft.id);
}

/** A worker applies; the employer's offer is then accepted on the worker's behalf. */
export async function applyAndAccept(jobId: string, workerId: string): Promise<Application> {
  const application = await jobs.applications.create(jobId, { workerId, channel: 'ONLINE' });
  return jobs.applications.accept(application.id);
}

/** The first 200 published jobs of a district, fetched page by page. */
export function publishedJobs(region: string): Promise<Job[]> {
  return jobs.jobs.list({ region, status: 'PUBLISHED', limit: 50 }).toArray({ max: 200 });
}
