import type { OperationId } from '@gigmarket/sdk';
import { call } from '../http/call.js';
import type { Check, Domain } from '../types.js';

/**
 * Level 1: every answer conforms to its schema. Each check reads the first page of every
 * collection of its domain that needs no path parameter, through the SDK in strict validation mode,
 * which checks the body against the domain package's zod schema (generated from the spec, including
 * the identifier patterns). The walks of level 2 validate every object they touch the same way.
 */
const READS: Record<Domain, OperationId[]> = {
  common: ['me.get', 'events.list', 'webhookSubscriptions.list', 'webhookDeliveries.list'],
  jobs: [
    'gigMarkets.list',
    'jobs.list',
    'workers.list',
    'employers.list',
    'assignments.list',
    'contracts.list',
  ],
  settlement: [
    'escrows.list',
    'payouts.list',
    'commissionRules.list',
    'disputes.list',
    'wageArrearsCases.list',
  ],
  insurance: [
    'insuranceProducts.list',
    'insurancePolicies.list',
    'insuranceClaims.list',
    'subsidyApplications.list',
    'injuryProtectionEnrolments.list',
  ],
  credit: [
    'ratings.list',
    'blacklistEntries.list',
    'creditEvents.list',
    'creditRepairs.list',
    'creditQueries.list',
  ],
  reporting: ['employmentReports.list', 'workerActivityStats.list', 'statistics.get'],
};

const PREFIX: Record<Domain, string> = {
  common: 'COM',
  jobs: 'JOB',
  settlement: 'SET',
  insurance: 'INS',
  credit: 'CRE',
  reporting: 'REP',
};

export const schemaChecks: Check[] = (Object.keys(READS) as Domain[]).map((domain) => ({
  id: `${PREFIX[domain]}-SCH-001`,
  level: 1,
  domain,
  severity: 'MUST',
  title: `Every ${domain} collection answers bodies that conform to their schemas (${READS[domain].join(', ')})`,
  spec: 'conformance.md#level-1-read',
  run: async (ctx) => {
    for (const operationId of READS[domain]) {
      const query = operationId.endsWith('.list') ? { limit: 100 } : undefined;
      await call(ctx, operationId, query ? { query } : {}).catch((error: Error) => {
        throw new Error(`${operationId}: ${error.message}`);
      });
    }
  },
}));
