/**
 * The demo city, Hangzhou (杭州市, 330100), by district. Codes are GB/T 2260 as in force since the
 * 2021 redistricting (下城 330103 and 江干 330104 abolished; 临平 330113 and 钱塘 330114 created,
 * DOMAIN.md §2.1 RegionCode). Centres are the district government seats, GCJ-02, rounded.
 */
export interface DemoDistrict {
  code: string;
  name: string;
  /** A street address near the centre, for job sites. */
  street: string;
  lng: number;
  lat: number;
}

export const HANGZHOU = { code: '330100', name: '杭州市' } as const;

export const DEMO_DISTRICTS: readonly DemoDistrict[] = [
  { code: '330102', name: '上城区', street: '浙江省杭州市上城区解放东路', lng: 120.1712, lat: 30.2502 },
  { code: '330105', name: '拱墅区', street: '浙江省杭州市拱墅区湖墅南路', lng: 120.1419, lat: 30.3192 },
  { code: '330106', name: '西湖区', street: '浙江省杭州市西湖区文三路', lng: 120.1301, lat: 30.2595 },
  { code: '330108', name: '滨江区', street: '浙江省杭州市滨江区江南大道', lng: 120.2119, lat: 30.2084 },
  { code: '330109', name: '萧山区', street: '浙江省杭州市萧山区市心中路', lng: 120.2643, lat: 30.1851 },
  { code: '330110', name: '余杭区', street: '浙江省杭州市余杭区文一西路', lng: 120.0321, lat: 30.2805 },
  { code: '330111', name: '富阳区', street: '浙江省杭州市富阳区北环路', lng: 119.9603, lat: 30.0488 },
  { code: '330112', name: '临安区', street: '浙江省杭州市临安区锦城街道', lng: 119.7246, lat: 30.2338 },
  { code: '330113', name: '临平区', street: '浙江省杭州市临平区迎宾路', lng: 120.299, lat: 30.419 },
  { code: '330114', name: '钱塘区', street: '浙江省杭州市钱塘区文泽路', lng: 120.3393, lat: 30.3101 },
  { code: '330122', name: '桐庐县', street: '浙江省杭州市桐庐县迎春南路', lng: 119.6912, lat: 29.7932 },
  { code: '330127', name: '淳安县', street: '浙江省杭州市淳安县千岛湖镇', lng: 119.0421, lat: 29.6093 },
  { code: '330182', name: '建德市', street: '浙江省杭州市建德市新安江街道', lng: 119.2813, lat: 29.4746 },
];

/**
 * Where some demo workers' household registration (户籍地) is: migrant workers are the common case
 * in Hangzhou's gig markets. Codes from DOMAIN.md §5.1 and §2.1's examples.
 */
export const HOME_REGIONS = {
  longan: '450123', // 广西南宁市隆安县 (seed 001)
  qingxu: '140121', // 山西太原市清徐县 (seed 001)
  zhongshan: '210202', // 辽宁大连市中山区 (seed 002)
  siming: '350203', // 福建厦门市思明区 (E26)
} as const;

/** A district by code; throws for a code the demo city does not have (a typo in the seed). */
export function district(code: string): DemoDistrict {
  const found = DEMO_DISTRICTS.find((d) => d.code === code);
  if (!found) throw new Error(`The demo city has no district ${code}.`);
  return found;
}
