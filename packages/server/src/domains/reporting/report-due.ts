import { and, eq, inArray, sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import type { Sweep } from '../../operations/definitions.js';
import { credentials, events, objects } from '../../store/schema.js';
import { addDays, periodBounds, REPORT_DUE_DAYS, today } from './periods.js';

type Data = Record<string, unknown>;
/** Reminder lead times (reporting.md, report.due; PROPOSAL). */
const UPCOMING_DAYS = 7;
const RESUBMISSION_DAYS = 3;
const ROLE_OF: Record<string, string> = {
  platform: 'PLATFORM_ENTERPRISE',
  hr_agency: 'COOPERATING_ENTERPRISE',
};

/** The half year whose report is due next or was due last: the latest ended one. */
function lastEndedHalf(date: string): string {
  const year = Number(date.slice(0, 4));
  return date.slice(5) >= '07-01' ? `${year}H1` : `${year - 1}H2`;
}

/**
 * Sends a notice once (the feed is the record of what was sent). A notice has no id of its own; it
 * is filed under the returned report, or the tenant that must report (`events.list` `objectId`).
 */
async function notify(ctx: OperationContext, notice: Data, visibleTo: string[]) {
  const [sent] = await ctx.tx
    .select({ id: events.id })
    .from(events)
    .where(
      and(eq(events.type, 'report.due'), sql`${events.data}->'object' @> ${JSON.stringify(notice)}::jsonb`),
    )
    .limit(1);
  const objectId = String(notice.employmentReportId ?? notice.reporterTenantId);
  if (!sent) await ctx.emit('report.due', notice, { visibleTo, objectId });
}

/**
 * `report.due` (reporting.md): `UPCOMING` 7 days before `dueDate` and `OVERDUE` after it to every
 * platform or cooperating enterprise that had work in a prefecture in the period and has not
 * reported (regulators get the overdue ones too), and `RESUBMISSION_DUE` 3 days before `resubmitBy`.
 */
export const reportDueSweep: Sweep = async (ctx) => {
  const date = today(ctx.nowDate);
  const period = lastEndedHalf(date);
  const { start, end } = periodBounds(period);
  const dueDate = addDays(end, REPORT_DUE_DAYS);
  const clients = await ctx.tx.select().from(credentials);
  const roleOf = new Map(clients.map((c) => [c.tenantId, c.role]));
  const regulators = [...new Set(clients.filter((c) => c.role === 'regulator').map((c) => c.tenantId))];
  if (date >= addDays(dueDate, -UPCOMING_DAYS)) {
    const work = await ctx.tx
      .select({ tenantId: objects.tenantId, data: objects.data })
      .from(objects)
      .where(
        and(
          eq(objects.type, 'Job'),
          sql`${objects.data}->>'publishedAt' >= ${start}`,
          sql`${objects.data}->>'publishedAt' <= ${`${end}T23:59:59+08:00`}`,
        ),
      );
    const reports = await ctx.tx
      .select({ tenantId: objects.tenantId, data: objects.data })
      .from(objects)
      .where(eq(objects.type, 'EmploymentReport'));
    const due = new Set<string>();
    for (const w of work) {
      const role = ROLE_OF[roleOf.get(w.tenantId) ?? ''];
      const county = String(((w.data as Data).location as Data | undefined)?.region ?? '');
      if (role && county.length === 6) due.add(`${w.tenantId}|${county.slice(0, 4)}00|${role}`);
    }
    for (const key of due) {
      const [tenantId, region, reporterRole] = key.split('|') as [string, string, string];
      const reported = reports.some((r) => {
        const d = r.data as Data;
        return (
          r.tenantId === tenantId &&
          d.region === region &&
          d.period === period &&
          d.reporterRole === reporterRole
        );
      });
      if (reported) continue;
      const overdue = date > dueDate;
      const notice = {
        reason: overdue ? 'OVERDUE' : 'UPCOMING',
        reporterTenantId: tenantId,
        region,
        period,
        reporterRole,
        dueDate,
        employmentReportId: null,
      };
      await notify(ctx, notice, overdue ? [tenantId, ...regulators] : [tenantId]);
    }
  }
  const returned = await ctx.tx
    .select()
    .from(objects)
    .where(and(eq(objects.type, 'EmploymentReport'), inArray(objects.status, ['RETURNED'])));
  for (const r of returned) {
    const d = r.data as Data;
    const resubmitBy = String((d.lastReturn as Data).resubmitBy);
    if (date < addDays(resubmitBy, -RESUBMISSION_DAYS)) continue;
    const notice = {
      reason: 'RESUBMISSION_DUE',
      reporterTenantId: r.tenantId,
      region: d.region,
      period: d.period,
      reporterRole: d.reporterRole,
      dueDate: resubmitBy,
      employmentReportId: r.id,
    };
    await notify(ctx, notice, [r.tenantId]);
  }
};
