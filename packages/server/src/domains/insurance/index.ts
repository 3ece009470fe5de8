import type { DomainBehaviour } from '../../operations/definitions.js';

/** The insurance behaviour (docs/domains/insurance.md); operations without a definition answer 501. */
export const insurance: DomainBehaviour = {
  resources: [],
  custom: {},
};
