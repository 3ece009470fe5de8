import type { CreditPointKind, CreditSeverity, RuleSet } from '@gigmarket/engine';
import { addMonths } from './rules.js';

/** A value of `CreditEventType` (docs/domains/credit.md, the event table). */
export type CreditEventType =
  | 'ASSIGNMENT_COMPLETED'
  | 'RATING_RECEIVED'
  | 'NO_SHOW'
  | 'LATE_CANCELLATION'
  | 'ESCROW_AUTO_RELEASED'
  | 'DISPUTE_LOST_NON_PAYMENT'
  | 'FAKE_POSTING_TAKEN_DOWN'
  | 'WAGE_ARREARS_CONFIRMED'
  | 'COMPLIANCE_GRADE_C'
  | 'CREDIT_REPAIRED';

export type ScoreEffect = 'POINTS' | 'FLOOR_TO_ZERO' | 'GRADE_CAP_C';

interface Row {
  /** The engine's point kind; ratings pick RATING_1…5 by stars. */
  points?: CreditPointKind;
  severity: CreditSeverity | null;
  scoreEffect: ScoreEffect;
  /** Chinese label used in summaries and factor explanations. */
  label: string;
}

/**
 * The event table of docs/domains/credit.md §Credit events: severity (E12) and score effect per type.
 * Points come from the engine's `creditPoints` rule; this table only says which row applies.
 */
export const EVENT_TABLE: Record<CreditEventType, Row> = {
  ASSIGNMENT_COMPLETED: {
    points: 'ASSIGNMENT_COMPLETED',
    severity: null,
    scoreEffect: 'POINTS',
    label: '完成并验收工单',
  },
  RATING_RECEIVED: { severity: null, scoreEffect: 'POINTS', label: '收到评价' },
  NO_SHOW: { points: 'NO_SHOW', severity: 'MINOR', scoreEffect: 'POINTS', label: '爽约未到岗' },
  LATE_CANCELLATION: {
    points: 'LATE_CANCELLATION',
    severity: 'MINOR',
    scoreEffect: 'POINTS',
    label: '开工前不足2小时取消工单',
  },
  ESCROW_AUTO_RELEASED: {
    points: 'ESCROW_AUTO_RELEASED',
    severity: 'MINOR',
    scoreEffect: 'POINTS',
    label: '逾期未确认完工、托管工资自动放款',
  },
  DISPUTE_LOST_NON_PAYMENT: {
    points: 'DISPUTE_LOST_ON_PAY',
    severity: 'GENERAL',
    scoreEffect: 'POINTS',
    label: '欠薪争议败诉',
  },
  FAKE_POSTING_TAKEN_DOWN: {
    points: 'POSTING_TAKEN_DOWN',
    severity: 'GENERAL',
    scoreEffect: 'POINTS',
    label: '虚假招聘信息被下架',
  },
  WAGE_ARREARS_CONFIRMED: {
    severity: 'SERIOUS',
    scoreEffect: 'FLOOR_TO_ZERO',
    label: '拖欠农民工工资经认定',
  },
  COMPLIANCE_GRADE_C: { severity: 'GENERAL', scoreEffect: 'GRADE_CAP_C', label: '劳动保障守法诚信等级为C级' },
  CREDIT_REPAIRED: { severity: null, scoreEffect: 'POINTS', label: '信用修复获准' },
};

/** The engine's point kind of a rating (5★ → RATING_5). */
export const ratingKind = (stars: number) => `RATING_${stars}` as CreditPointKind;

/** Points of one event from the engine's `creditPoints` (0 for floor, cap and repair records). */
export function scoreDeltaOf(type: CreditEventType, rules: RuleSet, stars?: number): number {
  const row = EVENT_TABLE[type];
  if (row.scoreEffect !== 'POINTS') return 0;
  if (type === 'RATING_RECEIVED') return rules.creditPoints.value[ratingKind(stars ?? 3)];
  return row.points ? rules.creditPoints.value[row.points] : 0;
}

/** Severity of one event; 1–2★ ratings are MINOR (the event table). NO_SHOW escalation is applied by the caller. */
export function severityOf(type: CreditEventType, stars?: number): CreditSeverity | null {
  if (type === 'RATING_RECEIVED') return stars !== undefined && stars <= 2 ? 'MINOR' : null;
  return EVENT_TABLE[type].severity;
}

/** Months an event without severity stays in effect (PROPOSAL: the score reflects recent conduct). */
export const NO_SEVERITY_MONTHS = 12;

/**
 * The E12 periods of an event: `publicUntil` = occurredAt + the severity's maximum publication
 * period (minor 3, general 12, serious 36 months; 12 months without severity), and
 * `repairableAfter` = occurredAt + its minimum (minor at once, general 3, serious 12 months).
 */
export function periodsOf(
  severity: CreditSeverity | null,
  occurredAt: string,
  rules: RuleSet,
): { publicUntil: string; repairableAfter: string | null; minPublicUntil: string } {
  if (!severity)
    return {
      publicUntil: addMonths(occurredAt, NO_SEVERITY_MONTHS),
      repairableAfter: null,
      minPublicUntil: occurredAt,
    };
  const { minMonths, maxMonths } = rules.creditPublicationMonths.value[severity];
  return {
    publicUntil: addMonths(occurredAt, maxMonths),
    repairableAfter: addMonths(occurredAt, minMonths),
    minPublicUntil: addMonths(occurredAt, minMonths),
  };
}

/** The `sourceRef.type` for an object ID of this API, by its prefix. */
export function sourceTypeOf(id: string): string {
  const prefix = id.slice(0, 3);
  const byPrefix: Record<string, string> = {
    asg: 'ASSIGNMENT',
    rat: 'RATING',
    esc: 'ESCROW',
    dsp: 'DISPUTE',
    job: 'JOB',
    war: 'WAGE_ARREARS_CASE',
    blk: 'BLACKLIST_ENTRY',
    crp: 'CREDIT_REPAIR',
  };
  return byPrefix[prefix] ?? 'ADMINISTRATIVE_DECISION';
}
