import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { launchChromium } from './chromium.js';

const require = createRequire(import.meta.url);
/** The IIFE bundle defines `window.mermaid` and needs no other file, so nothing is fetched. */
const MERMAID_BUNDLE = join(dirname(require.resolve('mermaid')), 'mermaid.min.js');
const MERMAID_VERSION = (require('mermaid/package.json') as { version: string }).version;

/** The file name of a diagram: the same source and mermaid version always give the same name. */
export function diagramFileName(source: string): string {
  const hash = createHash('sha256').update(`${MERMAID_VERSION}\n${source}`).digest('hex');
  return `${hash.slice(0, 16)}.svg`;
}

/**
 * Renders mermaid sources to SVG files in `outDir`, in headless Chromium, because mermaid measures
 * text in a real DOM. Files that already exist are kept (their name is their content hash), so a
 * rebuild with unchanged diagrams does not start a browser; files no page uses any more are removed.
 */
export async function renderDiagrams(sources: readonly string[], outDir: string): Promise<number> {
  await mkdir(outDir, { recursive: true });
  const wanted = new Map(sources.map((source) => [diagramFileName(source), source]));
  for (const file of await readdir(outDir)) if (!wanted.has(file)) await rm(join(outDir, file));
  const missing = [...wanted].filter(([file]) => !existsSync(join(outDir, file)));
  if (missing.length === 0) return 0;

  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ path: MERMAID_BUNDLE });
    const svgs = await page.evaluate(
      async (definitions: string[]) => {
        const { mermaid } = globalThis as unknown as {
          mermaid: {
            initialize(config: object): void;
            render(id: string, text: string): Promise<{ svg: string }>;
          };
        };
        // SVG text labels, not HTML in foreignObject: the files are shown as <img>, where plain SVG
        // is the most faithful; strict security keeps click handlers and HTML out of labels.
        mermaid.initialize({
          startOnLoad: false,
          securityLevel: 'strict',
          htmlLabels: false,
          theme: 'default',
        });
        const out: string[] = [];
        for (const [index, definition] of definitions.entries()) {
          out.push((await mermaid.render(`diagram-${index}`, definition)).svg);
        }
        return out;
      },
      missing.map(([, source]) => source),
    );
    for (const [index, [file]] of missing.entries()) {
      // A white canvas keeps the dark-on-transparent drawing legible in the site's dark mode.
      const svg = (svgs[index] ?? '').replace(
        /^<svg([^>]*?) style="([^"]*)"/,
        '<svg$1 style="$2 background-color:#fff"',
      );
      if (!svg.includes('</svg>')) throw new Error(`mermaid produced no SVG for diagram ${file}`);
      await writeFile(join(outDir, file), svg);
    }
  } finally {
    await browser.close();
  }
  return missing.length;
}
