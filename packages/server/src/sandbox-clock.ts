import { eq } from 'drizzle-orm';
import type { Tx } from './store/objects.js';
import { settings } from './store/schema.js';

const KEY = 'sandbox.clockOffsetSeconds';

/** How far the sandbox clock is ahead of real time; shared by every instance through the database. */
export async function sandboxOffsetSeconds(tx: Tx): Promise<number> {
  const [row] = await tx.select().from(settings).where(eq(settings.key, KEY));
  return typeof row?.value === 'number' ? row.value : 0;
}

/** Moves the sandbox clock forward (never back). */
export async function setSandboxOffset(tx: Tx, seconds: number): Promise<void> {
  await tx
    .insert(settings)
    .values({ key: KEY, value: seconds })
    .onConflictDoUpdate({ target: settings.key, set: { value: seconds } });
}
