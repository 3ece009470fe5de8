import type { OperationContext } from '../../context.js';
import { computeProfile, type ProfileMode } from './profile.js';
import { syncSubjectScore } from './subject-score.js';
import { regulatorTenants, type Subject } from './subjects.js';

type Data = Record<string, unknown>;

/** The parts of a profile whose change is announced (docs/domains/credit.md §Credit profiles). */
const watched = (p: Data) => JSON.stringify([p.score, p.grade, p.badges, p.activeBlacklists, p.effects]);

/**
 * Sends `creditProfile.changed` to the subject's owner tenant and regulators, with `data.previous`
 * as the webhook's payload defines it (score, grade, badges, effects before the change). A profile
 * has no id of its own, so the event is about its subject.
 */
async function emitChanged(ctx: OperationContext, subject: Subject, profile: Data, previous: Data) {
  await ctx.emit('creditProfile.changed', profile, {
    previous: {
      score: previous.score,
      grade: previous.grade,
      badges: previous.badges,
      effects: previous.effects,
    },
    objectId: subject.ref.id,
    visibleTo: [subject.ownerTenantId, ...(await regulatorTenants(ctx))],
  });
}

/**
 * Runs a change to a subject's credit and announces it: the profile is computed before and after,
 * the subject's `creditScore` follows the new score, and `creditProfile.changed` is sent only when score, grade, badges, active blacklists or effects
 * differ. Expiry sweeps pass `before: 'recorded'`, because at the new time the lapsed period
 * already reads as over.
 */
export async function withProfileChange<T>(
  ctx: OperationContext,
  subject: Subject,
  change: () => Promise<T>,
  before: ProfileMode = 'now',
): Promise<T> {
  const previous = await computeProfile(ctx, subject, before);
  const result = await change();
  const after = await computeProfile(ctx, subject);
  await syncSubjectScore(ctx, subject, after.score);
  if (watched(previous) !== watched(after)) await emitChanged(ctx, subject, after, previous);
  return result;
}
