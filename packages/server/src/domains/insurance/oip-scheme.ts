import { injuryProtectionRate, type OipIndustry } from '@gigmarket/engine';
import type { OperationContext } from '../../context.js';
import { ruleViolation } from '../../http/problem.js';
import { rulesFor } from './support.js';

/**
 * Provinces in occupational-injury protection and the day they joined (E4): 7 pilot provinces
 * from 2022-07-01, 10 more from 2025-07-01, every province from 2026-01-01. The engine has no rule
 * key for this list yet, so the server keeps it here as its region rule table.
 */
const JOINED: Record<string, string> = {
  // Beijing, Shanghai, Jiangsu, Guangdong, Hainan, Chongqing, Sichuan.
  ...Object.fromEntries(
    ['110000', '310000', '320000', '440000', '460000', '500000', '510000'].map((p) => [p, '2022-07-01']),
  ),
  // Tianjin, Hebei, Liaoning, Zhejiang, Anhui, Fujian, Shandong, Hubei, Guangxi, Ningxia.
  ...Object.fromEntries(
    ['120000', '130000', '210000', '330000', '340000', '350000', '370000', '420000', '450000', '640000'].map(
      (p) => [p, '2025-07-01'],
    ),
  ),
};
const ALL_PROVINCES_FROM = '2026-01-01';

/** `422` unless the province is in the scheme on the day (E4). */
export function assertProvinceInScheme(province: string, date: string): void {
  const joined = JOINED[province] ?? ALL_PROVINCES_FROM;
  if (date < joined)
    throw ruleViolation(
      `Province ${province} is in occupational-injury protection from ${joined}, not on ${date} (E4: 7 pilot provinces from 2022-07-01, 17 from 2025-07-01, all from 2026).`,
    );
}

/** The industry's national base rate (engine `injuryProtectionRate`); `422` for an industry without one. */
export function oipBaseRate(
  ctx: OperationContext,
  province: string,
  date: string,
  industry: string,
  firstYear: boolean,
) {
  const rules = rulesFor(ctx, province, date);
  const rate = injuryProtectionRate({ industry: industry as OipIndustry, firstYear, rules });
  if (!rate.ok) throw ruleViolation(`${rate.error.message} (${rate.error.code}, E4).`);
  return { rules, rate: rate.value };
}
