import type { DomainBehaviour } from '../../operations/definitions.js';

/** The credit behaviour (docs/domains/credit.md); operations without a definition answer 501. */
export const credit: DomainBehaviour = {
  resources: [],
  custom: {},
};
