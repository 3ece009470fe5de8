// The page of the browser test (bundled by esbuild in chromium.test.ts): the SDK against
// @gigmarket/mock/browser behind MSW's service worker, all in the page.
import { createGigMarketMock } from '@gigmarket/mock/browser';
import { apiKey, createGigMarketClient, isNotFoundError } from '@gigmarket/sdk';
import { setupWorker } from 'msw/browser';

async function scenario() {
  const mock = await createGigMarketMock({ snapshot: '/demo-city.tar.gz', seed: 1 });
  const worker = setupWorker(...mock.handlers);
  await worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    onUnhandledRequest: 'error',
    quiet: true,
  });
  const client = createGigMarketClient({
    baseUrl: mock.baseUrl,
    auth: apiKey(mock.credentials.platform.apiKey),
    sleep: async () => {},
  });

  const markets = await client.jobs.gigMarkets.list({ limit: 50 }).toArray();
  const employer = await mock.fixtures.employer();
  const start = new Date(mock.clock.now().getTime() + 48 * 3_600_000);
  const shanghai = (d: Date) => `${new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
  const created = await client.jobs.jobs.create({
    employerId: employer.id,
    title: '社区活动布置（日结）',
    description: '周末社区活动场地布置与撤场：搬运桌椅、搭建展板、活动后清场。提供午餐。',
    occupationCode: '4-10-01-06',
    occupationEdition: '2015',
    workType: '家务服务员',
    jobType: 'DAY_LABOUR',
    employmentForm: 'PART_TIME_LABOUR',
    agreementType: 'ORAL_PART_TIME',
    openings: 2,
    requirements: { summary: '身体健康，能搬运重物。', ageMin: 18, ageMax: 60 },
    location: {
      region: '330110',
      address: '浙江省杭州市余杭区五常街道文一西路998号',
      geo: { lng: 120.301, lat: 30.421, crs: 'GCJ02' },
    },
    schedule: {
      startAt: shanghai(start),
      endAt: shanghai(new Date(start.getTime() + 4 * 3_600_000)),
      dailyHours: 4,
    },
    pay: { unit: 'PER_DAY', rateFen: 20000, estimatedTotalFen: 20000, payCycle: 'DAILY' },
    insuranceRequirement: { required: false },
    escrowRequired: false,
    validThrough: shanghai(new Date(mock.clock.now().getTime() + 24 * 3_600_000)),
  });
  // A flaky network: the first read answers 503 and the SDK retries it.
  mock.failNext('jobs.get', { status: 503 });
  const readBack = await client.jobs.jobs.get(created.id);
  await mock.reset();
  const afterReset = await client.jobs.jobs.get(created.id).catch((error: unknown) => error);
  worker.stop();
  await mock.close();
  return {
    marketCount: markets.length,
    marketIds: markets.map((m) => m.id),
    created: { id: created.id, status: created.status, title: created.title },
    readBack: { id: readBack.id, status: readBack.status, title: readBack.title },
    notFoundAfterReset: isNotFoundError(afterReset),
  };
}

(globalThis as { scenario?: typeof scenario }).scenario = scenario;
