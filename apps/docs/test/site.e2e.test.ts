import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchChromium } from '../build/chromium.js';
import { SITE_DIST } from '../build/paths.js';
import { type StaticSite, serveStatic } from './static-server.js';

// The built site, as a static host serves it: turbo runs `build` before `test`.
if (!existsSync(join(SITE_DIST, 'index.html'))) {
  throw new Error(`No built site in ${SITE_DIST}: run \`pnpm --filter @gigmarket/docs build\` first.`);
}

// The example the spec gives for an escrow, which the reference must show for `POST /escrows`.
const require = createRequire(import.meta.url);
const spec = require('@gigmarket/openapi/openapi.json') as {
  components: { schemas: { Escrow: { example: { metadata: { partnerOrderNo: string } } } } };
};
const ESCROW_EXAMPLE = spec.components.schemas.Escrow.example;

let site: StaticSite;
let browser: Browser;
const requests: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  site = await serveStatic(SITE_DIST);
  browser = await launchChromium();
  // Every request of every page, and every error any page logs, for the last two tests.
  browser.context.on('request', (request) => requests.push(request.url()));
  browser.context.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${message.page()?.url()}: ${message.text()}`);
  });
  browser.context.on('weberror', (error) => consoleErrors.push(`uncaught: ${error.error().message}`));
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  const response = await page.goto(site.origin + path, { waitUntil: 'load' });
  expect(response?.status(), path).toBe(200);
  return page;
}

async function search(page: Page, query: string): Promise<string[]> {
  await page.locator('#local-search button').first().click();
  await page.locator('#localsearch-input').fill(query);
  const results = page.locator('.VPLocalSearchBox .results .result');
  await results.first().waitFor({ timeout: 20_000 });
  return results.allInnerTexts();
}

describe('the built docs site in headless Chromium', () => {
  it('opens the home page in Chinese at the root and in English under /en/', async () => {
    const zh = await open('/');
    expect(await zh.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await zh.locator('.VPHero .name').textContent()).toContain('零工市场互联互通标准');
    const en = await open('/en/');
    expect(await en.getAttribute('html', 'lang')).toBe('en');
    expect(await en.locator('.VPHero .name').textContent()).toContain('Gig Market Standard');
  });

  it('opens a guide with its type-checked code sample', async () => {
    const page = await open('/guide/getting-started.html');
    expect(await page.locator('h1').first().textContent()).toContain('快速开始');
    expect(await page.locator('.vp-doc div[class*="language-ts"]').first().textContent()).toContain(
      'createGigMarketClient',
    );
  });

  it('shows a state machine rendered to SVG at build time', async () => {
    const page = await open('/en/standard/domains/settlement.html');
    const diagram = page.locator('img[alt="EscrowStatus state machine"]');
    await diagram.waitFor();
    expect(await diagram.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(
      true,
    );
  });

  it('renders an operation of the API reference with its example', async () => {
    const page = await open('/api-reference/index.html#tag/settlement/POST/escrows');
    // Scalar renders sections lazily; the hash brings `escrows.create` into view.
    const operation = page.locator('[id="api-1/tag/settlement/POST/escrows"]');
    await operation.waitFor({ timeout: 30_000 });
    const example = `"partnerOrderNo": "${ESCROW_EXAMPLE.metadata.partnerOrderNo}"`;
    await expect.poll(() => operation.textContent(), { timeout: 20_000 }).toContain(example);
  });

  it('opens the SDK reference', async () => {
    const page = await open('/en/sdk-reference/@gigmarket/sdk/');
    expect(await page.locator('.vp-doc').textContent()).toContain('createGigMarketClient');
  });

  it('finds 托管 in the Chinese search and escrow in the English search', async () => {
    expect((await search(await open('/'), '托管')).join('\n')).toContain('托管');
    expect((await search(await open('/en/'), 'escrow')).join('\n').toLowerCase()).toContain('escrow');
  });

  it('logged no console error on any page', () => {
    expect(consoleErrors).toEqual([]);
  });

  it('fetched nothing from outside the site', () => {
    expect(requests.length).toBeGreaterThan(10);
    expect(requests.filter((url) => !url.startsWith(`${site.origin}/`) && !url.startsWith('data:'))).toEqual(
      [],
    );
  });
});
