import { KommunalValidationError } from '../errors/KommunalValidationError.js';
import { failOption, type Locale, optionOf } from '../errors/options.js';
import { isArray, isRecord, show } from '../time/quote.js';
import { clockMinutes } from './scheduleItem.js';

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

/**
 * Reads a `workingHours` option: an object with `start` and `end` (`HH:mm`, `00:00`–`24:00`, the
 * end after the start) and `days` (a non-empty list of weekdays 1–7, default Monday to Friday).
 * Anything else is an `invalid_option` error naming the option and the value.
 */
export function readWorkingHours(fn: string, value: unknown, locale: Locale): CheckedWorkingHours | undefined {
  if (value === undefined) return undefined;
  const de = locale === 'de';
  if (!isRecord(value)) {
    return failOption(
      fn,
      'workingHours',
      value,
      de ? 'ein Objekt mit start und end' : 'an object with start and end',
      locale,
    );
  }
  const startText = optionOf(fn, value, 'start', locale, 'workingHours.start');
  const endText = optionOf(fn, value, 'end', locale, 'workingHours.end');
  const days = optionOf(fn, value, 'days', locale, 'workingHours.days');
  const time = de ? 'eine Uhrzeit „HH:mm“ von „00:00“ bis „24:00“' : 'a time "HH:mm" from "00:00" to "24:00"';
  const start = clockMinutes(startText);
  if (start === undefined) failOption(fn, 'workingHours.start', startText, time, locale);
  const end = clockMinutes(endText);
  if (end === undefined) failOption(fn, 'workingHours.end', endText, time, locale);
  if (end <= start) {
    const after = de
      ? `eine Uhrzeit nach dem Beginn ${show(startText, 'de')}`
      : `a time after the start "${startText}"`;
    failOption(fn, 'workingHours.end', endText, after, locale);
  }
  const allowed = [false, true, true, true, true, true, false, false];
  if (days !== undefined) {
    const list = de
      ? 'eine nicht leere Liste von Wochentagen (1 = Montag … 7 = Sonntag)'
      : 'a non-empty list of weekdays (1 = Monday … 7 = Sunday)';
    if (!isArray(days)) return failOption(fn, 'workingHours.days', days, list, locale);
    // Its length and entries read once each, as own properties: a hole is no weekday.
    const length = optionOf(fn, days, 'length', locale, 'workingHours.days') as number;
    if (length === 0) {
      const message = de
        ? `Die Option „workingHours.days“ von ${fn} muss ${list} sein, keine leere Liste.`
        : `The option "workingHours.days" of ${fn} must be ${list}, not an empty list.`;
      throw new KommunalValidationError([{ path: [], code: 'invalid_option', message }], { locale });
    }
    allowed.fill(false);
    for (let entry = 0; entry < length; entry += 1) {
      const label = `workingHours.days[${entry}]`;
      const day = optionOf(fn, days, String(entry), locale, label);
      if (typeof day !== 'number' || !Number.isInteger(day) || day < 1 || day > 7) {
        const weekday = de ? 'ein Wochentag von 1 (Montag) bis 7 (Sonntag)' : 'a weekday from 1 (Monday) to 7 (Sunday)';
        failOption(fn, label, day, weekday, locale);
      }
      allowed[day] = true;
    }
  }
  const list = [1, 2, 3, 4, 5, 6, 7].filter((day) => allowed[day]);
  return { start, end, allowed, days: list, startText: startText as string, endText: endText as string };
}
