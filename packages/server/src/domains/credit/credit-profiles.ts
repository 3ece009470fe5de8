import type { CustomHandler } from '../../operations/definitions.js';
import { computeProfile } from './profile.js';
import { ownedSubject, type PartyRef } from './subjects.js';

/**
 * `GET /credit-profiles/{subjectType}/{subjectId}`: the subject's credit now, computed by the
 * engine from its events in effect and its blacklist entries in force. Only the owner tenant and
 * regulators read it; anyone else gets 404 and uses a consented credit query.
 */
export const creditProfilesGet: CustomHandler = async (ctx) => {
  const ref = { type: ctx.path.subjectType, id: ctx.path.subjectId } as PartyRef;
  const subject = await ownedSubject(ctx, ref);
  return { body: await computeProfile(ctx, subject) };
};
