import { maskMobileNumber, regionFromUscc } from '@gigmarket/identifiers';
import type { OperationContext } from '../../context.js';
import { ruleViolation } from '../../http/problem.js';
import type { ResourceDefinition } from '../../operations/definitions.js';
import { mergePatch } from '../../operations/generic.js';
import type { ObjectRow } from '../../store/objects.js';
import {
  checkEmployerNotRegistered,
  checkEmployerShape,
  defaultDisplayName,
  EMPLOYER_WRITABLE,
  entityTypeOf,
  FOREIGN_FIELDS,
  maskedPerson,
} from './employer-input.js';
import { employerReviewActions } from './employer-review.js';
import { type EmployerInternal, presentEmployer } from './employer-view.js';
import { requireGigMarket } from './references.js';
import { pick } from './worker-input.js';

type Data = Record<string, unknown>;

/** The tenants besides the owner that see an employer: the operator of the market it registered at. */
async function reviewParties(
  ctx: OperationContext,
  ownerTenantId: string,
  gigMarketId: unknown,
): Promise<string[]> {
  if (typeof gigMarketId !== 'string') return [];
  const market = await requireGigMarket(ctx, gigMarketId);
  return market.tenantId === ownerTenantId ? [] : [market.tenantId];
}

/** Employers (用人登记) and their pre-registration review (初审登记, seed 001). */
export const employers: ResourceDefinition = {
  type: 'Employer',
  prefix: 'emp',
  label: 'employer',
  present: presentEmployer,
  actions: employerReviewActions,
  create: async (ctx, body) => {
    const tenantId = ctx.caller?.tenantId as string;
    const input = pick(body, EMPLOYER_WRITABLE);
    checkEmployerShape(input);
    const organization = input.kind === 'ORGANIZATION';
    const person = (organization ? input.legalRepresentative : input.person) as Data;
    await checkEmployerNotRegistered(
      ctx,
      tenantId,
      organization ? { uscc: String(input.uscc) } : { personIdNumber: String(person.idNumber) },
    );
    const partyTenantIds = await reviewParties(ctx, tenantId, input.gigMarketId);
    const { contactMobile, legalRepresentative: _l, person: _p, ...rest } = input;
    const internal: EmployerInternal = {
      contactMobile: String(contactMobile),
      ...(organization
        ? { legalRepresentativeIdNumber: String(person.idNumber) }
        : { personIdNumber: String(person.idNumber) }),
    };
    return {
      data: {
        tenantId,
        ...rest,
        entityType: organization ? entityTypeOf(String(input.uscc)) : 'HOUSEHOLD',
        registeredRegion: input.registeredRegion ?? regionFromUscc(String(input.uscc)),
        displayName: input.displayName ?? defaultDisplayName(input),
        [organization ? 'legalRepresentative' : 'person']: maskedPerson(person),
        contactMobileMasked: maskMobileNumber(String(contactMobile)),
        sensitivity: 'MASKED',
        review: {
          submittedAt: ctx.now,
          reviewedAt: null,
          reviewedBy: null,
          rejectionReason: null,
          fieldsToFix: [],
          reverificationDueAt: null,
        },
        complianceGrade: null,
        creditScore: null,
        badges: [],
        fastTrackEligible: false,
        blacklist: { listed: false, entries: [] },
      },
      status: 'PENDING_REVIEW',
      partyTenantIds,
      internal: internal as unknown as Data,
    };
  },
  // An empty patch never gets here: `minProperties: 1` is checked centrally (validation/schema-rules.ts).
  update: (ctx, row, patch) => updateEmployer(ctx, row, pick(patch, EMPLOYER_WRITABLE)),
};

/**
 * `employers.update`: merge patch plus the review triggers of EmployerReviewStatus. Any change to a
 * `REJECTED` employer resubmits it; a change of `uscc`, `legalName`, `legalRepresentative` or
 * `person` sends an `APPROVED` one back to `PENDING_REVIEW`. `uscc` is fixed once approved.
 */
async function updateEmployer(ctx: OperationContext, row: ObjectRow, patch: Data) {
  const data = row.data as Data;
  const internal = { ...(row.internal as EmployerInternal) };
  const kind = String(data.kind);
  const foreign = (FOREIGN_FIELDS[kind] ?? []).filter((f) => patch[f] !== undefined);
  if (foreign.length)
    throw ruleViolation(
      `${foreign.join(', ')} cannot be set on an ${kind} employer; \`kind\` cannot change.`,
    );
  const changes: Data = {};
  let identityChanged = false;
  if (patch.uscc !== undefined && patch.uscc !== data.uscc) {
    if (row.status === 'APPROVED')
      throw ruleViolation(
        '`uscc` cannot change while the employer is APPROVED (EmployerUpdate); register the new organisation instead.',
      );
    const uscc = String(patch.uscc);
    await checkEmployerNotRegistered(ctx, row.tenantId, { uscc }, row.id);
    changes.entityType = entityTypeOf(uscc);
    // The region follows the USCC unless the caller set another one.
    if (patch.registeredRegion === undefined && data.registeredRegion === regionFromUscc(String(data.uscc)))
      changes.registeredRegion = regionFromUscc(uscc);
    identityChanged = true;
  }
  if (patch.legalName !== undefined && patch.legalName !== data.legalName) identityChanged = true;
  for (const field of ['legalRepresentative', 'person'] as const) {
    const input = patch[field] as Data | undefined;
    if (!input) continue;
    const key = field === 'person' ? 'personIdNumber' : 'legalRepresentativeIdNumber';
    const before = data[field] as Data | undefined;
    if (input.name !== before?.name || input.idNumber !== internal[key]) identityChanged = true;
    if (field === 'person' && input.idNumber !== internal[key])
      await checkEmployerNotRegistered(ctx, row.tenantId, { personIdNumber: String(input.idNumber) }, row.id);
    changes[field] = maskedPerson(input);
    internal[key] = String(input.idNumber);
  }
  if (typeof patch.contactMobile === 'string') {
    internal.contactMobile = patch.contactMobile;
    changes.contactMobileMasked = maskMobileNumber(patch.contactMobile);
  }
  const partyTenantIds =
    patch.gigMarketId !== undefined
      ? await reviewParties(ctx, row.tenantId, patch.gigMarketId)
      : row.partyTenantIds;
  const { contactMobile: _c, legalRepresentative: _l, person: _p, ...rest } = patch;
  const merged = mergePatch(data, { ...rest, ...changes });
  const review = data.review as Data;
  let status: string | undefined;
  if (row.status === 'REJECTED') {
    status = 'PENDING_REVIEW';
    merged.review = { ...review, submittedAt: ctx.now, rejectionReason: null, fieldsToFix: [] };
  } else if (row.status === 'APPROVED' && identityChanged) {
    status = 'PENDING_REVIEW';
    merged.review = { ...review, submittedAt: ctx.now, reverificationDueAt: null };
  }
  return {
    data: merged,
    internal: internal as unknown as Data,
    partyTenantIds,
    ...(status ? { status } : {}),
  };
}
