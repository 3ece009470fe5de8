import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type ReferenceServerConfig, readConfig } from './config.js';
import { startServer } from './server.js';

const config = (dataDir: string, seed = true): ReferenceServerConfig => ({
  ...(readConfig([], {}) as ReferenceServerConfig),
  port: 0,
  dataDir,
  workerIntervalSeconds: 3600,
  seed,
});
const api = (url: string, path: string, init: RequestInit = {}) =>
  fetch(`${url}/v1${path}`, {
    ...init,
    headers: { 'X-Api-Key': 'gm_demo_market_operator', 'Content-Type': 'application/json', ...init.headers },
  });

describe('the reference server', () => {
  it('seeds a demo city on first start, keeps all data across a restart, and does not seed twice', {
    timeout: 300_000,
  }, async () => {
    // A data directory whose parents do not exist yet, as `.data/gigmarket` on a fresh clone.
    const dir = join(mkdtempSync(join(tmpdir(), 'gm-restart-')), '.data', 'gigmarket');
    const first = await startServer(config(dir));
    expect(first.seeded?.gigMarkets).toBeGreaterThan(0);
    const created = (await (
      await api(first.url, '/webhook-subscriptions', {
        method: 'POST',
        body: JSON.stringify({ url: 'https://hooks.example.cn/a', eventTypes: ['job.published'] }),
      })
    ).json()) as { subscription: { id: string } };
    const before = (await (await api(first.url, '/gig-markets?limit=100')).json()) as { data: unknown[] };
    await first.close();

    const second = await startServer(config(dir));
    expect(second.seeded).toBeNull();
    const after = (await (await api(second.url, '/gig-markets?limit=100')).json()) as { data: unknown[] };
    expect(after.data).toEqual(before.data);
    const kept = await api(second.url, `/webhook-subscriptions/${created.subscription.id}`);
    expect(kept.status).toBe(200);
    await second.close();
  });

  it('serves the offline API reference and the bundled spec, with no external script', async () => {
    // Seeding plays no part here (nor in the tests below): skipped to keep them quick.
    const server = await startServer(config(mkdtempSync(join(tmpdir(), 'gm-docs-')), false));
    const page = await (await fetch(`${server.url}/docs`)).text();
    expect(page).toContain('<script src="/docs/scalar.js"></script>');
    expect(page).not.toMatch(/src="https?:/);
    expect((await fetch(`${server.url}/docs/scalar.js`)).status).toBe(200);
    const spec = (await (await fetch(`${server.url}/v1/openapi.json`)).json()) as {
      info: { version: string };
    };
    expect(spec.info.version).toBe('1.0.0');
    await server.close();
  });

  it('applies a city rule file, cites its source in discovery, and refuses a defective one before opening anything', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gm-rules-'));
    const rulesFile = join(dir, 'rules.json');
    writeFileSync(rulesFile, JSON.stringify({ source: '示例通知', values: { escrowAutoReleaseHours: 48 } }));
    const server = await startServer({ ...config(join(dir, 'data'), false), rulesFile });
    const discovery = (await (await api(server.url, '/')).json()) as { profile: { overrides: unknown } };
    expect(discovery.profile.overrides).toEqual({ escrowAutoReleaseHours: 48 });
    await server.close();

    writeFileSync(rulesFile, JSON.stringify({ source: '示例通知', values: { escrowAutoReleaseHour: 48 } }));
    const dataDir = join(dir, 'never-created');
    await expect(startServer({ ...config(dataDir, false), rulesFile })).rejects.toThrow(
      /escrowAutoReleaseHour/,
    );
    expect(existsSync(dataDir)).toBe(false);
  });

  it('drains an in-flight request on close before closing the database', async () => {
    const server = await startServer(config(mkdtempSync(join(tmpdir(), 'gm-drain-')), false));
    const body = JSON.stringify({ url: 'https://hooks.example.cn/drain', eventTypes: ['job.published'] });
    const { port } = new URL(server.url);
    // Send half the body, so the request is in flight at the HTTP level when close() is called.
    const req = request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/v1/webhook-subscriptions',
      headers: {
        'X-Api-Key': 'gm_demo_platform',
        'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(body),
      },
    });
    const response = new Promise<number>((resolve) =>
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      }),
    );
    req.write(body.slice(0, 10));
    await new Promise((r) => setTimeout(r, 200));
    let closed = false;
    const closing = server.close().then(() => {
      closed = true;
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(closed).toBe(false);
    req.end(body.slice(10));
    expect(await response).toBe(201);
    await closing;
    await expect(fetch(`${server.url}/v1/`)).rejects.toThrow();
  });
});

describe('the command line', () => {
  const bin = fileURLToPath(new URL('../bin/gigmarket-reference-server.mjs', import.meta.url));
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawn(process.execPath, ['--conditions=@gigmarket/source', bin, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });

  it('prints --help and exits 0, and refuses a bad flag with exit 2', () => {
    const help = spawnSync(process.execPath, ['--conditions=@gigmarket/source', bin, '--help'], {
      encoding: 'utf8',
    });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--database-url <url>');
    const bad = spawnSync(process.execPath, ['--conditions=@gigmarket/source', bin, '--region', '33011'], {
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--region must be a 6-digit GB/T 2260 code');
  });

  it('exits 0 on SIGTERM, and data written before a SIGKILL is there after a restart', {
    timeout: 180_000,
  }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gm-kill-'));
    const start = async () => {
      const child = run(['--port', '0', '--data-dir', dir, '--log-level', 'silent', '--no-seed']);
      let stdout = '';
      const url = await new Promise<string>((resolve) => {
        child.stdout?.on('data', (d) => {
          stdout += d;
          const match = /API:\s+(http:\/\/\S+)\/v1/.exec(stdout);
          if (match) resolve(match[1] as string);
        });
      });
      return { child, url };
    };
    const first = await start();
    const created = (await (
      await api(first.url, '/gig-markets', {
        method: 'POST',
        body: JSON.stringify({
          name: '余杭区良渚零工驿站',
          venueType: 'STATION',
          operatorType: 'PUBLIC',
          location: { region: '330110', address: '浙江省杭州市余杭区良渚街道' },
          openingHours: [{ daysOfWeek: [1, 2, 3, 4, 5], open: '07:00', close: '18:00' }],
          contacts: { hotline: '0571-12333' },
        }),
      })
    ).json()) as { id: string };
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.on('exit', r));

    const second = await start();
    expect((await api(second.url, `/gig-markets/${created.id}`)).status).toBe(200);
    second.child.kill('SIGTERM');
    const code = await new Promise((r) => second.child.on('exit', r));
    expect(code).toBe(0);
  });
});
