import type { RuleSet } from '@gigmarket/engine';
import type { ObjectRow } from '../../store/objects.js';
import { type CreditEventType, EVENT_TABLE, ratingKind } from './event-table.js';

type Data = Record<string, unknown>;

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/**
 * The plain-Chinese explanation of one factor (CreditFactor.explanation): the rule applied with
 * its numbers, so that a worker or employer can check the score line by line.
 */
export function explain(kind: CreditEventType, rows: ObjectRow[], rules: RuleSet, points: number): string {
  const { label } = EVENT_TABLE[kind];
  const count = rows.length;
  switch (kind) {
    case 'RATING_RECEIVED': {
      const byStars = new Map<number, number>();
      for (const r of rows) {
        const stars = ((r.internal as Data).stars ?? 3) as number;
        byStars.set(stars, (byStars.get(stars) ?? 0) + 1);
      }
      const parts = [...byStars.entries()]
        .sort(([a], [b]) => b - a)
        .map(([stars, n]) => {
          const each = rules.creditPoints.value[ratingKind(stars)];
          return `${stars}星${n}次${each === 0 ? '0分' : `各${signed(each)}分`}`;
        });
      return `收到评价${count}次：${parts.join('，')}。`;
    }
    case 'WAGE_ARREARS_CONFIRMED':
      return `${label}${count}次（严重失信，E11），在有效期内信用分降至0分，本项计${signed(points)}分。`;
    case 'COMPLIANCE_GRADE_C':
      return `${label}（E13），不计分，信用等级最高为C。`;
    case 'CREDIT_REPAIRED':
      return `${label}${count}次，不计分，被修复的失信记录不再计入（E12）。`;
    default: {
      const each = count ? points / count : 0;
      const severity = rows.some((r) => (r.data as Data).severity === 'GENERAL') ? '一般失信' : null;
      return `${label}${count}次，每次${signed(each)}分，共${signed(points)}分${severity ? `（含${severity}）` : ''}。`;
    }
  }
}
