import type { PGlite } from '@electric-sql/pglite';
import {
  backgroundTick,
  createApp,
  DEMO_CLIENTS,
  DEMO_STORY_DAYS,
  openDatabase,
  provisionClients,
  referenceBehaviour,
  seedDemoCity,
  seededIds,
} from '@gigmarket/server';
import { MOCK_EPOCH, MOCK_SERVER_CONFIG, SNAPSHOT_SEED } from '../config.js';
import { SeededState } from '../seeded-state.js';

/**
 * Builds the demo snapshot: a fresh in-memory PGlite, the server's migrations, the demo clients and
 * the demo city (`seedDemoCity`) played through the API with seeded ids so that it ends at
 * `MOCK_EPOCH`, then the data directory as a gzipped tar (`dumpDataDir`). Runs at package build time
 * (`pnpm build`), because an in-memory start with migrations and seeding takes seconds.
 *
 * @example
 * await writeFile('dist/demo-city.tar.gz', Buffer.from(await (await buildSnapshot()).arrayBuffer()));
 */
export async function buildSnapshot(): Promise<Blob> {
  const { db, close } = await openDatabase({});
  try {
    await provisionClients(db, DEMO_CLIENTS);
    const behaviour = referenceBehaviour();
    const ids = seededIds(SNAPSHOT_SEED);
    let now = new Date(MOCK_EPOCH.getTime() - DEMO_STORY_DAYS * 86_400_000);
    const clock = { now: () => now };
    const app = createApp({ db, clock, config: MOCK_SERVER_CONFIG, behaviour, ids: ids });
    // As `pastDemoClock`, but the background worker gets the seeded ids too, so that the objects
    // the time-based rules create are the same on every build.
    const demoClock = {
      now: () => now,
      travelTo: async (at: Date) => {
        if (at.getTime() <= now.getTime()) return;
        now = at;
        await backgroundTick({ db, clock, config: MOCK_SERVER_CONFIG, behaviour, ids });
      },
    };
    await seedDemoCity(app, { clock: demoClock });
    const client = (db as unknown as { $client: PGlite }).$client;
    // The seeded copy `reset()` restores from travels in the snapshot, so a mock need not make it.
    await SeededState.capture(client);
    // template0 is only ever copied by CREATE DATABASE, which a mock never runs: a third fewer
    // files to unpack on every start.
    await client.exec(`UPDATE pg_database SET datistemplate = false WHERE datname = 'template0'`);
    await client.exec('DROP DATABASE template0');
    await client.exec('VACUUM');
    await client.exec('CHECKPOINT');
    return await client.dumpDataDir('gzip');
  } finally {
    await close();
  }
}
