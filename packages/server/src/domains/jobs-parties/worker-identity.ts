import { ruleViolation } from '../../http/problem.js';
import type { CustomHandler } from '../../operations/definitions.js';
import { saveObject } from '../../store/objects.js';
import { findWorkerRow } from './lookup.js';
import { requireGigMarket } from './references.js';
import { presentWorker, type WorkerInternal } from './worker-view.js';

type Data = Record<string, unknown>;

/** How old a reported check may be when it is recorded (docs/domains/jobs-parties.md, Real-name check). */
const MAX_CHECK_AGE_MS = 24 * 3600_000;
/** Methods that need a Chinese resident or social-security identity, which passport holders lack. */
const NOT_FOR_PASSPORTS = new Set(['SOCIAL_SECURITY_CARD', 'GOV_APP']);

/**
 * `POST /workers/{workerId}/verify-identity` (实名核验, seed 001): records the caller's successful
 * check as `identityVerification` (a command: no status changes). A later check replaces the record;
 * the previous ones stay in the worker's history for audits.
 */
export const workersVerifyIdentity: CustomHandler = async (ctx) => {
  const row = await findWorkerRow(ctx, ctx.path.workerId as string, ctx.visibility, true);
  const body = (ctx.body ?? {}) as Data;
  const data = row.data as Data;
  const method = String(body.method);
  if (data.idDocType === 'PASSPORT' && NOT_FOR_PASSPORTS.has(method))
    throw ruleViolation(
      `${method} cannot check a PASSPORT holder: it needs a Chinese resident identity (docs/domains/jobs-parties.md, Real-name check). Use ID_OCR_FACE or ID_CARD_READER.`,
    );
  const verifiedAt = typeof body.verifiedAt === 'string' ? body.verifiedAt : ctx.now;
  const at = Date.parse(verifiedAt);
  if (at > ctx.nowDate.getTime())
    throw ruleViolation(`verifiedAt ${verifiedAt} is in the future; record a check only after it succeeded.`);
  if (at < ctx.nowDate.getTime() - MAX_CHECK_AGE_MS)
    throw ruleViolation(
      `verifiedAt ${verifiedAt} is more than 24 hours ago; a real-name check must be recorded within 24 hours (docs/domains/jobs-parties.md).`,
    );
  if (typeof body.gigMarketId === 'string') await requireGigMarket(ctx, body.gigMarketId);
  const verification: Data = {
    method,
    verifiedAt,
    verifiedBy: ctx.caller?.tenantId,
    ...(typeof body.gigMarketId === 'string' ? { gigMarketId: body.gigMarketId } : {}),
    ...(typeof body.providerReference === 'string' ? { providerReference: body.providerReference } : {}),
  };
  const internal = row.internal as WorkerInternal;
  const saved = await saveObject(
    ctx.tx,
    row,
    {
      data: { ...data, identityVerification: verification },
      internal: {
        ...internal,
        verificationHistory: [
          ...(internal.verificationHistory ?? []),
          { ...verification, recordedAt: ctx.now },
        ],
      },
    },
    ctx.now,
  );
  return { body: presentWorker(ctx, saved) };
};
