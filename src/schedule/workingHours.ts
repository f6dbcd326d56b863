import { KommunalValidationError } from '../errors/KommunalValidationError.js';
import { failOption, type Locale, optionOf } from '../errors/options.js';
import { SCHEDULE_ITEM_MESSAGES } from '../i18n/scheduleItems.js';
import { isArray, isRecord } from '../time/quote.js';

/**
 * Working hours: a day's window (`HH:mm`, local time of each item's place) and the weekdays it
 * applies to (1 = Monday … 7 = Sunday; default Monday to Friday).
 *
 * @example
 * ```ts
 * import type { WorkingHours } from 'kommunal';
 *
 * const office: WorkingHours = { start: '08:00', end: '16:30' };
 * office.end; // => '16:30'
 * ```
 *
 * @category Scheduling
 */
export interface WorkingHours {
  /** Beginning of the working day, `HH:mm` from `00:00` to `24:00`. */
  readonly start: string;
  /** End of the working day, `HH:mm`, after `start`. */
  readonly end: string;
  /** Weekdays it applies to, 1 = Monday … 7 = Sunday, at least one; default Monday to Friday. */
  readonly days?: readonly number[] | undefined;
}

/** Working hours as checked: minutes of the day, and the weekdays in order, each once. */
export interface CheckedWorkingHours {
  readonly start: number;
  readonly end: number;
  /** Per weekday 1 = Monday … 7 = Sunday (index 0 unused): whether it is a working day. */
  readonly allowed: readonly boolean[];
  /** The working days in order, for messages. */
  readonly days: readonly number[];
  /** `start` and `end` as given, for messages. */
  readonly startText: string;
  readonly endText: string;
}

/** Minutes since midnight of a time of day `HH:mm` from `00:00` to `24:00` (the end of the day), or undefined. */
export function clockMinutes(hhmm: unknown): number | undefined {
  const match = typeof hhmm === 'string' ? /^([01]\d|2[0-4]):([0-5]\d)$/.exec(hhmm) : null;
  if (!match || (match[1] === '24' && match[2] !== '00')) return undefined;
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * Reads a `workingHours` option: an object with `start` and `end` (`HH:mm`, `00:00`–`24:00`, the
 * end after the start) and `days` (a non-empty list of weekdays 1–7, default Monday to Friday).
 * Anything else is an `invalid_option` error naming the option and the value.
 */
export function readWorkingHours(fn: string, value: unknown, locale: Locale): CheckedWorkingHours | undefined {
  if (value === undefined) return undefined;
  const messages = SCHEDULE_ITEM_MESSAGES[locale];
  if (!isRecord(value)) return failOption(fn, 'workingHours', value, messages.anObjectWithStartAndEnd, locale);
  const startText = optionOf(fn, value, 'start', locale, 'workingHours.start');
  const endText = optionOf(fn, value, 'end', locale, 'workingHours.end');
  const days = optionOf(fn, value, 'days', locale, 'workingHours.days');
  const start = clockMinutes(startText);
  if (start === undefined) failOption(fn, 'workingHours.start', startText, messages.aClockTime, locale);
  const end = clockMinutes(endText);
  if (end === undefined) failOption(fn, 'workingHours.end', endText, messages.aClockTime, locale);
  if (end <= start) failOption(fn, 'workingHours.end', endText, messages.aTimeAfter(startText), locale);
  const allowed = [false, true, true, true, true, true, false, false];
  if (days !== undefined) {
    if (!isArray(days)) return failOption(fn, 'workingHours.days', days, messages.weekdays, locale);
    // Its length and entries read once each, as own properties: a hole is no weekday.
    const length = optionOf(fn, days, 'length', locale, 'workingHours.days') as number;
    if (length === 0) {
      const message = messages.emptyWeekdays(fn, messages.weekdays);
      throw new KommunalValidationError([{ path: [], code: 'invalid_option', message }], { locale });
    }
    allowed.fill(false);
    for (let entry = 0; entry < length; entry += 1) {
      const label = `workingHours.days[${entry}]`;
      const day = optionOf(fn, days, String(entry), locale, label);
      if (typeof day !== 'number' || !Number.isInteger(day) || day < 1 || day > 7) {
        failOption(fn, label, day, messages.aWeekday, locale);
      }
      allowed[day] = true;
    }
  }
  const list = [1, 2, 3, 4, 5, 6, 7].filter((day) => allowed[day]);
  return { start, end, allowed, days: list, startText: startText as string, endText: endText as string };
}
