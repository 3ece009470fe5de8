import type { DomainBehaviour } from '../../operations/definitions.js';
import { gigMarkets, gigMarketsList } from './gig-markets.js';

/** The gig-market directory, workers and employers (docs/domains/jobs-parties.md). */
export const jobsParties: DomainBehaviour = {
  resources: [gigMarkets],
  custom: { 'gigMarkets.list': gigMarketsList },
};
