import { apiKey, isNotFoundError } from '@gigmarket/core';
import { type CreditProfile, type CreditQuery, createCreditClient, type Rating } from '@gigmarket/credit';

const credit = createCreditClient({
  baseUrl: 'https://sandbox.gigmarket.org.cn/v1',
  auth: apiKey('gm_demo_platform'),
});

/** The employer rates the worker after an assignment (two-way ratings: the worker rates back). */
export function rateWorker(assignmentId: string): Promise<Rating> {
  return credit.ratings.create({ assignmentId, raterRole: 'EMPLOYER', stars: 5, comment: '准时、认真' });
}

/** An employer's public credit profile, or `undefined` when it has none yet. */
export async function employerProfile(employerId: string): Promise<CreditProfile | undefined> {
  try {
    return await credit.creditProfiles.get('EMPLOYER', employerId);
  } catch (error) {
    if (isNotFoundError(error)) return undefined;
    throw error;
  }
}

/** A credit query about a worker needs the worker's recorded consent and a purpose. */
export function checkBeforeHiring(workerId: string, consentRef: string): Promise<CreditQuery> {
  return credit.creditQueries.create({
    subject: { type: 'WORKER', id: workerId },
    purpose: 'HIRING',
    consentRef,
  });
}
