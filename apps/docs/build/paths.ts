import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the site's inputs and generated outputs live. Everything under `GENERATED` paths is written
 * at build time and gitignored (apps/docs/.gitignore): `docs/` at the repository root stays the single
 * source of the standard's prose.
 */
export const DOCS_APP = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_ROOT = resolve(DOCS_APP, '../..');
/** The standard's normative prose, synced into the site on every build. */
export const STANDARD_SOURCE = join(REPO_ROOT, 'docs');
/** VitePress `srcDir`: hand-written pages plus the generated folders below. */
export const SITE_SRC = join(DOCS_APP, 'src');
/** The built site (turbo caches `dist/**`). */
export const SITE_DIST = join(DOCS_APP, 'dist');

export const GENERATED = {
  /** zh-CN standard pages: a Chinese introduction, then the English text. */
  standardZh: join(SITE_SRC, 'standard'),
  standardEn: join(SITE_SRC, 'en', 'standard'),
  /** typedoc-plugin-markdown output (English: it is rendered from the SDK's JSDoc). */
  sdkReference: join(SITE_SRC, 'en', 'sdk-reference'),
  /** State-machine diagrams rendered to SVG, named by the hash of their mermaid source. */
  diagrams: join(SITE_SRC, 'public', 'diagrams'),
  /** Scalar's standalone page with the bundled spec inlined. */
  apiReference: join(SITE_SRC, 'public', 'api-reference'),
} as const;

/** URL paths of the generated assets, as the pages link to them. */
export const PUBLIC_URL = {
  diagrams: '/diagrams/',
  apiReference: '/api-reference/index.html',
} as const;
