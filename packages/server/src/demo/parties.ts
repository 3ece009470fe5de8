import { DEMO_EMPLOYERS } from './employers.js';
import { DEMO_GIG_MARKETS, gigMarketBody } from './gig-markets.js';
import { OCCUPATIONS } from './occupations.js';
import { DEMO_WORKERS, workerBody } from './workers.js';
import { type DemoWorld, seeded } from './world.js';

type Data = Record<string, unknown>;

/** The gig market directory (零工市场动态管理名录, seed 002), as the market operator enters it. */
export async function seedGigMarkets(world: DemoWorld): Promise<void> {
  const operator = world.api.as('market_operator');
  for (const m of DEMO_GIG_MARKETS)
    world.markets.set(m.key, (await operator<Data>('POST', '/gig-markets', gigMarketBody(m))).id as string);
}

/**
 * Employers register at a gig market and pass pre-registration review (初审登记, seed 001). The
 * regulator decides, since review decisions need the `admin` scope the demo market operator lacks.
 */
export async function seedEmployers(world: DemoWorld): Promise<void> {
  const regulator = world.api.as('regulator');
  for (const e of DEMO_EMPLOYERS) {
    const gigMarketId = seeded(world.markets, e.market, 'gig market');
    const created = await world.api.as(e.registeredBy)<Data>('POST', '/employers', {
      ...e.body,
      gigMarketId,
    });
    const id = created.id as string;
    world.employers.set(e.key, { id, by: e.registeredBy });
    if (e.review === 'PENDING') continue;
    if (e.review === 'REJECTED')
      await regulator('POST', `/employers/${id}/reject`, {
        reason: '营业执照经营范围不含职业中介，且无人力资源服务许可证，不得发布代招信息（E15）。',
      });
    else
      await regulator('POST', `/employers/${id}/approve`, { reason: '营业执照、法定代表人身份核验通过。' });
  }
}

/**
 * Workers register (求职登记, seed 002), verify their identity by social-security card (seed 001),
 * agree to be matched to jobs (PIPL separate consent, E24) and record their certificates
 * (持证上岗, seed 001): a health certificate for care and food trades, a licence for electricians.
 */
export async function seedWorkers(world: DemoWorld): Promise<void> {
  for (const w of DEMO_WORKERS) {
    const call = world.api.as(w.registeredBy);
    const created = await call<Data>(
      'POST',
      '/workers',
      workerBody(w, seeded(world.markets, w.market, 'gig market')),
    );
    const id = created.id as string;
    world.workers.set(w.key, { id, by: w.registeredBy });
    const now = world.clock.now().toISOString();
    await call('POST', `/workers/${id}/verify-identity`, {
      method: 'SOCIAL_SECURITY_CARD',
      verifiedAt: now,
      providerReference: `SSC-330100-${w.idNumber.slice(-6)}`,
    });
    await call('POST', `/workers/${id}/consents`, {
      purpose: 'JOB_MATCHING',
      dataCategories: ['MOBILE', 'SKILLS_AND_HISTORY', 'CREDIT_RECORD'],
      method: 'IN_APP',
      noticeVersion: '2025.06',
    });
    const occupation = OCCUPATIONS[w.occupation];
    const certificate =
      'certificate' in occupation
        ? occupation.certificate
        : ['elderCare', 'housekeeping', 'pastry'].includes(w.occupation)
          ? { type: 'HEALTH_CERTIFICATE', name: '健康证明' }
          : undefined;
    if (certificate)
      await call('POST', `/workers/${id}/qualifications`, {
        ...certificate,
        certificateNumber: `${certificate.type === 'HEALTH_CERTIFICATE' ? 'JK' : 'T'}${w.idNumber.slice(0, 6)}${w.idNumber.slice(-5, -1)}`,
        issuer: certificate.type === 'HEALTH_CERTIFICATE' ? '杭州市疾病预防控制中心' : '浙江省应急管理厅',
        issuedOn: world.cal.date(-200),
        validUntil: world.cal.date(900),
      });
  }
}
