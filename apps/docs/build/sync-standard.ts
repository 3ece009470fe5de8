import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import { GENERATED, PUBLIC_URL, STANDARD_SOURCE } from './paths.js';
import { diagramFileName } from './render-mermaid.js';
import { STANDARD_PAGES, type StandardPage } from './standard-pages.js';

const MERMAID_BLOCK = /(?:<!-- state-machine: (\w+) -->\n)?```mermaid\n([\s\S]*?)\n```/g;
const MARKDOWN_LINK = /(?<!!)\[([^\]]+)\]\(([^)\s]+)\)/g;

/** `docs/` path → site path, for the pages the site publishes. */
const SITE_PATH = new Map(STANDARD_PAGES.map((page) => [page.source, `${page.slug}.md`]));

/**
 * Rewrites a page's relative links: to a published page they point at its site path (README.md is
 * the section's index, CHANGELOG.md is changelog.md); to anything else in the repository (openapi/,
 * decisions/) they become plain text, since the site does not serve those files.
 */
export function rewriteLinks(markdown: string, source: string): string {
  return markdown.replace(MARKDOWN_LINK, (whole, text: string, target: string) => {
    if (/^([a-z]+:|#)/i.test(target)) return whole;
    const [path = '', anchor] = target.split('#');
    const resolved = posix.normalize(posix.join(posix.dirname(source), path));
    const sitePath = SITE_PATH.get(resolved);
    if (!sitePath) return text;
    const from = posix.dirname(SITE_PATH.get(source) ?? source);
    const relative = posix.relative(from, sitePath);
    return `[${text}](${relative.startsWith('.') ? relative : `./${relative}`}${anchor ? `#${anchor}` : ''})`;
  });
}

/** Replaces each mermaid block by the SVG rendered from it; collects the sources to render. */
export function replaceDiagrams(markdown: string, diagrams: Set<string>): string {
  return markdown.replace(MERMAID_BLOCK, (_whole, name: string | undefined, source: string) => {
    diagrams.add(source);
    const alt = name ? `${name} state machine` : 'diagram';
    return `![${alt}](${PUBLIC_URL.diagrams}${diagramFileName(source)})`;
  });
}

function zhPage(page: StandardPage, english: string): string {
  // The English H1 becomes a second-level heading under the Chinese title.
  const body = english.replace(/^# (.*)$/m, '## 规范原文（英文）：$1');
  return `---\ntitle: ${page.zhTitle}\n---\n\n# ${page.zhTitle}\n\n::: info 中文导读\n${page.zhIntro}\n\n本页以下内容为标准的英文规范原文（与英文站点同源，构建时从仓库的 \`docs/\` 目录同步），术语对照见[术语表](/glossary)。\n:::\n\n${body}`;
}

function enPage(english: string): string {
  return `<!-- Generated from docs/ at build time: edit the source there. -->\n\n${english}`;
}

/**
 * Writes the standard's pages for both locales from `docs/` and returns the mermaid sources they
 * use. Both output folders are emptied first, so a page removed from `docs/` leaves the site.
 */
export async function syncStandard(): Promise<string[]> {
  const diagrams = new Set<string>();
  await rm(GENERATED.standardEn, { recursive: true, force: true });
  await rm(GENERATED.standardZh, { recursive: true, force: true });
  for (const page of STANDARD_PAGES) {
    const raw = await readFile(join(STANDARD_SOURCE, page.source), 'utf8');
    const english = rewriteLinks(replaceDiagrams(raw, diagrams), page.source);
    for (const [dir, content] of [
      [GENERATED.standardEn, enPage(english)],
      [GENERATED.standardZh, zhPage(page, english)],
    ] as const) {
      const file = join(dir, `${page.slug}.md`);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, content);
    }
  }
  return [...diagrams];
}
