import { HOME_REGIONS } from './districts.js';
import { residentId } from './identifiers.js';
import { OCCUPATIONS, type OccupationKey } from './occupations.js';
import type { DemoRole } from './request.js';

/**
 * The demo city's gig workers (零工): local and migrant (户籍地 elsewhere, DOMAIN.md §5.1), some
 * with a hardship category for subsidies (seed 002), registered by the worker app, the platform
 * (its riders) or the HR agency at a gig market (求职登记). Fictitious people; valid GB 11643 numbers.
 */
export interface DemoWorker {
  key: string;
  name: string;
  idNumber: string;
  mobile: string;
  occupation: OccupationKey;
  residence: string;
  market: string;
  registeredBy: DemoRole;
  hardship?: string;
}

const worker = (
  key: string,
  name: string,
  [home, birth, sequence]: [string, string, string],
  mobile: string,
  occupation: OccupationKey,
  [residence, market]: [string, string],
  registeredBy: DemoRole = 'worker_app',
  hardship?: string,
): DemoWorker => ({
  key,
  name,
  idNumber: residentId(home, birth, sequence),
  mobile,
  occupation,
  residence,
  market,
  registeredBy,
  ...(hardship ? { hardship } : {}),
});

const { longan, qingxu, zhongshan, siming } = HOME_REGIONS;

export const DEMO_WORKERS: readonly DemoWorker[] = [
  worker('wang', '王建国', ['330110', '19900307', '123'], '13812345678', 'housekeeping', [
    '330110',
    'yuhang',
  ]),
  worker(
    'huang',
    '黄秀英',
    [longan, '19780512', '232'],
    '13907712468',
    'housekeeping',
    ['330110', 'cangqian'],
    'worker_app',
    'HARD_TO_EMPLOY',
  ),
  worker('li', '李春梅', [longan, '19820214', '366'], '13977165432', 'elderCare', ['330106', 'xihu']),
  worker('zhu', '朱静', ['330102', '19880130', '148'], '13516818899', 'elderCare', ['330105', 'gongshu']),
  worker('zhanghm', '张红梅', [qingxu, '19870803', '224'], '13623510987', 'housekeeping', ['330106', 'xihu']),
  worker(
    'he',
    '何丽',
    ['330111', '20010520', '086'],
    '15067123344',
    'housekeeping',
    ['330111', 'fuyang'],
    'worker_app',
    'GRADUATE_WITHIN_2Y',
  ),
  worker(
    'chen',
    '陈小明',
    ['330113', '19950618', '173'],
    '13758196021',
    'delivery',
    ['330114', 'qiantang'],
    'platform',
  ),
  worker(
    'feng',
    '冯磊',
    [zhongshan, '19930315', '419'],
    '13842217765',
    'delivery',
    ['330114', 'qiantang'],
    'platform',
  ),
  worker('liu', '刘大勇', [qingxu, '19760101', '395'], '13934521876', 'bricklayer', ['330113', 'linping']),
  worker(
    'luo',
    '罗永强',
    [longan, '19700612', '317'],
    '13877156620',
    'bricklayer',
    ['330113', 'linping'],
    'worker_app',
    'HARD_TO_EMPLOY',
  ),
  worker('zhao', '赵铁柱', [qingxu, '19800909', '051'], '13513518642', 'concrete', ['330113', 'linping']),
  worker(
    'sun',
    '孙志刚',
    ['330109', '19850711', '279'],
    '13656712345',
    'electrician',
    ['330109', 'xiaoshan'],
    'hr_agency',
  ),
  worker(
    'zhouht',
    '周海涛',
    ['330109', '19920402', '113'],
    '18767120098',
    'electrician',
    ['330109', 'xiaoshan'],
    'hr_agency',
  ),
  worker(
    'wu',
    '吴桂兰',
    ['330105', '19790825', '226'],
    '13735801234',
    'pastry',
    ['330105', 'gongshu'],
    'hr_agency',
  ),
  worker(
    'zheng',
    '郑凯',
    ['330108', '19980101', '311'],
    '18958012277',
    'courier',
    ['330108', 'binjiang'],
    'hr_agency',
  ),
  worker(
    'ma',
    '马晓燕',
    [siming, '19960707', '128'],
    '15960213456',
    'courier',
    ['330108', 'binjiang'],
    'hr_agency',
  ),
];

/** The WorkerCreate body: skills and preferences follow the worker's trade (matching tags, seed 000). */
export function workerBody(w: DemoWorker, gigMarketId: string) {
  const occupation = OCCUPATIONS[w.occupation];
  return {
    name: w.name,
    idDocType: 'RESIDENT_ID',
    idNumber: w.idNumber,
    mobile: w.mobile,
    householdRegion: w.idNumber.slice(0, 6),
    residenceRegion: w.residence,
    employmentSituation: 'FLEXIBLE',
    isPlatformWorker: w.registeredBy === 'platform',
    hardshipCategories: w.hardship ? [w.hardship] : [],
    skills: [
      {
        occupationCode: occupation.code,
        name: occupation.name,
        workType: occupation.workType,
        yearsOfExperience: 3,
      },
    ],
    preferences: {
      occupations: [occupation.code],
      regions: [w.residence],
      payFloorFen: 15000,
      payFloorUnit: 'PER_DAY',
      maxDailyHours: 9,
      availableDays: [1, 2, 3, 4, 5, 6, 7],
      availableHours: { start: '06:00', end: '20:00' },
    },
    gigMarketId,
  };
}
