import { checkMinimumWage, postedPayPerMinutes } from '@gigmarket/engine';
import { ruleViolation } from '../../http/problem.js';

type Data = Record<string, unknown>;

/**
 * Terms that select by gender, ethnicity, religion or household registration, which a posting must
 * not contain (就业促进法 art. 27–31 as applied to recruitment postings, E15).
 */
const DISCRIMINATORY: Array<[RegExp, string]> = [
  [/(限|仅限|只招|只要|要求)(男|女)|(男|女)(性|士)?优先|男性|女性/, 'gender'],
  [/汉族|少数民族|民族/, 'ethnicity'],
  [/宗教|信仰|穆斯林|佛教徒|基督徒/, 'religion'],
  [/户籍|户口|本地人|外地人|非本地/, 'household registration'],
];

/** The agreement an employment form implies when the posting names none (JobCreate.agreementType). */
export function derivedAgreementType(employmentForm: string): string {
  if (['LABOUR_RELATION', 'LABOUR_DISPATCH', 'PART_TIME_LABOUR'].includes(employmentForm))
    return 'LABOUR_CONTRACT';
  if (employmentForm === 'INCOMPLETE_LABOUR_RELATION') return 'WRITTEN_AGREEMENT';
  return 'SERVICE_AGREEMENT';
}

const ms = (instant: unknown) => new Date(String(instant)).getTime();

/**
 * Every creation rule of docs/domains/jobs-postings.md "Rules for creating and editing" that the
 * schema cannot express; the first broken one is answered 422 naming the rule and its source.
 * `jobs.update` runs it on the merged result, so a job is always lawful whatever route it took.
 * `minimumHourlyWageFen` is the region's rule (`rulesFor(ctx)`), `null` where none is set.
 */
export function assertJobRules(job: Data, nowMs: number, minimumHourlyWageFen: number | null): void {
  const requirements = (job.requirements ?? {}) as { summary?: string; ageMin?: number; ageMax?: number };
  for (const [field, text] of [
    ['title', job.title],
    ['requirements.summary', requirements.summary],
  ] as const) {
    for (const [pattern, ground] of DISCRIMINATORY) {
      const hit = typeof text === 'string' ? pattern.exec(text) : null;
      if (hit)
        throw ruleViolation(
          `\`${field}\` contains "${hit[0]}", a condition on ${ground}; postings must not discriminate (E15).`,
        );
    }
  }
  const form = String(job.employmentForm);
  const schedule = (job.schedule ?? {}) as {
    startAt?: string;
    endAt?: string;
    dailyHours?: number;
    weeklyHours?: number;
  };
  const pay = (job.pay ?? {}) as { payCycle?: string; unit?: string; rateFen?: number };
  if (form === 'PART_TIME_LABOUR') {
    if ((schedule.dailyHours ?? 0) > 4 || (schedule.weeklyHours ?? 0) > 24)
      throw ruleViolation(
        'Part-time labour works at most 4 hours a day and 24 a week (劳动合同法 art. 68, E10).',
      );
    if (pay.payCycle === 'MONTHLY')
      throw ruleViolation('Part-time labour is paid at least every 15 days (劳动合同法 art. 72, E10).');
    // Hourly and daily rates have an hourly form; piece and task rates are checked per work order.
    const posted = postedPayPerMinutes({
      unit: String(pay.unit),
      rateFen: Number(pay.rateFen),
      ...(schedule.dailyHours !== undefined ? { dailyHours: schedule.dailyHours } : {}),
    });
    const wage = posted && checkMinimumWage({ employmentForm: form, ...posted, minimumHourlyWageFen });
    if (wage && !wage.ok) throw ruleViolation(`\`pay\`: ${wage.error.message}`);
  }
  if (job.agreementType === 'ORAL_PART_TIME' && form !== 'PART_TIME_LABOUR')
    throw ruleViolation('An oral agreement is allowed only for part-time labour (劳动合同法 art. 69, E10).');
  const insurance = (job.insuranceRequirement ?? {}) as { required?: boolean };
  if (insurance.required && job.riskClass === 'UNINSURABLE')
    throw ruleViolation('A job of risk class UNINSURABLE cannot require insurance (E21).');
  if (schedule.startAt && schedule.endAt && ms(schedule.startAt) >= ms(schedule.endAt))
    throw ruleViolation('`schedule.startAt` must be before `schedule.endAt` (JobSchedule).');
  if (ms(job.validThrough) <= nowMs)
    throw ruleViolation('`validThrough` has passed; a posting must be valid in the future (E15).');
  if (job.validFrom && ms(job.validFrom) >= ms(job.validThrough))
    throw ruleViolation('`validThrough` must be after `validFrom` (E15).');
  if (
    requirements.ageMin !== undefined &&
    requirements.ageMax !== undefined &&
    requirements.ageMin > requirements.ageMax
  )
    throw ruleViolation(
      '`requirements.ageMax` must not be less than `requirements.ageMin` (JobRequirements).',
    );
}
