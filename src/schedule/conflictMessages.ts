import { writeClock, writeDate } from '../format/write.js';
import { toIsoDate } from '../time/calendar.js';
import { germanNumber } from '../time/germanNumber.js';
import { wallClockAt } from '../time/isValidTimeZone.js';
import { show } from '../time/quote.js';
import { germanRange, type Locale } from '../validate/messages.js';

/** An instant as a message writes it in one zone: its day, and the date and time of day in words. */
interface InstantText {
  /** The local date as one number, to tell whether two instants fall on the same day. */
  readonly day: number;
  readonly date: string;
  readonly clock: string;
}

/**
 * Texts a message repeats, kept for one call: a schedule has few distinct instants, days and
 * times of day, so each is read on the wall clock and written once instead of for every item.
 */
export interface TextCache {
  readonly dates: Map<number, string>;
  readonly clocks: Map<number, string>;
  /** Per zone, per instant in milliseconds. */
  readonly instants: Map<string, Map<number, InstantText>>;
}

export function textCache(): TextCache {
  return { dates: new Map(), clocks: new Map(), instants: new Map() };
}

function instantText(millis: number, timeZone: string, cache: TextCache): InstantText {
  let inZone = cache.instants.get(timeZone);
  if (inZone === undefined) {
    inZone = new Map();
    cache.instants.set(timeZone, inZone);
  }
  let text = inZone.get(millis);
  if (text === undefined) {
    const clock = wallClockAt(millis, timeZone);
    const day = (clock.year * 100 + clock.month) * 100 + clock.day;
    let date = cache.dates.get(day);
    if (date === undefined) {
      date = writeDate(clock, 'full');
      cache.dates.set(day, date);
    }
    const minute = clock.hour * 60 + clock.minute;
    let time = cache.clocks.get(minute);
    if (time === undefined) {
      time = writeClock(clock, 'short');
      cache.clocks.set(minute, time);
    }
    text = { day, date, clock: time };
    inZone.set(millis, text);
  }
  return text;
}

