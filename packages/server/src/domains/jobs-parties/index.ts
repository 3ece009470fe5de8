import type { DomainBehaviour } from '../../operations/definitions.js';
import { consents, expireConsents } from './consent-state.js';
import { workerConsentsGrant, workerConsentsList, workerConsentsRevoke } from './consents.js';
import { reverifyEmployers } from './employer-review.js';
import { employers } from './employers.js';
import { employersList } from './employers-list.js';
import { gigMarkets, gigMarketsList } from './gig-markets.js';
import {
  workerQualificationsAdd,
  workerQualificationsList,
  workerQualificationsRemove,
} from './qualifications.js';
import { workersVerifyIdentity } from './worker-identity.js';
import { workers } from './workers.js';
import { workersList } from './workers-list.js';

/** The gig-market directory, workers and employers (docs/domains/jobs-parties.md). */
export const jobsParties: DomainBehaviour = {
  resources: [gigMarkets, workers, employers, consents],
  custom: {
    'gigMarkets.list': gigMarketsList,
    'workers.list': workersList,
    'workers.verifyIdentity': workersVerifyIdentity,
    'workerQualifications.list': workerQualificationsList,
    'workerQualifications.add': workerQualificationsAdd,
    'workerQualifications.remove': workerQualificationsRemove,
    'workerConsents.list': workerConsentsList,
    'workerConsents.grant': workerConsentsGrant,
    'workerConsents.revoke': workerConsentsRevoke,
    'employers.list': employersList,
  },
  sweeps: [expireConsents, reverifyEmployers],
};
