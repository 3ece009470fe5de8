import type { DomainBehaviour } from '../../operations/definitions.js';

/** The jobs-work behaviour (docs/domains/jobs-work.md); operations without a definition answer 501. */
export const jobsWork: DomainBehaviour = {
  resources: [],
  custom: {},
};
