import { rate } from './credit.js';
import { apply, hireReady } from './hiring.js';
import { checkIn, employerActs, finish } from './work.js';
import { type DemoWorld, seeded, travel } from './world.js';

/**
 * Days 1–4: work that is over by "today". A cleaning job confirmed and paid out, a care shift the
 * employer never confirmed (auto-accepted after 72 h, wage protection), a bricklaying job with one
 * worker's quality disputed, a delivery shift called off before it started (escrow refunded, job
 * cancelled) and a sorting shift where one worker did not show up.
 */
export async function playFinishedWork(world: DemoWorld): Promise<void> {
  await travel(world, 1, '09:00');
  // Applied before the opening was filled: the application is closed when the job fills.
  await apply(world, 'peisong', 'feng', '下沙本地人，熟悉路线。');
  await hireReady(world, [
    ['kaihuang', ['wang', 'zhanghm']],
    ['peihu', ['li']],
    ['qizhu', ['liu', 'luo']],
    ['peisong', ['chen']],
    ['fenjian', ['zheng', 'ma']],
  ]);

  await travel(world, 2, '07:50');
  for (const w of ['wang', 'zhanghm']) await checkIn(world, `kaihuang/${w}`);
  await travel(world, 2, '17:00');
  for (const w of ['wang', 'zhanghm']) {
    await finish(world, `kaihuang/${w}`, '3栋2单元开荒保洁已完成，垃圾已清运。');
    await employerActs(world, `kaihuang/${w}`, 'confirm', { reason: '验收合格。' });
  }

  await travel(world, 3, '06:55');
  for (const w of ['liu', 'luo']) await checkIn(world, `qizhu/${w}`);
  await checkIn(world, 'peihu/li');
  await travel(world, 3, '09:00');
  await employerActs(world, 'peisong/chen', 'cancel', {
    reason: '商超客户临时取消订单，改期另约。',
    actingAs: 'EMPLOYER',
  });
  await world.api.as('platform')('POST', `/jobs/${seeded(world.jobs, 'peisong', 'job').id}/cancel`, {
    reason: '客户订单取消，本次配送用工取消。',
  });
  await travel(world, 3, '17:00');
  for (const w of ['liu', 'luo']) await finish(world, `qizhu/${w}`, '围墙砌筑完成。');
  await finish(world, 'peihu/li', '当日护理工作已完成并交接。');
  await travel(world, 3, '18:00');
  await employerActs(world, 'qizhu/liu', 'confirm', { reason: '验收合格。' });
  await employerActs(world, 'qizhu/luo', 'dispute', {
    reason: '东段约12米墙体垂直度偏差超标，需返工。',
    category: 'QUALITY',
    claimedRefundFen: 10000,
  });

  await travel(world, 4, '07:55');
  await checkIn(world, 'fenjian/zheng');
  await travel(world, 4, '09:00');
  await employerActs(world, 'fenjian/ma', 'mark-no-show', { reason: '开工后一小时仍未到岗，电话无人接听。' });
  await travel(world, 4, '18:00');
  await finish(world, 'fenjian/zheng', '分拣完成，共约2400件。');
  await employerActs(world, 'fenjian/zheng', 'confirm', { reason: '按时完成。' });
  // Both cleaners were paid out, so the posting closed by itself (FILLED → CLOSED: every work order
  // of the job has ended); the employer no longer has to close it.
  await rate(world, 'kaihuang/wang', 'WORKER', 5, '工资当天结清，活儿和招聘说的一样。');
  await rate(world, 'kaihuang/wang', 'EMPLOYER', 5, '干活利索，准时到岗。');
  await rate(world, 'kaihuang/zhanghm', 'WORKER', 4, '中午饭菜一般，其他都好。');
  await rate(world, 'kaihuang/zhanghm', 'EMPLOYER', 5, '认真细致。');
}
