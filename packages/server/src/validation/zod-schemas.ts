import { schemas as common } from '@gigmarket/core/validation';
import { schemas as credit } from '@gigmarket/credit/validation';
import { schemas as insurance } from '@gigmarket/insurance/validation';
import { schemas as jobs } from '@gigmarket/jobs/validation';
import { schemas as reporting } from '@gigmarket/reporting/validation';
import { schemas as settlement } from '@gigmarket/settlement/validation';
import type { ZodType } from 'zod';

const byDomain: Record<string, Record<string, unknown>> = {
  common,
  jobs,
  settlement,
  insurance,
  credit,
  reporting,
};

/** `escrows.release` → `EscrowsRelease`, the stem of hey-api's per-operation schema names. */
const stem = (operationId: string) =>
  operationId
    .split('.')
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join('');

/**
 * The generated zod schema for one part of an operation (`Body`, `Query`, `Path`, `Response`), e.g.
 * `zEscrowsReleaseBody` from `@gigmarket/settlement/validation`. The spec stays the only source: the
 * server validates with exactly the schemas the SDK ships.
 */
export function operationSchema(
  domain: string,
  operationId: string,
  part: 'Body' | 'Query' | 'Path' | 'Response',
): ZodType | undefined {
  return byDomain[domain]?.[`z${stem(operationId)}${part}`] as ZodType | undefined;
}

/** A named component schema of a domain, e.g. `Escrow`. */
export function componentSchema(domain: string, name: string): ZodType | undefined {
  return byDomain[domain]?.[`z${name}`] as ZodType | undefined;
}
