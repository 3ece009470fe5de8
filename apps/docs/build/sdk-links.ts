import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { GENERATED } from './paths.js';
import { STANDARD_PAGES } from './standard-pages.js';

const MEDIA_LINK = /\[([^\]]+)\]\((?:\.\.\/)+_media\/([^)#\s]+)(#[^)\s]*)?\)/g;

/** `docs/` file name → its page in the site's English standard. */
const STANDARD_BY_FILE = new Map(
  STANDARD_PAGES.map((page) => [
    basename(page.source),
    `/en/standard/${page.slug === 'index' ? '' : page.slug}`,
  ]),
);

/**
 * typedoc copies every local file a README links to into `_media/` (other packages' READMEs,
 * `docs/conventions.md`, …) with the links inside them left pointing at the repository. The site
 * already publishes the standard's pages, so a link to one of those goes to the site's page; any
 * other `_media` link becomes plain text, and the copies are deleted.
 */
export function rewriteMediaLinks(markdown: string): string {
  return markdown.replace(MEDIA_LINK, (_whole, text: string, file: string, anchor: string | undefined) => {
    const page = STANDARD_BY_FILE.get(file);
    return page ? `[${text}](${page}${anchor ?? ''})` : text;
  });
}

export async function fixSdkReferenceLinks(): Promise<void> {
  await rm(join(GENERATED.sdkReference, '_media'), { recursive: true, force: true });
  const files = (await readdir(GENERATED.sdkReference, { recursive: true })).filter((file) =>
    file.endsWith('.md'),
  );
  for (const file of files) {
    const path = join(GENERATED.sdkReference, file);
    const markdown = await readFile(path, 'utf8');
    const fixed = rewriteMediaLinks(markdown);
    if (fixed !== markdown) await writeFile(path, fixed);
  }
}
