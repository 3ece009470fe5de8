import { sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import { ProblemError } from '../../http/problem.js';
import type { CustomHandler, ResourceDefinition } from '../../operations/definitions.js';
import { createResource } from '../../operations/generic.js';
import type { ObjectRow } from '../../store/objects.js';
import { objects } from '../../store/schema.js';
import { prepareListing } from './blacklist-listing.js';
import { blacklistActions } from './blacklist-removal.js';
import { interestedTenants } from './interested-tenants.js';
import { listWith } from './list-support.js';
import { withProfileChange } from './notify.js';
import { findSubject, type PartyRef, regulatorTenants } from './subjects.js';

type Data = Record<string, unknown>;

/**
 * Removal requests (evidence, commitment) only for the subject's owner tenant and regulators; the
 * owner is kept server-side because `PLATFORM_INTERNAL` rows belong to their lister.
 */
function presentEntry(ctx: OperationContext, row: ObjectRow): Data {
  const { statusReason: _ignored, ...data } = row.data as Data;
  const owner = (row.internal as Data).subjectOwnerTenantId;
  const full = ctx.visibility === 'all' || (ctx.caller && ctx.caller.tenantId === owner);
  return full ? data : { ...data, removalRequest: null };
}

/** Blacklist entries: statutory lists in force are public (E11); platforms' own bans are theirs. */
export const blacklistEntries: ResourceDefinition = {
  type: 'BlacklistEntry',
  // blacklistEntries.list: newest `listedAt` first
  listOrder: { fields: ['listedAt'], direction: 'desc' },
  prefix: 'blk',
  label: 'blacklist entry',
  create: prepareListing,
  present: presentEntry,
  actions: blacklistActions,
};

/** `blacklistEntries.list` with the subject, USCC and authority-region filters. */
export const blacklistEntriesList = listWith(blacklistEntries, {
  subjectType: (v) => sql`${objects.data}->'subject'->>'type' = ${String(v)}`,
  subjectId: (v) => sql`${objects.data}->'subject'->>'id' = ${String(v)}`,
  uscc: (v) => sql`${objects.data}->'subjectIdentity'->>'uscc' = ${String(v)}`,
  // 330000 → the province and everything in it, as the generic region filter does.
  region: (v) => sql`${objects.data}->'listedBy'->>'region' LIKE ${`${String(v).replace(/(00)+$/, '')}%`}`,
});

/**
 * `blacklistEntries.create`: lists the subject, then sends `blacklist.listed` to the subject's owner,
 * the tenants with open business with it and regulators, and `creditProfile.changed`.
 */
export const blacklistEntriesCreate: CustomHandler = async (ctx) => {
  const ref = (ctx.body as Data).subject as PartyRef;
  const subject = await findSubject(ctx, ref);
  const run = () => createResource(blacklistEntries, ctx);
  const result = subject ? await withProfileChange(ctx, subject, run) : await run();
  const entry = result.body as Data;
  if (!ctx.caller) throw new ProblemError(401, 'unauthenticated', 'Listing needs credentials.');
  // A platform's own ban is its lister's and regulators' business only.
  const audience =
    entry.kind === 'PLATFORM_INTERNAL'
      ? []
      : [...(subject ? [subject.ownerTenantId] : []), ...(await interestedTenants(ctx, ref.id))];
  const visibleTo = [ctx.caller.tenantId, ...(await regulatorTenants(ctx)), ...audience];
  await ctx.emit('blacklist.listed', { ...entry, removalRequest: null }, { visibleTo });
  return result;
};
