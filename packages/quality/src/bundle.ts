import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { repoRoot } from './workspace.js';

/** What one measured bundle weighs. */
export interface BundleMeasure {
  /** Minified bytes. */
  minified: number;
  /** Gzip bytes (node:zlib, default level), the figure the budgets are in. */
  gzip: number;
  /** The minified code, to assert what is (not) in it. */
  code: string;
  /** Workspace-relative paths of every input file esbuild pulled in. */
  inputs: string[];
}

/**
 * Bundles `entry` (ESM source that imports published packages by name) the way a browser app's
 * bundler would: minified, tree-shaken, `browser`/`import` conditions, so packages resolve to their
 * built `dist/*.js` (never the `@gigmarket/source` condition).
 */
export async function measureBundle(entry: string): Promise<BundleMeasure> {
  const result = await build({
    stdin: { contents: entry, resolveDir: new URL('..', import.meta.url).pathname, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild produced no output for the size entry');
  return {
    minified: output.contents.byteLength,
    gzip: gzipSync(output.contents).byteLength,
    code: output.text,
    inputs: Object.keys(result.metafile.inputs).map((input) =>
      input.replace(`${repoRoot}/`, '').replace(/^(\.\.\/)+/, ''),
    ),
  };
}
