import { sql } from 'drizzle-orm';
import { shanghaiIso } from '../../context.js';
import type { CustomHandler, ResourceDefinition } from '../../operations/definitions.js';
import { listResource } from '../../operations/generic.js';
import { objects } from '../../store/schema.js';
import { createAssignment } from './assignment-create.js';
import { checkIn, checkOut, submit } from './attendance.js';
import { cancel, markNoShow } from './calling-off.js';
import { confirm, dispute } from './completion.js';

/**
 * Work orders (派工单, docs/domains/jobs-work-orders.md). The employer side owns them, the worker
 * side is a party; both sides and regulators read them whole (attendance points included).
 */
export const assignments: ResourceDefinition = {
  type: 'Assignment',
  // assignments.list: newest `plannedStart` first
  listOrder: { fields: ['plannedStart'], direction: 'desc' },
  prefix: 'asg',
  label: 'work order',
  create: createAssignment,
  actions: { checkIn, checkOut, submit, confirm, dispute, cancel, markNoShow },
  events: {
    COMPLETED_PENDING_CONFIRMATION: 'assignment.completed',
    ACCEPTED: 'assignment.confirmed',
  },
};

/**
 * `GET /assignments`: the generic list plus the `plannedStartFrom` / `plannedStartTo` range, which
 * is not a field-equality filter. Stored instants are all `+08:00`, so text order is time order.
 */
export const assignmentsList: CustomHandler = (ctx) => {
  const { plannedStartFrom, plannedStartTo, ...query } = ctx.query;
  const bound = (v: unknown) => shanghaiIso(new Date(String(v)));
  return listResource(
    {
      ...assignments,
      listFilters: () => [
        plannedStartFrom ? sql`${objects.data}->>'plannedStart' >= ${bound(plannedStartFrom)}` : undefined,
        plannedStartTo ? sql`${objects.data}->>'plannedStart' < ${bound(plannedStartTo)}` : undefined,
      ],
    },
    { ...ctx, query },
  );
};
