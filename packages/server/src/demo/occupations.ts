/**
 * Occupations the demo jobs span, coded per 国家职业分类大典 (2015 edition). Only 4-02-07-10 and
 * 4-10-01-06 are verified against their national skill standards (E20); the others are DOMAIN.md
 * §5.2's codes marked VERIFY there, used here as sample data. Risk classes are §5.2's insurer-style
 * PROPOSAL (1 = lowest, 6 = highest), pay is a plausible Hangzhou day rate in fen.
 */
export interface DemoOccupation {
  code: string;
  name: string;
  workType: string;
  riskClass: string;
  /** The certificate a worker must hold (持证上岗, seed 001), when the trade requires one. */
  certificate?: { type: string; name: string };
}

export const OCCUPATIONS = {
  housekeeping: { code: '4-10-01-06', name: '家政服务员', workType: '家务服务员', riskClass: '2' },
  elderCare: { code: '4-10-01-05', name: '养老护理员', workType: '养老护理员', riskClass: '2' },
  delivery: { code: '4-02-07-10', name: '网约配送员', workType: '网约配送员', riskClass: '4' },
  courier: { code: '4-02-07-08', name: '快递员', workType: '快递分拣员', riskClass: '4' },
  bricklayer: { code: '6-29-01-01', name: '砌筑工', workType: '砌筑工', riskClass: '5' },
  concrete: { code: '6-29-01-03', name: '混凝土工', workType: '混凝土工', riskClass: '5' },
  electrician: {
    code: '6-31-01-03',
    name: '电工',
    workType: '低压电工',
    riskClass: '5',
    certificate: { type: 'SPECIAL_OPERATION_CERTIFICATE', name: '特种作业操作证（低压电工作业）' },
  },
  pastry: { code: '4-03-02-02', name: '中式面点师', workType: '中式面点师', riskClass: '2' },
} as const satisfies Record<string, DemoOccupation>;

export type OccupationKey = keyof typeof OCCUPATIONS;
