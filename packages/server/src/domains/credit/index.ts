import type { DomainBehaviour } from '../../operations/definitions.js';
import { blacklistEntries, blacklistEntriesCreate, blacklistEntriesList } from './blacklist-entries.js';
import { withSubjectProfile } from './blacklist-removal.js';
import { creditEvents, creditEventsCreate, creditEventsList } from './credit-events.js';
import { creditProfilesGet } from './credit-profiles.js';
import { creditQueries, creditQueriesList } from './credit-queries.js';
import { creditRepairs, creditRepairsApprove, creditRepairsList } from './credit-repairs.js';
import { ratings, ratingsList } from './ratings.js';
import { creditSweeps } from './sweeps.js';

/** The credit behaviour (docs/domains/credit.md): ratings, profiles, events, blacklists, repairs, queries. */
export const credit: DomainBehaviour = {
  resources: [ratings, creditEvents, blacklistEntries, creditRepairs, creditQueries],
  custom: {
    'ratings.list': ratingsList,
    'creditProfiles.get': creditProfilesGet,
    'creditEvents.list': creditEventsList,
    'creditEvents.create': creditEventsCreate,
    'blacklistEntries.list': blacklistEntriesList,
    'blacklistEntries.create': blacklistEntriesCreate,
    'blacklistEntries.remove': withSubjectProfile(() => blacklistEntries),
    'creditRepairs.list': creditRepairsList,
    'creditRepairs.approve': creditRepairsApprove,
    'creditQueries.list': creditQueriesList,
  },
  sweeps: creditSweeps,
};
