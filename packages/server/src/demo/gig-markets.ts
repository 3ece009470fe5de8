/**
 * Gig markets of the demo city and two sourced markets elsewhere (DOMAIN.md §5.1): markets,
 * stations (零工驿站) and service points, the three offline venue tiers of seed 001. Coordinates
 * are GCJ-02 near the districts' service centres; region codes are GB/T 2260.
 */
export interface DemoGigMarket {
  key: string;
  name: string;
  venueType: 'MARKET' | 'STATION' | 'SERVICE_POINT';
  region: string;
  address: string;
  lng: number;
  lat: number;
  open: string;
  close: string;
  occupations: string[];
}

const market = (
  key: string,
  name: string,
  venueType: DemoGigMarket['venueType'],
  region: string,
  address: string,
  [lng, lat]: [number, number],
  [open, close]: [string, string],
  occupations: string[],
): DemoGigMarket => ({ key, name, venueType, region, address, lng, lat, open, close, occupations });

export const DEMO_GIG_MARKETS: readonly DemoGigMarket[] = [
  market(
    'yuhang',
    '余杭区灵活就业服务中心',
    'MARKET',
    '330110',
    '浙江省杭州市余杭区临平大道503号',
    [120.2999, 30.4189],
    ['06:00', '18:00'],
    ['4-10-01-06', '4-02-07-10'],
  ),
  market(
    'cangqian',
    '余杭区仓前街道零工驿站',
    'STATION',
    '330110',
    '浙江省杭州市余杭区仓前街道文一西路1500号',
    [119.9935, 30.2904],
    ['07:00', '19:00'],
    ['4-10-01-06'],
  ),
  market(
    'linping',
    '临平区零工市场',
    'MARKET',
    '330113',
    '浙江省杭州市临平区南苑街道迎宾路369号',
    [120.3016, 30.4205],
    ['05:30', '17:30'],
    ['6-29-01-01', '6-29-01-03'],
  ),
  market(
    'qiantang',
    '钱塘区零工服务网点',
    'SERVICE_POINT',
    '330114',
    '浙江省杭州市钱塘区下沙街道文泽路21号',
    [120.3393, 30.3101],
    ['08:30', '17:00'],
    ['4-02-07-10'],
  ),
  market(
    'xihu',
    '西湖区零工市场',
    'MARKET',
    '330106',
    '浙江省杭州市西湖区文三路477号',
    [120.1293, 30.2776],
    ['06:00', '18:00'],
    ['4-10-01-06', '4-10-01-05'],
  ),
  market(
    'xiaoshan',
    '萧山区零工市场',
    'MARKET',
    '330109',
    '浙江省杭州市萧山区市心中路818号',
    [120.2661, 30.1702],
    ['05:30', '18:00'],
    ['6-29-01-01', '6-31-01-03'],
  ),
  market(
    'binjiang',
    '滨江区长河街道零工驿站',
    'STATION',
    '330108',
    '浙江省杭州市滨江区长河街道江南大道1088号',
    [120.2042, 30.1961],
    ['07:30', '19:00'],
    ['4-02-07-10', '4-10-01-06'],
  ),
  market(
    'gongshu',
    '拱墅区零工驿站',
    'STATION',
    '330105',
    '浙江省杭州市拱墅区湖墅南路186号',
    [120.1459, 30.2881],
    ['07:00', '18:30'],
    ['4-10-01-05'],
  ),
  market(
    'fuyang',
    '富阳区零工服务网点',
    'SERVICE_POINT',
    '330111',
    '浙江省杭州市富阳区富春街道北环路66号',
    [119.9601, 30.0512],
    ['08:00', '17:00'],
    ['4-02-07-08'],
  ),
  market(
    'qingxu',
    '清徐县零工市场',
    'MARKET',
    '140121',
    '山西省太原市清徐县清源镇文源路18号',
    [112.357, 37.608],
    ['05:30', '18:00'],
    ['6-29-01-01'],
  ),
  market(
    'siming',
    '思明区零工市场',
    'MARKET',
    '350203',
    '福建省厦门市思明区湖滨东路93号',
    [118.1, 24.48],
    ['06:00', '17:30'],
    ['4-10-01-06'],
  ),
];

/** The GigMarketCreate body of a demo market: public, free (seed 002: 免费场地和信息发布). */
export function gigMarketBody(m: DemoGigMarket) {
  return {
    name: m.name,
    venueType: m.venueType,
    operatorType: 'PUBLIC',
    operator: { name: `${m.name.replace(/零工.*$|灵活就业.*$/, '')}公共就业服务机构` },
    location: { region: m.region, address: m.address, geo: { lng: m.lng, lat: m.lat, crs: 'GCJ02' } },
    openingHours: [{ daysOfWeek: [1, 2, 3, 4, 5, 6, 7], open: m.open, close: m.close }],
    occupations: [...m.occupations],
    services: ['JOB_REGISTRATION', 'HIRING_REGISTRATION', 'FAST_HIRE', 'POLICY_CONSULT', 'RIGHTS_PROTECTION'],
    facilities: ['SHELTER', 'SEATING', 'DRINKING_WATER', 'CHARGING'],
    contacts: { hotline: m.region.startsWith('33') ? '0571-12333' : '12333', complaintHotline: '12333' },
    feeFen: 0,
  };
}
