import type { DomainBehaviour } from '../../operations/definitions.js';

/** The jobs-postings behaviour (docs/domains/jobs-postings.md); operations without a definition answer 501. */
export const jobsPostings: DomainBehaviour = {
  resources: [],
  custom: {},
};
