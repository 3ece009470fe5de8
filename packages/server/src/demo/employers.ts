import { district } from './districts.js';
import { residentId, uscc } from './identifiers.js';
import type { DemoRole } from './request.js';

/**
 * The demo city's employers (用工主体): enterprises, an individual business, a private non-enterprise
 * care home and two households, each registered at a gig market by the platform or the HR agency and
 * put through pre-registration review (初审登记, seed 001). Names and numbers are fictitious; the
 * identifiers are built valid (GB 32100, GB 11643).
 */
export interface DemoEmployer {
  key: string;
  registeredBy: DemoRole;
  market: string;
  /** How review ends: approved (the default), rejected, or left pending. */
  review?: 'REJECTED' | 'PENDING';
  body: Record<string, unknown>;
}

const organisation = (
  key: string,
  registeredBy: DemoRole,
  market: string,
  code: string,
  legalName: string,
  representative: [string, string],
  contact: [string, string],
  review?: DemoEmployer['review'],
): DemoEmployer => ({
  key,
  registeredBy,
  market,
  ...(review ? { review } : {}),
  body: {
    kind: 'ORGANIZATION',
    uscc: code,
    legalName,
    legalRepresentative: { name: representative[0], idNumber: representative[1] },
    contactName: contact[0],
    contactMobile: contact[1],
    location: { region: code.slice(2, 8), address: `${district(code.slice(2, 8)).street}88号` },
  },
});

const household = (
  key: string,
  market: string,
  name: string,
  idNumber: string,
  region: string,
  mobile: string,
): DemoEmployer => ({
  key,
  registeredBy: 'platform',
  market,
  body: {
    kind: 'INDIVIDUAL',
    person: { name, idNumber },
    registeredRegion: region,
    location: { region, address: `${district(region).street}56号2单元1502室` },
    contactName: name,
    contactMobile: mobile,
  },
});

export const DEMO_EMPLOYERS: readonly DemoEmployer[] = [
  organisation(
    'jiemei',
    'platform',
    'yuhang',
    uscc('91', '330110', 'MA2KXY3L'),
    '杭州余杭洁美家政服务有限公司',
    ['陈志强', residentId('330106', '19750101', '441')],
    ['李敏', '13705716201'],
  ),
  organisation(
    'hongda',
    'platform',
    'linping',
    uscc('91', '330113', 'MA2J8R4T'),
    '杭州临平宏达建筑劳务有限公司',
    ['周建华', residentId('330113', '19720815', '313')],
    ['吴刚', '13857102233'],
  ),
  organisation(
    'suda',
    'platform',
    'qiantang',
    uscc('91', '330114', 'MA2H6P1N'),
    '杭州钱塘速达同城配送有限公司',
    ['郑晓东', residentId('330114', '19830422', '215')],
    ['孙丽', '13957104456'],
  ),
  organisation(
    'kangning',
    'platform',
    'xihu',
    uscc('52', '330106', 'MJ0012K7'),
    '杭州市西湖区康宁养老服务中心',
    ['何淑芬', residentId('330106', '19680930', '122')],
    ['何淑芬', '13606711890'],
  ),
  organisation(
    'hengxin',
    'hr_agency',
    'xiaoshan',
    uscc('91', '330109', 'MA2B3C4D'),
    '杭州萧山恒信电气安装有限公司',
    ['沈国平', residentId('330109', '19791203', '057')],
    ['沈国平', '13588012345'],
  ),
  organisation(
    'zhiwei',
    'hr_agency',
    'gongshu',
    uscc('92', '330105', 'MA2E5F6G'),
    '杭州拱墅知味面点店',
    ['林秀珍', residentId('330105', '19860517', '228')],
    ['林秀珍', '13018887766'],
  ),
  organisation(
    'jieyun',
    'hr_agency',
    'binjiang',
    uscc('91', '330108', 'MA2K7L8M'),
    '杭州滨江捷运快递服务有限公司',
    ['马骏', residentId('330108', '19900228', '371')],
    ['马骏', '18668001122'],
  ),
  organisation(
    'xinrong',
    'platform',
    'yuhang',
    uscc('91', '330110', 'MA2N9P0Q'),
    '杭州鑫荣劳务信息咨询有限公司',
    ['赵鹏', residentId('330110', '19880611', '395')],
    ['赵鹏', '15990112233'],
    'REJECTED',
  ),
  organisation(
    'fuchun',
    'hr_agency',
    'fuyang',
    uscc('91', '330111', 'MA2R1T2U'),
    '杭州富春江物流有限公司',
    ['钱江', residentId('330111', '19810909', '173')],
    ['钱江', '13735556677'],
    'PENDING',
  ),
  household('zhang', 'xihu', '张丽', '210202198512150328', '330106', '13904115873'),
  household('liu', 'cangqian', '刘文军', residentId('330110', '19650320', '251'), '330110', '13858009876'),
];
