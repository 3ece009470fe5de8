import { and, eq } from 'drizzle-orm';
import { shanghaiIso } from '../../context.js';
import { notFound, ProblemError, ruleViolation } from '../../http/problem.js';
import type { CustomHandler, Sweep } from '../../operations/definitions.js';
import { allowedActions } from '../../spec/state-machines.js';
import { findById, findVisible, saveObject, visibleTo } from '../../store/objects.js';
import { objects } from '../../store/schema.js';
import { toBase64 } from '../../web/base64.js';
import { type Side, sidesOf } from './assignment-model.js';
import { evidence, sha256 } from './contract-lifecycle.js';
import { promoteIfReady } from './readiness.js';

type Data = Record<string, unknown>;
type Party = Data & { role: string; party: { type: string; id: string }; signatureStatus: string };

/** The identity check may be at most this long before the signature (ContractSignRequest; PROPOSAL). */
const IDENTITY_CHECK_MAX_AGE_MS = 30 * 60_000;
/** The time-stamp authority named in the tokens this server issues. */
const TSA = 'Gig Market Standard reference server (simulated RFC 3161 TSA)';

/** Whether the caller may sign for a party: its side of the work order, or the tenant itself. */
async function actsFor(
  ctx: Parameters<CustomHandler>[0],
  party: Party,
  assignmentId: string,
): Promise<boolean> {
  if (party.role === 'COOPERATING_ENTERPRISE' || party.role === 'PLATFORM')
    return ctx.caller?.tenantId === party.party.id;
  const assignment = await findById(ctx.tx, assignmentId);
  return Boolean(assignment && sidesOf(ctx, assignment).includes(party.role as Side));
}

/**
 * `contracts.sign`: one party's reliable e-signature (E9). Allowed in `SENT`, once per party, for
 * the party the caller acts for (`403`), over the contract's own `documentHash` (`422`). The last
 * signature timestamps the document and makes the contract `SIGNED` (a trigger of the machine),
 * and the work order becomes `READY` if its insurance is bound too.
 */
export const contractsSign: CustomHandler = async (ctx) => {
  const id = String(ctx.path.contractId);
  const row = await findVisible(ctx.tx, 'Contract', id, visibleTo(ctx.caller, ctx.visibility), true);
  if (!row) throw notFound('contract', id);
  if (row.status !== 'SENT') {
    const allowed = ctx.op.machine ? allowedActions(ctx.op.machine, row.status ?? '') : [];
    throw new ProblemError(
      409,
      'invalid-transition',
      `Cannot sign contract ${id} while it is ${row.status}. Allowed now: ${allowed.join(', ') || 'nothing'}.`,
      {
        currentState: row.status,
        allowedActions: allowed,
      },
    );
  }
  const body = ctx.body as Data;
  const data = row.data as Data;
  const parties = data.parties as Party[];
  const signer = parties.find((p) => p.role === body.role);
  if (!signer) throw ruleViolation(`Contract ${id} has no ${String(body.role)} party.`);
  if (!(await actsFor(ctx, signer, String(data.assignmentId))))
    throw new ProblemError(
      403,
      'forbidden',
      `You do not act for the ${signer.role} party of contract ${id}.`,
    );
  if (signer.signatureStatus === 'SIGNED')
    throw new ProblemError(409, 'conflict', `The ${signer.role} party already signed contract ${id}.`);
  if (body.documentHash !== data.documentHash)
    throw ruleViolation(
      `documentHash does not match contract ${id}'s document ${String(data.documentHash)}; sign the document the other parties see (E9).`,
    );
  const signedAt = shanghaiIso(new Date(String(body.signedAt)));
  const authAt = body.identityAuthenticatedAt
    ? shanghaiIso(new Date(String(body.identityAuthenticatedAt)))
    : signedAt;
  const authAge = new Date(signedAt).getTime() - new Date(authAt).getTime();
  if (authAge < 0 || authAge > IDENTITY_CHECK_MAX_AGE_MS)
    throw ruleViolation(
      'identityAuthenticatedAt must be at most 30 minutes before signedAt (ContractSignRequest, PROPOSAL).',
    );
  const record = {
    contractId: id,
    documentHash: data.documentHash,
    certificateSerial: body.certificateSerial,
  };
  const intent = body.intentConfirmation as { method: string; at: string } | undefined;
  const chain = [
    ...(data.evidenceChain as Data[]),
    await evidence('IDENTITY_AUTHENTICATION', authAt, record, signer.role, String(body.identityAuthMethod)),
    ...(intent
      ? [
          await evidence(
            'INTENT_CONFIRMATION',
            shanghaiIso(new Date(intent.at)),
            record,
            signer.role,
            intent.method,
          ),
        ]
      : []),
    await evidence('SIGNATURE', signedAt, record, signer.role, 'RELIABLE_E_SIGNATURE'),
  ];
  const signed = parties.map((p) =>
    p === signer
      ? {
          ...p,
          signatureStatus: 'SIGNED',
          signedAt,
          certificateSerial: body.certificateSerial,
          certificateIssuer: body.certificateIssuer,
          identityAuthMethod: body.identityAuthMethod,
        }
      : p,
  );
  const complete = signed.every((p) => p.signatureStatus === 'SIGNED');
  const changes: Data = { parties: signed, evidenceChain: chain };
  if (complete) {
    const token = toBase64(JSON.stringify({ tsa: TSA, messageImprint: data.documentHash, genTime: ctx.now }));
    changes.trustedTimestamp = { tsa: TSA, token, at: ctx.now };
    changes.signedAt = signed
      .map((p) => String(p.signedAt))
      .sort()
      .at(-1);
    chain.push(await evidence('TIMESTAMP', ctx.now, { token: await sha256(token) }));
    chain.push(
      await evidence('NOTIFICATION', ctx.now, { contractId: id, signed: true }, 'WORKER', 'APP_MESSAGE'),
    );
  }
  const saved = await saveObject(
    ctx.tx,
    row,
    { status: complete ? 'SIGNED' : 'SENT', data: { ...data, ...changes } },
    ctx.now,
  );
  if (complete) await promoteIfReady(ctx, String(data.assignmentId));
  return { body: saved.data };
};

/**
 * DRAFT → SENT: the document was rendered and hashed at creation; notifying the parties (and
 * recording it in the evidence chain and `notifiedAt`, E9) happens here, after the request.
 */
export const contractRenderingSweep: Sweep = async (ctx) => {
  const drafts = await ctx.tx
    .select()
    .from(objects)
    .where(and(eq(objects.type, 'Contract'), eq(objects.status, 'DRAFT')))
    .for('update', { skipLocked: true });
  for (const row of drafts) {
    const data = row.data as Data;
    const notices = await Promise.all(
      (data.parties as Party[]).map((p) =>
        evidence(
          'NOTIFICATION',
          ctx.now,
          { contractId: row.id, documentHash: data.documentHash },
          p.role,
          'APP_MESSAGE',
        ),
      ),
    );
    await saveObject(
      ctx.tx,
      row,
      {
        status: 'SENT',
        data: {
          ...data,
          notifiedAt: ctx.now,
          evidenceChain: [...(data.evidenceChain as Data[]), ...notices],
        },
      },
      ctx.now,
    );
  }
};
