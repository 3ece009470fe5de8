import { common } from './domains/common/index.js';
import { credit } from './domains/credit/index.js';
import { insurance } from './domains/insurance/index.js';
import { jobsParties } from './domains/jobs-parties/index.js';
import { jobsPostings } from './domains/jobs-postings/index.js';
import { jobsWork } from './domains/jobs-work/index.js';
import { reporting } from './domains/reporting/index.js';
import { settlement } from './domains/settlement/index.js';
import type { Behaviour, DomainBehaviour } from './operations/definitions.js';

const DOMAINS: DomainBehaviour[] = [
  common,
  jobsParties,
  jobsPostings,
  jobsWork,
  settlement,
  insurance,
  credit,
  reporting,
];

/** The reference behaviour: every domain's resource definitions, custom handlers and sweeps. */
export function referenceBehaviour(): Behaviour {
  const resources = new Map(DOMAINS.flatMap((d) => d.resources).map((r) => [r.type, r]));
  const custom = new Map(DOMAINS.flatMap((d) => Object.entries(d.custom)));
  return { resources, custom, sweeps: DOMAINS.flatMap((d) => d.sweeps ?? []) };
}
