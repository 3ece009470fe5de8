import type { OperationContext } from '../../context.js';
import type { ObjectRow } from '../../store/objects.js';

type Data = Record<string, unknown>;

/** What the server keeps about an employer that reads may not carry. */
export interface EmployerInternal {
  contactMobile: string;
  /** Write-only ID numbers of the legal representative or the household hirer. */
  legalRepresentativeIdNumber?: string;
  personIdNumber?: string;
}

/**
 * Whether postings may skip review (免审快办, seed 001): `APPROVED`, holding `HONEST_EMPLOYER` and
 * not blacklisted (Employer.fastTrackEligible). Computed on read, so credit-domain changes to badges
 * or blacklist show at once.
 */
export function fastTrackEligible(row: ObjectRow): boolean {
  const data = row.data as Data;
  const badges = (data.badges as string[] | undefined) ?? [];
  const blacklist = data.blacklist as { listed?: boolean } | undefined;
  return row.status === 'APPROVED' && badges.includes('HONEST_EMPLOYER') && !blacklist?.listed;
}

/**
 * An employer as the caller may see it: ID numbers are always masked (only `idNumberMasked` is
 * stored in `data`); the full `contactMobile` only for the owning tenant (`sensitivity: FULL`).
 */
export function presentEmployer(ctx: OperationContext, row: ObjectRow): Data {
  const { statusReason: _s, ...data } = row.data as Data;
  const owner = ctx.caller?.tenantId === row.tenantId;
  return {
    ...data,
    sensitivity: owner ? 'FULL' : 'MASKED',
    ...(owner ? { contactMobile: (row.internal as EmployerInternal).contactMobile } : {}),
    fastTrackEligible: fastTrackEligible(row),
  };
}
