import { ulid } from 'ulid';
import type { OperationContext } from '../../context.js';
import { enqueueDeliveries } from '../../events/outbox.js';
import { events } from '../../store/schema.js';
import { computeProfile, type ProfileMode } from './profile.js';
import { regulatorTenants, type Subject } from './subjects.js';

type Data = Record<string, unknown>;

/** The parts of a profile whose change is announced (docs/domains/credit.md §Credit profiles). */
const watched = (p: Data) => JSON.stringify([p.score, p.grade, p.badges, p.activeBlacklists, p.effects]);

/**
 * Sends `creditProfile.changed` with `data.previous` to the subject's owner tenant and regulators.
 * `ctx.emit` has no place for `previous`, so the event is written here the way `emitEvent` does
 * (same transaction, same outbox); the subject's ID is the event's object ID (a profile has none).
 */
async function emitChanged(ctx: OperationContext, subject: Subject, profile: Data, previous: Data) {
  const id = `evt_${ulid(ctx.nowDate.getTime())}`;
  const data = {
    object: profile,
    previous: {
      score: previous.score,
      grade: previous.grade,
      badges: previous.badges,
      effects: previous.effects,
    },
  };
  const visibleTo = [...new Set([subject.ownerTenantId, ...(await regulatorTenants(ctx))])];
  await ctx.tx.insert(events).values({
    id,
    type: 'creditProfile.changed',
    objectId: subject.ref.id,
    visibleTo,
    occurredAt: ctx.now,
    data,
  });
  await enqueueDeliveries(
    ctx.tx,
    { id, type: 'creditProfile.changed', occurredAt: ctx.now, data },
    visibleTo,
    ctx.now,
    ctx.nowDate.getTime(),
  );
}

/**
 * Runs a change to a subject's credit and announces it: the profile is computed before and after,
 * and `creditProfile.changed` is sent only when score, grade, badges, active blacklists or effects
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
  if (watched(previous) !== watched(after)) await emitChanged(ctx, subject, after, previous);
  return result;
}
