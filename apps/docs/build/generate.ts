import { writeApiReference } from './api-reference.js';
import { GENERATED } from './paths.js';
import { renderDiagrams } from './render-mermaid.js';
import { type SdkPackagePage, writeSdkReference } from './sdk-reference.js';
import { syncStandard } from './sync-standard.js';

export interface GeneratedSite {
  sdkPackages: SdkPackagePage[];
  /** What each step did and how long it took, for the build log. */
  steps: string[];
}

async function timed<T>(
  steps: string[],
  name: string,
  run: () => Promise<T>,
  describe: (value: T) => string,
) {
  const started = performance.now();
  const value = await run();
  steps.push(`${name}: ${describe(value)} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return value;
}

/**
 * Writes every generated part of the site before VitePress reads its pages: the standard from
 * `docs/` (both locales) with its state machines rendered to SVG, the API reference from the bundled
 * spec and the SDK reference from typedoc. The diagrams and the two references are independent,
 * so they run side by side (typedoc is CPU-bound; Chromium mostly waits).
 */
export async function generateSite(): Promise<GeneratedSite> {
  const steps: string[] = [];
  const diagrams = await timed(steps, 'standard', syncStandard, (sources) => `${sources.length} diagrams`);
  const [, , sdkPackages] = await Promise.all([
    timed(
      steps,
      'diagrams',
      () => renderDiagrams(diagrams, GENERATED.diagrams),
      (rendered) => `${rendered} rendered`,
    ),
    timed(steps, 'api reference', writeApiReference, ({ operations }) => `${operations} operations`),
    timed(steps, 'sdk reference', writeSdkReference, (pages) => `${pages.length} packages`),
  ]);
  return { sdkPackages, steps };
}
