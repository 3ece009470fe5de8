import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { verifyWebhook } from '@gigmarket/core/webhooks';
import { afterAll, expect, it } from 'vitest';

/**
 * Conventions §9: deliveries "survive server restarts". The server is killed (SIGKILL: no drain, no
 * shutdown hook) while its outbox holds undelivered events, and restarted on the same data directory.
 */
const bin = fileURLToPath(new URL('../bin/gigmarket-reference-server.mjs', import.meta.url));
const PLATFORM = 'gm_demo_platform';
const REGULATOR = 'gm_demo_regulator';
const children: ChildProcess[] = [];
const dataDirs: string[] = [];
afterAll(async () => {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

async function start(dataDir: string, workerIntervalSeconds: number) {
  const args = ['--port', '0', '--data-dir', dataDir, '--no-seed', '--log-level', 'silent'];
  args.push('--worker-interval', String(workerIntervalSeconds));
  const child = spawn(process.execPath, ['--conditions=@gigmarket/source', bin, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (d) => {
      stdout += d;
      const match = /API:\s+(http:\/\/\S+)\/v1/.exec(stdout);
      if (match) resolve(match[1] as string);
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code} before listening`)));
  });
  const api = async (key: string, method: string, path: string, body?: unknown) => {
    const res = await fetch(`${url}/v1${path}`, {
      method,
      headers: {
        'X-Api-Key': key,
        'Content-Type': 'application/json',
        'Idempotency-Key': crypto.randomUUID(),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    // biome-ignore lint/suspicious/noExplicitAny: the test reads response bodies loosely
    const json = (await res.json()) as any;
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
  return { child, api };
}

/** A loopback receiver that keeps every request exactly as received (raw body for the signature). */
async function startReceiver() {
  const received: Array<{ headers: IncomingHttpHeaders; payload: string }> = [];
  const server = createServer((req, res) => {
    let payload = '';
    req.on('data', (chunk) => {
      payload += chunk;
    });
    req.on('end', () => {
      received.push({ headers: req.headers, payload });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { received, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, server };
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** Three jobs published through review: three `job.published` events for the platform's tenant. */
async function publishJobs(api: Awaited<ReturnType<typeof start>>['api']): Promise<string[]> {
  const employer = await api(PLATFORM, 'POST', '/employers', {
    kind: 'ORGANIZATION',
    uscc: '91330110MA2KXY3L2E',
    legalName: '杭州某某家政服务有限公司',
    legalRepresentative: { name: '陈志强', idNumber: '330106197501014411' },
    contactName: '李敏',
    contactMobile: '13705716201',
  });
  await api(REGULATOR, 'POST', `/employers/${employer.id}/approve`, {});
  const ids: string[] = [];
  for (const n of [1, 2, 3]) {
    const job = await api(PLATFORM, 'POST', '/jobs', jobBody(employer.id, n));
    await api(PLATFORM, 'POST', `/jobs/${job.id}/submit`, {});
    await api(REGULATOR, 'POST', `/jobs/${job.id}/approve`, {});
    ids.push(job.id);
  }
  return ids;
}

const jobBody = (employerId: string, n: number) => ({
  employerId,
  title: `小区开荒保洁（日结）第${n}批`,
  description: '新交付小区住宅开荒保洁：清理装修垃圾、擦洗门窗玻璃、清洁厨卫和地面，公司提供工具。',
  occupationCode: '4-10-01-06',
  jobType: 'DAY_LABOUR',
  employmentForm: 'SERVICE_CONTRACT',
  openings: 2,
  requirements: { summary: '身体健康，有保洁经验者优先。', ageMin: 18, ageMax: 60 },
  location: { region: '330110', address: '浙江省杭州市余杭区五常街道文一西路998号' },
  schedule: { startAt: inDays(5), endAt: inDays(5.3), dailyHours: 8 },
  pay: { unit: 'PER_DAY', rateFen: 20000, estimatedTotalFen: 20000, payCycle: 'DAILY' },
  validThrough: inDays(4),
});

it('delivers every event left pending by a SIGKILL once the server restarts, each validly signed', {
  timeout: 180_000,
}, async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gm-outbox-'));
  dataDirs.push(dataDir);
  const receiver = await startReceiver();
  // An hour between background rounds: nothing is delivered while the first process lives.
  const first = await start(dataDir, 3600);
  const created = await first.api(PLATFORM, 'POST', '/webhook-subscriptions', {
    url: receiver.url,
    eventTypes: ['job.published'],
  });
  const jobIds = await publishJobs(first.api);
  const pending = (await first.api(PLATFORM, 'GET', '/webhook-deliveries?limit=100')).data;
  expect(pending).toHaveLength(3);
  expect(pending.every((d: { status: string }) => d.status === 'PENDING')).toBe(true);
  expect(receiver.received).toHaveLength(0);
  first.child.kill('SIGKILL');
  await new Promise((resolve) => first.child.once('exit', resolve));

  await start(dataDir, 1);
  const deadline = Date.now() + 60_000;
  while (receiver.received.length < pending.length && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 200));

  const events = await Promise.all(
    receiver.received.map(({ payload, headers }) =>
      verifyWebhook<{ id: string; type: string; data: { object: { id: string } } }>({
        payload,
        headers,
        secret: created.secret,
      }),
    ),
  );
  // At least once: a delivery may repeat, but every pending event arrives, and nothing else does.
  expect(new Set(events.map((e) => e.id))).toEqual(
    new Set(pending.map((d: { eventId: string }) => d.eventId)),
  );
  expect(new Set(events.map((e) => e.data.object.id))).toEqual(new Set(jobIds));
  expect(events.every((e) => e.type === 'job.published')).toBe(true);
  for (const { headers, payload } of receiver.received)
    expect(headers['webhook-id']).toBe((JSON.parse(payload) as { id: string }).id);
  receiver.server.close();
});

it('the signature check it relies on refuses a payload that was altered or signed with another secret', async () => {
  const headers = { 'webhook-id': 'evt_1', 'webhook-timestamp': String(Math.floor(Date.now() / 1000)) };
  const { signWebhook } = await import('@gigmarket/core/webhooks');
  const secret = `whsec_${Buffer.from('a'.repeat(32)).toString('base64')}`;
  const signed = await signWebhook({
    id: 'evt_1',
    timestamp: Number(headers['webhook-timestamp']),
    payload: '{}',
    secret,
  });
  await expect(verifyWebhook({ payload: '{}', headers: signed, secret })).resolves.toEqual({});
  await expect(verifyWebhook({ payload: '{"x":1}', headers: signed, secret })).rejects.toThrow();
  const other = `whsec_${Buffer.from('b'.repeat(32)).toString('base64')}`;
  await expect(verifyWebhook({ payload: '{}', headers: signed, secret: other })).rejects.toThrow();
});
