import { BOARD_JOBS } from './jobs-board.js';
import { WORKED_JOBS } from './jobs-worked.js';
import type { OccupationKey } from './occupations.js';

/**
 * The demo job postings, one row each: who hires, the trade, where (district code), openings,
 * pay and when, in story days (day 0 = the day the seed starts, "today" = DEMO_STORY_DAYS). The
 * story (story-*.ts) moves each into its lifecycle state; `review` says how far review goes.
 * Day rates are plausible Hangzhou gig wages in fen, not sourced figures.
 */
export interface DemoJob {
  key: string;
  employer: string;
  occupation: OccupationKey;
  district: string;
  title: string;
  description: string;
  openings: number;
  pay: { unit: 'PER_DAY' | 'PER_HOUR'; rateFen: number; units: number };
  /** Start and end as [day, 'HH:MM'] pairs, and the posting's last valid moment. */
  start: [number, string];
  end: [number, string];
  validThrough: [number, string];
  dailyHours: number;
  escrow?: boolean;
  insurance?: boolean;
  partTime?: boolean;
  review?: 'DRAFT' | 'PENDING' | 'REJECT';
}

/** Every demo job: those whose work the story plays, then the job board's. */
export const DEMO_JOBS: readonly DemoJob[] = [...WORKED_JOBS, ...BOARD_JOBS];
