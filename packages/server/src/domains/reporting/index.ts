import type { DomainBehaviour } from '../../operations/definitions.js';

/** The reporting behaviour (docs/domains/reporting.md); operations without a definition answer 501. */
export const reporting: DomainBehaviour = {
  resources: [],
  custom: {},
};
