import { DEMO_CLIENTS } from './clients.js';
import { district } from './districts.js';
import { DEMO_JOBS } from './jobs.js';
import type { DemoRole } from './request.js';
import { iso } from './timeline.js';
import { type DemoWorld, pass, seeded } from './world.js';

type Data = Record<string, unknown>;
type Party = { role: string; party: { type: string; id: string } };

const orderOf = (world: DemoWorld, key: string) => seeded(world.assignments, key, 'work order');
const workerSide = (world: DemoWorld, key: string) =>
  seeded(world.workers, orderOf(world, key).workerKey, 'worker').by;

/** Who signs for a contract party: the worker's tenant, the job owner, or a named platform tenant. */
function signerFor(world: DemoWorld, key: string, party: Party): DemoRole {
  if (party.role === 'WORKER') return workerSide(world, key);
  const tenant = DEMO_CLIENTS.find((c) => c.tenantId === party.party.id);
  return (tenant?.role as DemoRole | undefined) ?? orderOf(world, key).by;
}

/**
 * E-contracts (电子劳务协议, E9) for work orders: drafted by the job owner, then, once the server
 * has rendered and sent them (DRAFT → SENT, a background rule), signed by every party with a
 * reliable e-signature after a face check minutes earlier. The last signature makes each SIGNED.
 */
export async function signContracts(world: DemoWorld, keys: string[]): Promise<void> {
  const drafted: Array<[string, Data]> = [];
  for (const key of keys) {
    const order = orderOf(world, key);
    const contract = await world.api.as(order.by)<Data>('POST', '/contracts', {
      assignmentId: order.id,
      agreementType: 'SERVICE_AGREEMENT',
      templateId: 'ZJ-HZ-LABOUR-SERVICE',
      templateVersion: '2024.1',
    });
    drafted.push([key, contract]);
  }
  await pass(world, 5);
  const now = world.clock.now().getTime();
  for (const [key, contract] of drafted)
    for (const [i, party] of (contract.parties as Party[]).entries())
      await world.api.as(signerFor(world, key, party))('POST', `/contracts/${contract.id}/sign`, {
        role: party.role,
        documentHash: contract.documentHash,
        certificateSerial: `4C2A9E7D${String(i).padStart(8, '0')}`,
        certificateIssuer: '浙江省数字安全证书管理有限公司',
        signedAt: iso(new Date(now)),
        method: 'RELIABLE_E_SIGNATURE',
        identityAuthMethod: 'FACE_RECOGNITION',
        identityAuthenticatedAt: iso(new Date(now - 60_000)),
        intentConfirmation: { method: 'SMS_CODE', at: iso(new Date(now - 30_000)) },
      });
}

/** Per-order accident cover paid by the employer (Sanming model, seed 001): quoted, then bound. */
export async function insure(world: DemoWorld, key: string): Promise<void> {
  const order = orderOf(world, key);
  const job = seeded(world.jobs, order.jobKey, 'job');
  const call = world.api.as(order.by);
  const quote = await call<Data>('POST', '/insurance-quotes', {
    productId: world.productId,
    assignmentId: order.id,
    payer: 'EMPLOYER',
  });
  await call('POST', '/insurance-policies', {
    quoteId: quote.id,
    payer: { kind: 'EMPLOYER', id: job.employerId },
    ...(job.escrowId ? { escrowId: job.escrowId } : {}),
  });
}

const geoOf = (world: DemoWorld, key: string) => {
  const j = DEMO_JOBS.find((row) => row.key === orderOf(world, key).jobKey);
  const place = district(j?.district ?? '330110');
  return { lng: place.lng, lat: place.lat, crs: 'GCJ02' };
};

/** The worker clocks in by app GPS at the site; the caller has moved the clock there. */
export async function checkIn(world: DemoWorld, key: string): Promise<void> {
  await world.api.as(workerSide(world, key))('POST', `/assignments/${orderOf(world, key).id}/check-in`, {
    at: iso(world.clock.now()),
    geo: geoOf(world, key),
    method: 'APP_GPS',
  });
}

/** The worker clocks out and submits the work for the employer's confirmation. */
export async function finish(world: DemoWorld, key: string, note: string): Promise<void> {
  const call = world.api.as(workerSide(world, key));
  const id = orderOf(world, key).id;
  await call('POST', `/assignments/${id}/check-out`, {
    at: iso(world.clock.now()),
    geo: geoOf(world, key),
    method: 'APP_GPS',
  });
  await call('POST', `/assignments/${id}/submit`, { completionNote: note });
}

/** An employer-side action on a work order: confirm, dispute, cancel or mark-no-show. */
export async function employerActs(
  world: DemoWorld,
  key: string,
  action: 'confirm' | 'dispute' | 'cancel' | 'mark-no-show',
  body: Data,
): Promise<void> {
  const order = orderOf(world, key);
  await world.api.as(order.by)('POST', `/assignments/${order.id}/${action}`, body);
}
