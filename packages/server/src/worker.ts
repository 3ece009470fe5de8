import type { Clock, OperationContext, ServerConfig } from './context.js';
import { shanghaiIso } from './context.js';
import { deliverDue } from './events/deliver.js';
import { emitterFor } from './events/emit.js';
import { type IdGenerator, randomIds } from './ids.js';
import type { Behaviour } from './operations/definitions.js';
import { sandboxOffsetSeconds } from './sandbox-clock.js';
import { operationRegistry } from './spec/registry.js';
import type { Database } from './store/database.js';

/**
 * One round of background work: every sweep (time-based rules) in one transaction as the system,
 * then due webhook deliveries. Any number of instances may run it at once: sweeps lock the rows
 * they move, deliveries are claimed with SKIP LOCKED.
 */
export async function backgroundTick(options: {
  db: Database;
  clock: Clock;
  config: ServerConfig;
  behaviour: Behaviour;
  fetch?: typeof fetch;
  /** The server's id generator (`createApp`'s `ids`); `randomIds()` by default. */
  ids?: IdGenerator;
}): Promise<{ delivered: number }> {
  const { db, clock, config, behaviour, ids = randomIds() } = options;
  const offset = config.sandbox ? await sandboxOffsetSeconds(db) : 0;
  const nowDate = new Date(clock.now().getTime() + offset * 1000);
  const discovery = operationRegistry().get('discovery.get');
  await db.transaction(async (tx) => {
    const now = shanghaiIso(nowDate);
    const ctx: OperationContext = {
      op: discovery as NonNullable<typeof discovery>,
      caller: null,
      visibility: 'all',
      tx,
      now,
      nowDate,
      config,
      path: {},
      query: {},
      body: undefined,
      fetch: options.fetch ?? globalThis.fetch,
      runSweeps: async () => {},
      newId: (prefix) => ids(prefix, nowDate.getTime()),
      emit: emitterFor(tx, { now, nowMs: nowDate.getTime(), ids, defaultVisibleTo: [] }),
    };
    for (const sweep of behaviour.sweeps) await sweep(ctx);
  });
  const delivered = await deliverDue(db, {
    fetch: options.fetch ?? globalThis.fetch,
    now: () => nowDate,
    wallClock: () => clock.now(),
  });
  return { delivered };
}
