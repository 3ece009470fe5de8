import type { DomainBehaviour } from '../../operations/definitions.js';
import { applications, applicationsCreate, applicationsList } from './applications.js';
import { candidatesForJobHandler } from './candidate-matches.js';
import { jobsGet, jobsList } from './job-board.js';
import { jobs } from './jobs.js';
import { jobsForWorker } from './matches.js';
import { expireJobs, expireOffers } from './sweeps.js';

/** Job postings, applications and matching (docs/domains/jobs-postings.md). */
export const jobsPostings: DomainBehaviour = {
  resources: [jobs, applications],
  custom: {
    'jobs.list': jobsList,
    'jobs.get': jobsGet,
    'applications.list': applicationsList,
    'applications.create': applicationsCreate,
    'matches.jobsForWorker': jobsForWorker,
    'matches.candidatesForJob': candidatesForJobHandler,
  },
  sweeps: [expireJobs, expireOffers],
};