/** When and what an item is, in the words of a message: „Begrüßung“ (Montag, 15. April 2024, 9–10 Uhr). */
export function describeItem(
  title: string,
  start: number,
  end: number,
  timeZone: string,
  locale: Locale,
  cache: TextCache = textCache(),
): string {
  if (locale === 'en') {
    const clock = (millis: number) => {
      const time = wallClockAt(millis, timeZone);
      return `${toIsoDate(time)} ${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
    };
    const from = clock(start);
    const to = clock(end);
    // The date ends at the space: a clock in a zone east of UTC may show the year 10000.
    const until =
      to.slice(0, to.indexOf(' ')) === from.slice(0, from.indexOf(' ')) ? to.slice(to.indexOf(' ') + 1) : to;
    return [show(title, 'en'), ' (', from, '–', until, ', ', timeZone, ')'].join('');
  }
  // What formatTimeRange and formatDateTime write, from one reading of each clock: messages are
  // written for every conflict, so this is on the hot path of large schedules.
  const from = instantText(start, timeZone, cache);
  const to = instantText(end, timeZone, cache);
  const quoted = show(title, 'de');
  // Joined, not a template literal: see CONFLICT_WORDS.
  return (
    from.day === to.day
      ? [quoted, ' (', from.date, ', ', from.clock, '–', to.clock, ' Uhr)']
      : [quoted, ' (', from.date, ', ', from.clock, ' Uhr – ', to.date, ', ', to.clock, ' Uhr)']
  ).join('');
}

export interface ConflictWords {
  personDoubleBooked(person: string, first: string, second: string): string;
  venueDoubleBooked(venue: string, first: string, second: string): string;
  outsideExchange(item: string, exchange: string, start: string, end: string): string;
  publicHoliday(item: string, holiday: string, place: string): string;
  weekend(item: string, day: 'Saturday' | 'Sunday'): string;
  travelTime(
    person: string,
    first: string,
    firstPlace: string,
    second: string,
    secondPlace: string,
    gap: number,
    buffer: number,
  ): string;
  outsideWorkingHours(item: string, hours: string): string;
  /** The last entry of a list cut at `limit` conflicts. */
  truncated(limit: number): string;
}

const minutes = (value: number, locale: Locale) =>
  locale === 'de' ? (value === 1 ? '1 Minute' : `${value} Minuten`) : value === 1 ? '1 minute' : `${value} minutes`;

// Messages are joined from arrays, not written as template literals: V8 keeps a template's result
// as a tree of its parts until the string is read, and a million-item schedule keeps its messages,
// which the garbage collector copies node by node. Joined, they take about half the memory.
export const CONFLICT_WORDS: Record<Locale, ConflictWords> = {
  de: {
    personDoubleBooked: (person, first, second) =>
      [person, ' ist doppelt gebucht: ', first, ' und ', second, '.'].join(''),
    venueDoubleBooked: (venue, first, second) => [venue, ' ist doppelt belegt: ', first, ' und ', second, '.'].join(''),
    outsideExchange: (item, exchange, start, end) =>
      [item, ' liegt außerhalb des Austauschs ', show(exchange, 'de'), ' (', germanRange(start, end), ').'].join(''),
    publicHoliday: (item, holiday, place) =>
      [item, ' fällt auf einen Feiertag in ', place, ': ', holiday, '.'].join(''),
    weekend: (item, day) => [item, ' fällt auf einen ', day === 'Saturday' ? 'Samstag' : 'Sonntag', '.'].join(''),
    travelTime: (person, first, firstPlace, second, secondPlace, gap, buffer) =>
      [
        person,
        ' hat zwischen ',
        first,
        ' in ',
        firstPlace,
        ' und ',
        second,
        ' in ',
        secondPlace,
        ' nur ',
        minutes(gap, 'de'),
        ' für den Weg; geplant sind mindestens ',
        minutes(buffer, 'de'),
        '.',
      ].join(''),
    outsideWorkingHours: (item, hours) => [item, ' liegt außerhalb der Arbeitszeit (', hours, ').'].join(''),
    truncated: (limit) => {
      const count = germanNumber(limit);
      return limit === 1
        ? 'Mehr als 1 Konflikt gefunden: Die Liste endet nach dem ersten.'
        : `Mehr als ${count} Konflikte gefunden: Die Liste endet nach den ersten ${count}.`;
    },
  },
  en: {
    personDoubleBooked: (person, first, second) =>
      [person, ' is double-booked: ', first, ' and ', second, '.'].join(''),
    venueDoubleBooked: (venue, first, second) => [venue, ' is double-booked: ', first, ' and ', second, '.'].join(''),
    outsideExchange: (item, exchange, start, end) =>
      [item, ' lies outside the exchange ', show(exchange, 'en'), ' (', start, ' to ', end, ').'].join(''),
    publicHoliday: (item, holiday, place) =>
      [item, ' falls on a public holiday in ', place, ': ', holiday, '.'].join(''),
    weekend: (item, day) => [item, ' falls on a ', day, '.'].join(''),
    travelTime: (person, first, firstPlace, second, secondPlace, gap, buffer) =>
      [
        person,
        ' has only ',
        minutes(gap, 'en'),
        ' to get from ',
        first,
        ' in ',
        firstPlace,
        ' to ',
        second,
        ' in ',
        secondPlace,
        '; at least ',
        minutes(buffer, 'en'),
        ' are planned.',
      ].join(''),
    outsideWorkingHours: (item, hours) => [item, ' lies outside working hours (', hours, ').'].join(''),
    truncated: (limit) => {
      const count = limit.toLocaleString('en-US');
      return limit === 1
        ? 'More than 1 conflict found: the list ends after the first.'
        : `More than ${count} conflicts found: the list ends after the first ${count}.`;
    },
  },
};

/** Working hours in words: „Montag bis Freitag, 8–18 Uhr“ / "Monday to Friday, 08:00–18:00". */
export function describeHours(days: readonly number[], start: string, end: string, locale: Locale): string {
  const names =
    locale === 'de'
      ? ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag']
      : ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
  const sorted = [...days].sort((a, b) => a - b);
  const contiguous = sorted.every((day, index) => index === 0 || day === (sorted[index - 1] ?? 0) + 1);
  const dayText =
    contiguous && sorted.length > 2
      ? `${names[(sorted[0] ?? 1) - 1]} ${locale === 'de' ? 'bis' : 'to'} ${names[(sorted[sorted.length - 1] ?? 1) - 1]}`
      : sorted.map((day) => names[day - 1]).join(', ');
  if (locale === 'en') return `${dayText}, ${start}–${end}`;
  // As formatTime writes a time of day (8, 16:30), and 24 for the end of the day, which it has not.
  const time = (hhmm: string) => {
    const hour = String(Number(hhmm.slice(0, 2)));
    return hhmm.endsWith(':00') ? hour : `${hour}:${hhmm.slice(3)}`;
  };
  return `${dayText}, ${time(start)}–${time(end)} Uhr`;
}
