import { germanAbbreviation, placeLabel } from '../../format/formatTimeZone.js';
import { endOfDayBefore, rangeMinutes, writeClock, writeDate } from '../../format/write.js';
import type { Locale } from '../../i18n/catalogue.js';
import { CONFLICT_MESSAGES, type ItemTimes } from '../../i18n/conflicts.js';
import { GERMAN_ZONES } from '../../places/countries.js';
import { pad2, toIsoDate, utcWallClock } from '../../time/calendar.js';
import { offsetMillis } from '../../time/offsets.js';
import { entryOf, newMap } from '../_lib/entryOf.js';

/** An instant as a message writes it in one zone: its day, and its date and time of day in words. */
interface InstantText {
  /** The local date as one number, to tell whether two instants fall on the same day. */
  readonly day: number;
  readonly date: string;
  /** Its wall clock's time of day: hour 24 for an end at midnight, in German. */
  readonly hour: number;
  readonly minute: number;
  /** The zone's offset from UTC there, in milliseconds. */
  readonly offset: number;
  /** The zone's abbreviation German readers know (`MEZ`, `OEZ`), `null` where it has none; read once asked for. */
  abbreviation: string | null | undefined;
}

/** Central European time, German time's abbreviations: a time in them needs no label for a German reader. */
const CENTRAL_EUROPEAN = new Set(['MEZ', 'MESZ']);

/**
 * When and what items are, in the words of a message: „Begrüßung“ (Montag, 15. April 2024,
 * 9–10 Uhr). A schedule has few distinct instants, days and times of day, so each is read on the
 * wall clock and written once per call instead of once per item: messages are written for every
 * conflict, which puts this on the hot path of large schedules.
 */
export class ItemTexts {
  private readonly dates = new Map<number, string>();
  /** Per minute of the day (up to 24:00) and precision. */
  private readonly clocks = new Map<number, string>();
  /** Per zone, per instant in milliseconds: as a start, and as an end (midnight is 24 Uhr the day before, in German). */
  private readonly instants = new Map<string, Map<number, InstantText>>();
  private readonly ends = new Map<string, Map<number, InstantText>>();
  /**
   * Per zone, per local day and offset: the zone's abbreviation German readers know, or `null`.
   * Intl names it in about 3 µs; a schedule abroad has an instant per item but few days and
   * offsets. (A zone that changed its name without changing its offset, as Lisbon from MEZ to
   * WESZ in March 1996, is named as at the first instant asked for on that day.)
   */
  private readonly abbreviations = new Map<string, Map<number, string | null>>();

  constructor(private readonly locale: Locale) {}

  /**
   * An item's title (quoted) with its start and end on the wall clock of `timeZone`; in German, a
   * time that is not German time names its zone, by the place's name where it has one (`placeName`).
   */
  describe(title: string, start: number, end: number, timeZone: string, placeName?: string): string {
    return CONFLICT_MESSAGES[this.locale].item({ title, ...this.times(start, end, timeZone, placeName) });
  }

  /**
   * An item's start and end on the wall clock of `timeZone`, each as the language writes a date and
   * a time of day, and the German label of the zone where the time is not German time.
   */
  times(start: number, end: number, timeZone: string, placeName?: string): Omit<ItemTimes, 'title'> {
    const from = this.text(start, timeZone, this.instants, false);
    // In German both ends share one precision, and an end at midnight is 24 Uhr of the day before,
    // as formatTimeRange writes them (see rangeMinutes and endOfDayBefore).
    const german = this.locale === 'de';
    const to = end === start ? from : this.text(end, timeZone, german ? this.ends : this.instants, german);
    const minutes = rangeMinutes(from, to, 'short');
    return {
      fromDate: from.date,
      fromClock: this.clock(from, minutes),
      toDate: to.date,
      toClock: this.clock(to, minutes),
      sameDay: from.day === to.day,
      timeZone,
      zoneLabel: this.label(from, start, timeZone, placeName),
    };
  }

  /** A time of day as the language writes it: German as formatTime does (`9`, `9:30`, `24`), English as `HH:mm`. */
  private clock({ hour, minute }: InstantText, minutes: boolean): string {
    const key = (hour * 60 + minute) * 2 + (minutes ? 1 : 0);
    let time = this.clocks.get(key);
    if (time === undefined) {
      time =
        this.locale === 'de'
          ? writeClock({ year: 1, month: 1, day: 1, hour, minute, second: 0, millisecond: 0 }, 'short', ':', minutes)
          : [pad2(hour), pad2(minute)].join(':');
      this.clocks.set(key, time);
    }
    return time;
  }

  /**
   * How German names the zone of a time, read at its start: nothing for German time (MEZ, MESZ,
   * as in Wien or Paris), its abbreviation where German readers know one (OEZ), else the place's
   * local time (`Ortszeit Osaka`).
   */
  private label(
    text: InstantText,
    millis: number,
    timeZone: string,
    placeName: string | undefined,
  ): string | undefined {
    if (GERMAN_ZONES.has(timeZone)) return undefined;
    if (text.abbreviation === undefined) {
      const known = entryOf(this.abbreviations, timeZone, newMap<number, string | null>);
      // Offsets lie within a day of UTC: ten thousand minutes apart keep the days apart.
      const key = text.day * 10_000 + text.offset / 60_000;
      let abbreviation = known.get(key);
      if (abbreviation === undefined) {
        abbreviation = germanAbbreviation(timeZone, millis) ?? null;
        known.set(key, abbreviation);
      }
      text.abbreviation = abbreviation;
    }
    const { abbreviation } = text;
    if (abbreviation === null) return placeLabel(timeZone, timeZone, millis, placeName);
    return CENTRAL_EUROPEAN.has(abbreviation) ? undefined : abbreviation;
  }

  private text(
    millis: number,
    timeZone: string,
    texts: Map<string, Map<number, InstantText>>,
    asEnd: boolean,
  ): InstantText {
    const inZone = entryOf(texts, timeZone, newMap<number, InstantText>);
    let text = inZone.get(millis);
    if (text === undefined) {
      const offset = offsetMillis(timeZone, millis);
      const wall = utcWallClock(millis + offset);
      const clock = asEnd ? endOfDayBefore(wall) : wall;
      const day = (clock.year * 100 + clock.month) * 100 + clock.day;
      let date = this.dates.get(day);
      if (date === undefined) {
        // German as formatDateTime writes it; English as ISO 8601 does.
        date = this.locale === 'de' ? writeDate(clock, 'full') : toIsoDate(clock);
        this.dates.set(day, date);
      }
      text = { day, date, hour: clock.hour, minute: clock.minute, offset, abbreviation: undefined };
      inZone.set(millis, text);
    }
    return text;
  }
}
