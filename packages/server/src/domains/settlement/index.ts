import type { DomainBehaviour } from '../../operations/definitions.js';

/** The settlement behaviour (docs/domains/settlement.md); operations without a definition answer 501. */
export const settlement: DomainBehaviour = {
  resources: [],
  custom: {},
};
