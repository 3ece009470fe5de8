import { autoReleaseAt, haversineMeters } from '@gigmarket/engine';
import { type OperationContext, shanghaiIso } from '../../context.js';
import { ruleViolation } from '../../http/problem.js';
import type { ActionOutcome } from '../../operations/definitions.js';
import { findById, type ObjectRow } from '../../store/objects.js';
import { ms, notNow, requireSide, rulesFor } from './assignment-model.js';

type Data = Record<string, unknown>;
type Geo = { lng: number; lat: number };

/** Check-in opens this long before `plannedStart` (jobs-work-orders.md, Attendance; PROPOSAL). */
const CHECK_IN_EARLY_MS = 30 * 60_000;
/** Device times further ahead of the server clock are refused (Attendance.at; PROPOSAL). */
const MAX_CLOCK_SKEW_MS = 10 * 60_000;

/** The stored attendance record: the request plus the server's distance and receipt time. */
async function attendanceRecord(ctx: OperationContext, row: ObjectRow, body: Data): Promise<Data> {
  const at = ms(body.at);
  if (at > ctx.nowDate.getTime() + MAX_CLOCK_SKEW_MS)
    throw ruleViolation(
      `Attendance time ${String(body.at)} is more than 10 minutes ahead of the server clock ${ctx.now} (Attendance.at, PROPOSAL).`,
    );
  const job = await findById(ctx.tx, String((row.data as Data).jobId));
  const place = ((job?.data as Data | undefined)?.location as { geo?: Geo } | undefined)?.geo;
  const geo = body.geo as Geo;
  return {
    at: shanghaiIso(new Date(at)),
    geo,
    method: body.method ?? 'APP_GPS',
    // Not refused when far away (> 500 m): shown to both sides as evidence instead.
    ...(place ? { distanceMeters: Math.round(haversineMeters(geo, place)) } : {}),
    recordedAt: ctx.now,
  };
}

/** `checkIn` (READY → IN_PROGRESS), worker side, from 30 minutes before `plannedStart` until `plannedEnd`. */
export async function checkIn(ctx: OperationContext, row: ObjectRow, body: Data): Promise<ActionOutcome> {
  requireSide(ctx, row, 'WORKER', 'check in');
  const data = row.data as Data;
  const now = ctx.nowDate.getTime();
  if (now < ms(data.plannedStart) - CHECK_IN_EARLY_MS || now > ms(data.plannedEnd))
    throw notNow(
      ctx,
      row,
      `Check-in to work order ${row.id} is allowed from 30 minutes before ${String(data.plannedStart)} until ${String(data.plannedEnd)}; it is ${ctx.now}.`,
    );
  return { to: 'IN_PROGRESS', data: { checkIn: await attendanceRecord(ctx, row, body) } };
}

/** `checkOut` (IN_PROGRESS → IN_PROGRESS): order time = check-out − check-in, working time = order + allowance (E8). */
export async function checkOut(ctx: OperationContext, row: ObjectRow, body: Data): Promise<ActionOutcome> {
  requireSide(ctx, row, 'WORKER', 'check out');
  const data = row.data as Data;
  const record = await attendanceRecord(ctx, row, body);
  const inAt = ms((data.checkIn as Data).at);
  if (ms(record.at) <= inAt)
    throw ruleViolation(
      `Check-out at ${String(record.at)} must be later than the check-in at ${String((data.checkIn as Data).at)} (Attendance.at).`,
    );
  const orderTimeMinutes = Math.round((ms(record.at) - inAt) / 60_000);
  return {
    to: 'IN_PROGRESS',
    data: {
      checkOut: record,
      orderTimeMinutes,
      workingTimeMinutes: orderTimeMinutes + Number(data.allowanceMinutes ?? 0),
    },
  };
}

/**
 * `submit` (IN_PROGRESS → COMPLETED_PENDING_CONFIRMATION), worker side, after a check-out (`422`).
 * `autoAcceptAt` = now + the escrow auto-release hours (engine rule, 72 h by default).
 */
export function submit(ctx: OperationContext, row: ObjectRow, body: Data): ActionOutcome {
  requireSide(ctx, row, 'WORKER', 'submit the work');
  const data = row.data as Data;
  if (!data.checkOut)
    throw ruleViolation(
      `Work order ${row.id} has no check-out; check out before submitting the work (assignments.submit).`,
    );
  const orderTimeMinutes =
    typeof body.orderTimeMinutes === 'number' ? body.orderTimeMinutes : Number(data.orderTimeMinutes ?? 0);
  return {
    to: 'COMPLETED_PENDING_CONFIRMATION',
    data: {
      orderTimeMinutes,
      workingTimeMinutes: orderTimeMinutes + Number(data.allowanceMinutes ?? 0),
      submittedAt: ctx.now,
      completionNote: typeof body.completionNote === 'string' ? body.completionNote : null,
      autoAcceptAt: autoReleaseAt(ctx.nowDate, rulesFor(ctx)),
    },
    internal: { evidenceUrls: body.evidenceUrls ?? [] },
  };
}
