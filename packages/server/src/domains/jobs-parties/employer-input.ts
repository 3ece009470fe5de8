import { genderFromResidentId, maskResidentId } from '@gigmarket/identifiers';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import { type FieldError, ProblemError, validationProblem } from '../../http/problem.js';
import { objects } from '../../store/schema.js';

type Data = Record<string, unknown>;

/** The fields a caller may write on an employer (EmployerCreate / EmployerUpdate). */
export const EMPLOYER_WRITABLE = [
  'kind',
  'uscc',
  'legalName',
  'displayName',
  'legalRepresentative',
  'person',
  'registeredRegion',
  'location',
  'contactName',
  'contactMobile',
  'documents',
  'gigMarketId',
  'metadata',
] as const;

/** Fields that belong to the other kind of employer (Employer's conditional schema). */
export const FOREIGN_FIELDS: Record<string, string[]> = {
  ORGANIZATION: ['person'],
  INDIVIDUAL: ['uscc', 'legalName', 'legalRepresentative'],
};

/** EmployerEntityType from USCC positions 1–2 (GB 32100, E19). */
const ENTITY_TYPES: Record<string, string> = {
  '91': 'ENTERPRISE',
  '92': 'INDIVIDUAL_BUSINESS',
  '93': 'FARMER_COOPERATIVE',
  '11': 'GOVERNMENT_AGENCY',
  '12': 'PUBLIC_INSTITUTION',
  '13': 'MASS_ORGANIZATION',
  '51': 'SOCIAL_ORGANIZATION',
  '52': 'PRIVATE_NON_ENTERPRISE',
  '53': 'FOUNDATION',
};

export const entityTypeOf = (uscc: string) => ENTITY_TYPES[uscc.slice(0, 2)] ?? 'OTHER_ORGANIZATION';

/**
 * EmployerCreate's conditional schema, which the generated zod does not enforce: organisations need
 * `uscc`, `legalName` and `legalRepresentative`; households need `person` and `registeredRegion`;
 * neither may carry the other kind's identity fields.
 */
export function checkEmployerShape(body: Data): void {
  const organization = body.kind === 'ORGANIZATION';
  const required = organization
    ? ['uscc', 'legalName', 'legalRepresentative']
    : ['person', 'registeredRegion'];
  const forbidden = organization ? ['person'] : ['uscc', 'legalRepresentative'];
  const errors: FieldError[] = [
    ...required
      .filter((f) => body[f] === undefined)
      .map((f) => ({ pointer: `/${f}`, detail: `required for ${body.kind}`, code: 'required' })),
    ...forbidden
      .filter((f) => body[f] !== undefined)
      .map((f) => ({ pointer: `/${f}`, detail: `not allowed for ${body.kind}`, code: 'not_allowed' })),
  ];
  if (errors.length) throw validationProblem(errors);
}

/** A person as stored and read: the ID number only masked (EmployerPerson). */
export const maskedPerson = (person: Data) => ({
  name: person.name,
  idNumberMasked: maskResidentId(String(person.idNumber)),
});

/** The default display name: the legal name, or for households the surname + 先生/女士. */
export function defaultDisplayName(body: Data): string {
  if (body.kind === 'ORGANIZATION') return String(body.legalName).slice(0, 50);
  const person = body.person as Data;
  const title = genderFromResidentId(String(person.idNumber)) === 'MALE' ? '先生' : '女士';
  return `${String(person.name).slice(0, 1)}${title}`;
}

/**
 * Refuses a USCC, or a household hirer's ID number, that the tenant already registered (`409
 * conflict`, docs/domains/jobs-parties.md, Employers).
 */
export async function checkEmployerNotRegistered(
  ctx: OperationContext,
  tenantId: string,
  key: { uscc?: string; personIdNumber?: string },
  exceptId?: string,
): Promise<void> {
  const match = key.uscc
    ? sql`${objects.data}->>'uscc' = ${key.uscc}`
    : sql`${objects.internal}->>'personIdNumber' = ${key.personIdNumber ?? ''}`;
  const [existing] = await ctx.tx
    .select({ id: objects.id })
    .from(objects)
    .where(
      and(
        eq(objects.type, 'Employer'),
        eq(objects.tenantId, tenantId),
        match,
        exceptId ? ne(objects.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  if (existing)
    throw new ProblemError(
      409,
      'conflict',
      `Your tenant already registered ${key.uscc ? `USCC ${key.uscc}` : 'this household hirer'} as employer ${existing.id}; update that employer instead.`,
    );
}
