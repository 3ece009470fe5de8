import type { Check } from '../types.js';
import { directoryChecks } from './l1-directory.js';
import { discoveryChecks } from './l1-discovery.js';
import { openDataChecks } from './l1-open-data.js';
import { paginationChecks } from './l1-pagination.js';
import { problemChecks } from './l1-problems.js';
import { schemaChecks } from './l1-schemas.js';
import { applicationChecks } from './l2-applications.js';
import { clockChecks } from './l2-clock.js';
import { contractChecks } from './l2-contracts.js';
import { creditChecks } from './l2-credit.js';
import { disputeChecks } from './l2-disputes.js';
import { escrowChecks } from './l2-escrows.js';
import { insuranceChecks } from './l2-insurance.js';
import { jobLifecycleChecks } from './l2-jobs.js';
import { reportingChecks } from './l2-reporting.js';
import { workOrderChecks } from './l2-work-orders.js';
import { authChecks } from './l3-auth.js';
import { idempotencyChecks } from './l3-idempotency.js';
import { rateLimitChecks } from './l3-rate-limit.js';
import { tenantChecks } from './l3-tenants.js';
import { webhookChecks } from './l3-webhooks.js';

/**
 * Every check, in the order they run. The order matters twice: the clock checks end level 2
 * because they move the sandbox clock days ahead, and the rate-limit burst comes last because it
 * exhausts a client's limit.
 */
export const ALL_CHECKS: readonly Check[] = [
  ...discoveryChecks,
  ...paginationChecks,
  ...directoryChecks,
  ...problemChecks,
  ...schemaChecks,
  ...openDataChecks,
  ...jobLifecycleChecks,
  ...applicationChecks,
  ...workOrderChecks,
  ...contractChecks,
  ...escrowChecks,
  ...disputeChecks,
  ...insuranceChecks,
  ...creditChecks,
  ...reportingChecks,
  ...clockChecks,
  ...authChecks,
  ...tenantChecks,
  ...idempotencyChecks,
  ...webhookChecks,
  ...rateLimitChecks,
];
