import { shanghaiIso } from '../../context.js';
import { ProblemError } from '../../http/problem.js';
import type { CustomHandler } from '../../operations/definitions.js';
import { sandboxOffsetSeconds, setSandboxOffset } from '../../sandbox-clock.js';

const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86_400 } as const;

/** `GET /sandbox/clock`. */
export const sandboxClockGet: CustomHandler = async (ctx) => ({
  body: { now: ctx.now, offsetSeconds: await sandboxOffsetSeconds(ctx.tx) },
});

/**
 * `POST /sandbox/clock/advance`: moves the shared clock forward. Time-based rules run on the new
 * time: the next request (and the background worker) sees it.
 */
export const sandboxClockAdvance: CustomHandler = async (ctx) => {
  const body = ctx.body as { by?: string; to?: string };
  const current = await sandboxOffsetSeconds(ctx.tx);
  let seconds: number;
  if (body.by) {
    const [, n, unit] = /^(\d+)(s|m|h|d)$/.exec(body.by) as unknown as [
      string,
      string,
      keyof typeof UNIT_SECONDS,
    ];
    seconds = Number(n) * UNIT_SECONDS[unit];
  } else {
    seconds = Math.round((new Date(body.to as string).getTime() - ctx.nowDate.getTime()) / 1000);
    if (seconds < 0)
      throw new ProblemError(
        422,
        'rule-violation',
        `The sandbox clock never moves back; it is already ${ctx.now}.`,
      );
  }
  const offsetSeconds = current + seconds;
  await setSandboxOffset(ctx.tx, offsetSeconds);
  const now = new Date(ctx.nowDate.getTime() + seconds * 1000);
  // Every time-based rule that fell due runs before the answer (docs/domains/common.md).
  await ctx.runSweeps(now);
  return { body: { now: shanghaiIso(now), offsetSeconds } };
};
