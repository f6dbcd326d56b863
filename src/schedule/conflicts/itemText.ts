import { writeClock, writeDate } from '../../format/write.js';
import type { Locale } from '../../i18n/catalogue.js';
import { CONFLICT_MESSAGES } from '../../i18n/conflicts.js';
import { pad2, toIsoDate } from '../../time/calendar.js';
import { wallClockAt } from '../../time/zonedTime.js';
import { entryOf, newMap } from '../_lib/entryOf.js';

/** An instant as a message writes it in one zone: its day, and its date and time of day in words. */
interface InstantText {
  /** The local date as one number, to tell whether two instants fall on the same day. */
  readonly day: number;
  readonly date: string;
  readonly clock: string;
}

/**
 * When and what items are, in the words of a message: „Begrüßung“ (Montag, 15. April 2024,
 * 9–10 Uhr). A schedule has few distinct instants, days and times of day, so each is read on the
 * wall clock and written once per call instead of once per item: messages are written for every
 * conflict, which puts this on the hot path of large schedules.
 */
export class ItemTexts {
  private readonly dates = new Map<number, string>();
  private readonly clocks = new Map<number, string>();
  /** Per zone, per instant in milliseconds. */
  private readonly instants = new Map<string, Map<number, InstantText>>();

  constructor(private readonly locale: Locale) {}

  /** An item's title (quoted) with its start and end on the wall clock of `timeZone`. */
  describe(title: string, start: number, end: number, timeZone: string): string {
    const from = this.text(start, timeZone);
    const to = this.text(end, timeZone);
    return CONFLICT_MESSAGES[this.locale].item({
      title,
      fromDate: from.date,
      fromClock: from.clock,
      toDate: to.date,
      toClock: to.clock,
      sameDay: from.day === to.day,
      timeZone,
    });
  }

  private text(millis: number, timeZone: string): InstantText {
    const inZone = entryOf(this.instants, timeZone, newMap<number, InstantText>);
    let text = inZone.get(millis);
    if (text === undefined) {
      const clock = wallClockAt(millis, timeZone);
      const day = (clock.year * 100 + clock.month) * 100 + clock.day;
      let date = this.dates.get(day);
      if (date === undefined) {
        // German as formatDateTime writes it; English as ISO 8601 does.
        date = this.locale === 'de' ? writeDate(clock, 'full') : toIsoDate(clock);
        this.dates.set(day, date);
      }
      const minute = clock.hour * 60 + clock.minute;
      let time = this.clocks.get(minute);
      if (time === undefined) {
        time = this.locale === 'de' ? writeClock(clock, 'short') : [pad2(clock.hour), pad2(clock.minute)].join(':');
        this.clocks.set(minute, time);
      }
      text = { day, date, clock: time };
      inZone.set(millis, text);
    }
    return text;
  }
}
