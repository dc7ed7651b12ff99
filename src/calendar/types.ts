/** Working days on the PRC State Council holiday calendar (with make-up working weekends). */
export interface WorkCalendar {
  /** Is this day (YYYY-MM-DD) a working day? */
  isWorkingDay(date: string): boolean;
  /** The date `n` working days after `date` (n >= 0). */
  addWorkingDays(date: string, n: number): string;
  /** Does the official calendar cover this date? Outside it, plain weekdays are counted. */
  covers(date: string): boolean;
}
