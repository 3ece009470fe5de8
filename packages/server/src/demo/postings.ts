import { district } from './districts.js';
import { DEMO_JOBS, type DemoJob } from './jobs.js';
import { fundJobEscrow } from './money.js';
import { OCCUPATIONS } from './occupations.js';
import { type DemoWorld, seeded } from './world.js';

type Data = Record<string, unknown>;

/** The JobCreate body of a demo job, with the E15 mandatory elements filled in. */
export function jobBody(world: DemoWorld, j: DemoJob, employerId: string): Data {
  const occupation = OCCUPATIONS[j.occupation];
  const place = district(j.district);
  const total = j.pay.rateFen * j.pay.units;
  return {
    employerId,
    title: j.title,
    description: j.description,
    occupationCode: occupation.code,
    occupationEdition: '2015',
    workType: occupation.workType,
    jobType: j.partTime ? 'HOURLY' : 'DAY_LABOUR',
    employmentForm: j.partTime ? 'PART_TIME_LABOUR' : 'SERVICE_CONTRACT',
    ...(j.partTime ? { agreementType: 'ORAL_PART_TIME' } : {}),
    openings: j.openings,
    requirements: {
      summary: '身体健康，能吃苦耐劳，有相关工作经验者优先。',
      ageMin: 18,
      ageMax: 60,
      ...('certificate' in occupation ? { certificates: [occupation.certificate.name] } : {}),
    },
    location: {
      region: place.code,
      address: `${place.street}${100 + j.openings}号`,
      geo: { lng: place.lng, lat: place.lat, crs: 'GCJ02' },
    },
    schedule: {
      startAt: world.cal.at(...j.start),
      endAt: world.cal.at(...j.end),
      dailyHours: j.dailyHours,
    },
    pay: {
      unit: j.pay.unit,
      rateFen: j.pay.rateFen,
      estimatedTotalFen: total,
      payCycle: j.partTime ? 'PER_TASK' : 'DAILY',
    },
    riskClass: occupation.riskClass,
    insuranceRequirement: j.insurance
      ? { required: true, payer: 'EMPLOYER', minSumInsuredFen: 60_000_000 }
      : { required: false },
    escrowRequired: Boolean(j.escrow),
    validThrough: world.cal.at(...j.validThrough),
    tags: [j.partTime ? '小时工' : '日结', district(j.district).name],
  };
}

/**
 * Posts every demo job as its employer's registering tenant and takes it through review: drafts
 * stay, some wait in review or are rejected, the rest are approved by the regulator (after their
 * wage escrow is funded where the posting promises one, DOMAIN.md §3.1 guard).
 */
export async function seedPostings(world: DemoWorld): Promise<void> {
  const regulator = world.api.as('regulator');
  for (const j of DEMO_JOBS) {
    const employer = seeded(world.employers, j.employer, 'employer');
    // The tenant that registered the employer posts its jobs (and runs their escrows and work).
    const by = employer.by;
    const call = world.api.as(by);
    const created = await call<Data>('POST', '/jobs', jobBody(world, j, employer.id));
    const id = created.id as string;
    world.jobs.set(j.key, { id, by, employerId: employer.id });
    if (j.review === 'DRAFT') continue;
    if (j.escrow) await fundJobEscrow(world, j);
    await call('POST', `/jobs/${id}/submit`, {});
    if (j.review === 'PENDING') continue;
    if (j.review === 'REJECT')
      await regulator('POST', `/jobs/${id}/reject`, {
        reason: '工作内容和工作地点描述不完整，未写明装卸货物种类和仓库地址，请补充后重新提交（E15）。',
      });
    else await regulator('POST', `/jobs/${id}/approve`, { reason: '招聘要素齐全，用工主体已通过初审登记。' });
  }
}
