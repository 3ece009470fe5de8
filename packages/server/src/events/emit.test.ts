import { schemas as common } from '@gigmarket/core/validation';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededIds } from '../ids.js';
import { type Database, openDatabase } from '../store/database.js';
import { events, objects, webhookDeliveries } from '../store/schema.js';
import { emitterFor } from './emit.js';

const NOW = '2025-07-01T09:00:00+08:00';
const NOW_MS = Date.parse(NOW);
let db: Database;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ db, close } = await openDatabase({}));
  // One subscriber to creditProfile.changed, so the outbox gets a delivery.
  await db.insert(objects).values({
    id: 'whs_01J2ZK6T3M8Q4R5S6T7V8W9X0Y',
    type: 'WebhookSubscription',
    tenantId: 'ten_A',
    status: 'ACTIVE',
    data: { eventTypes: ['creditProfile.changed'] },
    createdAt: NOW,
    updatedAt: NOW,
  });
});
afterAll(() => close());

// One generator for the file, as one server has one: a fresh one per call would repeat ids.
const ids = seededIds(1);
const emit = (defaultVisibleTo: string[] = ['ten_A']) =>
  emitterFor(db, { now: NOW, nowMs: NOW_MS, ids, defaultVisibleTo });
const eventOf = async (objectId: string) => {
  const [row] = await db.select().from(events).where(eq(events.objectId, objectId));
  if (!row) throw new Error(`no event about ${objectId}`);
  return row;
};

describe('ctx.emit', () => {
  it('carries previousStatus for a status change, in the envelope of common/Event.yaml', async () => {
    await emit()('escrow.released', { id: 'esc_1', status: 'RELEASED' }, { previousStatus: 'RELEASING' });
    const row = await eventOf('esc_1');
    expect(row.data).toEqual({ object: { id: 'esc_1', status: 'RELEASED' }, previousStatus: 'RELEASING' });
    const envelope = { id: row.id, type: row.type, occurredAt: NOW, data: row.data };
    expect(common.zEvent.safeParse(envelope).success).toBe(true);
    expect(row.visibleTo).toEqual(['ten_A']);
  });

  it('carries data.previous, about the object named when the object has no id', async () => {
    const profile = { subject: { type: 'WORKER', id: 'wkr_1' }, score: 620, grade: 'B' };
    const previous = { score: 600, grade: 'B', badges: [], effects: {} };
    await emit()('creditProfile.changed', profile, {
      previous,
      objectId: 'wkr_1',
      visibleTo: ['ten_A', 'ten_R', 'ten_A'],
    });
    const row = await eventOf('wkr_1');
    expect(row.data).toEqual({ object: profile, previous });
    expect(row.visibleTo).toEqual(['ten_A', 'ten_R']);
    const deliveries = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.eventId, row.id));
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]?.id).toMatch(/^whd_/);
  });

  it('adds neither member when none is given, and goes to nobody for the system', async () => {
    await emit([])('job.published', { id: 'job_1' });
    const row = await eventOf('job_1');
    expect(row.data).toEqual({ object: { id: 'job_1' } });
    expect(row.visibleTo).toEqual([]);
    expect(row.id).toMatch(/^evt_/);
  });
});
