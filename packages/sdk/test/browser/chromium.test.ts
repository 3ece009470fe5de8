import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The SDK in headless Chromium against @gigmarket/mock/browser behind MSW's `setupWorker`: the page
// (page.ts) is bundled with esbuild and served with MSW's worker script, PGlite's WebAssembly and
// the demo city snapshot from a loopback server; nothing else may be requested.
const require = createRequire(import.meta.url);
const mockDir = dirname(require.resolve('@gigmarket/mock/package.json'));
const pgliteDist = dirname(createRequire(join(mockDir, 'package.json')).resolve('@electric-sql/pglite'));
const files: Record<string, string> = {
  '/mockServiceWorker.js': require.resolve('msw/mockServiceWorker.js'),
  '/demo-city.tar.gz': join(mockDir, 'dist/demo-city.tar.gz'),
};
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
};

let out: string;
let profile: string;
let server: Server;
let origin: string;
let context: BrowserContext;
const served: string[] = [];

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'gigmarket-browser-'));
  profile = await mkdtemp(join(tmpdir(), 'gigmarket-chromium-'));
  await build({
    entryPoints: [fileURLToPath(new URL('./page.ts', import.meta.url))],
    outdir: out,
    bundle: true,
    // PGlite's Node file system (`fs/nodefs.js`, importing `fs`) is loaded only on demand: in a
    // chunk of its own, the page never fetches it.
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['@gigmarket/source'],
    // PGlite's Node-only branches import these at run time; they never run in a browser.
    external: [
      'fs',
      'fs/promises',
      'path',
      'url',
      'module',
      'node:module',
      'node:fs',
      'node:path',
      'node:url',
    ],
    logLevel: 'error',
  });
  for (const asset of ['pglite.wasm', 'pglite.data', 'initdb.wasm'])
    files[`/${asset}`] = join(pgliteDist, asset);
  for (const chunk of await readdir(out)) files[`/${chunk}`] = join(out, chunk);
  server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    served.push(path);
    if (path === '/')
      return response
        .writeHead(200, { 'Content-Type': 'text/html' })
        .end('<!doctype html><meta charset="utf-8"><script type="module" src="/page.js"></script>');
    const file = files[path];
    if (!file) return response.writeHead(404).end();
    const body = await readFile(file);
    response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, 60_000);

afterAll(async () => {
  await context?.close();
  if (server) await new Promise((resolve) => server.close(resolve));
  await rm(out, { recursive: true, force: true });
  await rm(profile, { recursive: true, force: true });
});

describe('the SDK in Chromium against @gigmarket/mock/browser', () => {
  it('lists gig markets, creates a job as the platform and reads it back, all inside the page', async () => {
    const leaked: string[] = [];
    // Requests the service worker answers never reach the network; anything else not to the
    // loopback server is a leak and is refused.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`)) return route.continue();
      leaked.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(String(error)));
    await page.goto(`${origin}/`);
    // A page that failed to load says why in its console: show it rather than a bare timeout.
    await page
      .waitForFunction(() => 'scenario' in globalThis, undefined, { timeout: 15_000 })
      .catch((error: Error) => {
        throw new Error(`${error.message}\nThe page reported:\n${problems.join('\n')}`);
      });

    const result = await page.evaluate(() =>
      (globalThis as unknown as { scenario: () => Promise<Record<string, unknown>> }).scenario(),
    );

    expect(result.marketCount).toBeGreaterThan(0);
    expect(result.marketIds).toEqual(expect.arrayContaining([expect.stringMatching(/^gmk_/)]));
    expect(result.created).toMatchObject({ status: 'DRAFT', title: '社区活动布置（日结）' });
    expect(result.readBack).toEqual(result.created);
    expect(result.notFoundAfterReset).toBe(true);
    // Chromium logs every error status it sees as a console error: exactly the injected 503 and
    // the 404 after the reset, nothing else (no page errors, no MSW warnings).
    expect(problems).toEqual([
      'Failed to load resource: the server responded with a status of 503 ()',
      'Failed to load resource: the server responded with a status of 404 ()',
    ]);
    expect(leaked).toEqual([]);
    expect(served).toEqual(
      expect.arrayContaining(['/', '/page.js', '/mockServiceWorker.js', '/demo-city.tar.gz', '/pglite.wasm']),
    );
  }, 60_000);
});
