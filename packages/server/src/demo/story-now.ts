import { rate } from './credit.js';
import { apply, decide, hire, hireReady, offer } from './hiring.js';
import { checkIn, finish, insure } from './work.js';
import { type DemoWorld, seeded, travel } from './world.js';

/**
 * Days 5–8: work under way and the job board as it stands "today": a week-long home-care order in
 * progress, electricians' work awaiting confirmation, a pastry helper hired but not yet contracted,
 * applications at every stage, a paused posting and a fake one taken down.
 */
export async function playCurrentWork(world: DemoWorld): Promise<void> {
  await travel(world, 5, '09:00');
  await hireReady(world, [['huli', ['zhu']]]);
  await travel(world, 6, '07:55');
  await checkIn(world, 'huli/zhu');

  await travel(world, 7, '09:00');
  await hireReady(world, [['diangong', ['sun', 'zhouht']]]);
  await rate(world, 'peihu/li', 'WORKER', 5, '护理院管理规范，工资按时到账。');
  const dispute = await world.api.as('platform')<{ disputeId: string }>(
    'GET',
    `/assignments/${seeded(world.assignments, 'qizhu/luo', 'work order').id}`,
  );
  await world.api.as('platform')('POST', `/disputes/${dispute.disputeId}/start-mediation`, {
    mediator: { type: 'GIG_MARKET', name: '临平区零工市场劳动争议调解室' },
    reason: '双方同意在临平区零工市场调解室调解。',
  });

  await travel(world, 8, '07:55');
  for (const w of ['sun', 'zhouht']) await checkIn(world, `diangong/${w}`);
  // Hired and insured, but the contract is not signed yet: the work order waits in CONFIRMED.
  await hire(world, 'mianshi', 'wu');
  await insure(world, 'mianshi/wu');
  await apply(world, 'baojie', 'huang', '做过四年家政，周边小区都熟。'); // left SUBMITTED
  const he = await apply(world, 'baojie', 'he', '应届毕业生，做事细心。');
  await decide(world, 'EMPLOYER', 'baojie', 'he', he, 'shortlist', '约好周末电话沟通。');
  const zhao = await apply(world, 'jiaozhu', 'zhao', '混凝土工十年经验。');
  await offer(world, 'jiaozhu', zhao, world.cal.instant(10, '18:00'));
  const liu = await apply(world, 'jiaozhu', 'liu', '可以做浇筑。');
  await decide(world, 'WORKER', 'jiaozhu', 'liu', liu, 'withdraw', '当天另有安排。');
  const luo = await apply(world, 'jiaozhu', 'luo', '想试试浇筑的活。');
  await decide(world, 'EMPLOYER', 'jiaozhu', 'luo', luo, 'reject', '本岗位需要混凝土浇筑经验。');
  const wang = await apply(world, 'qingxi', 'wang', '会拆洗空调和油烟机。');
  await offer(world, 'qingxi', wang);
  await decide(world, 'WORKER', 'qingxi', 'wang', wang, 'decline', '当天已接了别的单。');
  const huangOffer = await apply(world, 'qingxi', 'huang', '可以做家电清洗。');
  await offer(world, 'qingxi', huangOffer, world.cal.instant(8, '20:00'));
  await world.api.as('hr_agency')('POST', `/jobs/${seeded(world.jobs, 'chuhuo', 'job').id}/pause`, {
    reason: '大促业务量未定，暂停招聘。',
  });
  await world.api.as('regulator')('POST', `/jobs/${seeded(world.jobs, 'takedown', 'job').id}/take-down`, {
    reason: '岗位要求入职前缴纳押金，属违规收费的虚假招聘，经核实予以下架（E15）。',
  });
  await travel(world, 8, '17:00');
  for (const w of ['sun', 'zhouht']) await finish(world, `diangong/${w}`, '线路改造完成，已通电测试。');
}
