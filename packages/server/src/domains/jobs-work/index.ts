import type { DomainBehaviour } from '../../operations/definitions.js';
import { assignments, assignmentsList } from './assignments.js';
import { contractsSign } from './contract-sign.js';
import { contracts, contractsList } from './contracts.js';
import { jobsWorkSweeps } from './sweeps.js';

/** Work orders and e-contracts (docs/domains/jobs-work-orders.md). */
export const jobsWork: DomainBehaviour = {
  resources: [assignments, contracts],
  custom: {
    'assignments.list': assignmentsList,
    'contracts.list': contractsList,
    'contracts.sign': contractsSign,
  },
  sweeps: jobsWorkSweeps,
};
