import { eq } from 'drizzle-orm';
import { toBase64Url } from '../web/base64.js';
import { randomBytes } from '../web/web-crypto.js';
import type { Database } from './database.js';
import { settings } from './schema.js';

/**
 * The token-signing secret of a deployment that did not configure one: generated once and kept in
 * the database, so restarts keep issued tokens valid and every instance on one database agrees.
 */
export async function persistentSecret(db: Database, key = 'server.tokenSecret'): Promise<string> {
  const fresh = toBase64Url(randomBytes(32));
  await db.insert(settings).values({ key, value: fresh }).onConflictDoNothing();
  const [row] = await db.select().from(settings).where(eq(settings.key, key));
  return String(row?.value ?? fresh);
}
