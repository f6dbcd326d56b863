import { rangeMinutes, writeClock } from '../format/write.js';
import { FIRST_HOLIDAY_YEAR } from '../holidays/publicHolidays.js';
import { inCountry } from '../places/countryNames.js';
import { germanStateOf } from '../places/germanStates.js';
import type { ConflictPerson, ConflictPlace, FactsOf, NotCheckedConflict } from '../schedule/conflicts/conflict.js';
import type { ConflictKind } from '../schedule/conflicts/kinds.js';
import { englishNumber, germanNumber } from '../time/germanNumber.js';
import { show } from '../time/quote.js';
import { type Catalogue, catalogue, type Locale } from './catalogue.js';
import { germanRange } from './germanDates.js';
import { TIME_MESSAGES } from './time.js';

// The sentence of each kind of conflict, written from its facts, in German and English. A kind of
// the table (src/schedule/conflicts/kinds.ts) without its sentence here is a compile error.
//
// Sentences are joined from arrays, not written as template literals: V8 keeps a template's result
// as a tree of its parts until the string is read, and a million-item schedule keeps its messages,
// which the garbage collector copies node by node. Joined, they take about half the memory.

/**
 * The sentence of one kind: from the conflict's facts and, for the items in `itemIds`, their
 * descriptions (title, day and time in the item's calendar), in the same order.
 */
type Sentence<K extends ConflictKind> = (conflict: FactsOf<K>, items: readonly string[]) => string;

/** One sentence per kind of conflict, and the words they share. */
export type ConflictSentences = { readonly [K in ConflictKind]: Sentence<K> } & {
  /** Working hours in words: „Montag bis Freitag, 8–18 Uhr“ / "Monday to Friday, 08:00–18:00". */
  readonly hours: (days: readonly number[], start: string, end: string) => string;
  /**
   * When and what an item is, from its first and last moment as {@link ItemTimes} writes them:
   * „Begrüßung“ (Montag, 15. April 2024, 9–10 Uhr) / "Welcome" (2024-04-15 09:00–10:00, Europe/Berlin).
   */
  readonly item: (times: ItemTimes) => string;
};

/** An item's title and times, each written as its language writes a date and a time of day. */
export interface ItemTimes {
  readonly title: string;
  readonly fromDate: string;
  readonly fromClock: string;
  readonly toDate: string;
  readonly toClock: string;
  /** Whether both lie on one day, which is then written once. */
  readonly sameDay: boolean;
  readonly timeZone: string;
  /** The zone of a time that is not German time, as German names it (`Ortszeit Osaka`, `OEZ`); none for German time. */
  readonly zoneLabel: string | undefined;
}

/** Weekdays in words: a run of three or more as a range („Montag bis Freitag“), others listed. */
function weekdays(days: readonly number[], name: (day: number) => string, to: string): string {
  const contiguous = days.every((day, index) => index === 0 || day === (days[index - 1] as number) + 1);
  return contiguous && days.length > 2
    ? [name(days[0] as number), to, name(days[days.length - 1] as number)].join(' ')
    : days.map(name).join(', ');
}

/**
 * Working hours `HH:mm`–`HH:mm` as formatTimeRange writes a range: one precision for both ends (8–18,
 * 8:30–17:00), and 24 for the end of the day.
 */
function germanClocks(start: string, end: string): string {
  const [from, to] = [start, end].map((hhmm) => ({ hour: Number(hhmm.slice(0, 2)), minute: Number(hhmm.slice(3)) }));
  const minutes = rangeMinutes(from as WallTime, to as WallTime, 'short');
  const clock = ({ hour, minute }: WallTime) =>
    writeClock({ year: 1, month: 1, day: 1, hour, minute, second: 0, millisecond: 0 }, 'short', ':', minutes);
  return [clock(from as WallTime), '–', clock(to as WallTime)].join('');
}

type WallTime = { readonly hour: number; readonly minute: number };

const minutes = {
  de: (value: number) => (value === 1 ? '1 Minute' : [germanNumber(value), ' Minuten'].join('')),
  en: (value: number) => (value === 1 ? '1 minute' : [englishNumber(value), ' minutes'].join('')),
};

const person = (who: ConflictPerson, locale: Locale) => who.name ?? show(who.id, locale);
const place = (where: ConflictPlace, locale: Locale) => where.name ?? show(where.municipalityId, locale);

/** A venue down to the room, by its name where it has one, else by its id and room („Raum“ / "room"). */
function venue(where: FactsOf<'venue-double-booked'>['venue'], roomWord: string, locale: Locale): string {
  if (where.name !== undefined) return where.name;
  const id = show(where.id, locale);
  return where.room === undefined ? id : [id, ', ', roomWord, ' ', where.room].join('');
}

/** Where a holiday holds, with its preposition: in its Land for a statewide one, in its country abroad, else in the place. */
function holidayPlace(conflict: FactsOf<'public-holiday'>, locale: Locale): string {
  const { holiday } = conflict;
  if (holiday.scope === 'abroad') return inCountry(holiday.country, locale);
  const land = holiday.scope === 'statewide' ? germanStateOf(holiday.state)?.name : undefined;
  return ['in ', land ?? place(conflict.place, locale)].join('');
}

/** The first three ids of a list, quoted, and how many more there are. */
function someIds(ids: readonly string[], locale: Locale): string {
  const shown = ids.slice(0, 3).map((id) => show(id, locale));
  const rest = ids.length - shown.length;
  if (rest === 0) return shown.join(', ');
  return locale === 'de'
    ? [shown.join(', '), ' und ', germanNumber(rest), rest === 1 ? ' weiterer' : ' weitere'].join('')
    : [shown.join(', '), ' and ', englishNumber(rest), ' more'].join('');
}

/** „1 Termin“, „3 Termine“; "1 item", "3 items". */
const itemCount = {
  de: (count: number) => (count === 1 ? '1 Termin' : [germanNumber(count), ' Termine'].join('')),
  en: (count: number) => (count === 1 ? '1 item' : [englishNumber(count), ' items'].join('')),
};

/** Why a check did not run, in German: one sentence per check and reason. */
function germanNotChecked(conflict: FactsOf<'not-checked'>): string {
  const ids = conflict.itemIds;
  const count = itemCount.de(ids.length);
  const listed = someIds(ids, 'de');
  const their = ids.length === 1 ? 'sein' : 'ihr';
  const reason: NotCheckedConflict['reason'] = conflict.reason;
  switch (reason) {
    case 'no-place':
      return [
        conflict.check === 'travel-time' ? 'Die Reisezeit ist für ' : 'Feiertage sind für ',
        count,
        ' nicht geprüft, weil ',
        their,
        ' Ort nicht bekannt ist: ',
        listed,
        '.',
      ].join('');
    case 'no-state':
      return [
        'Gesetzliche Feiertage sind für ',
        count,
        ' in Deutschland nicht geprüft, weil ',
        their,
        ' Land nicht bekannt ist: ',
        listed,
        '.',
      ].join('');
    case 'abroad':
      return [
        'Gesetzliche Feiertage ',
        inCountry(conflict.country ?? '', 'de'),
        ' sind für ',
        count,
        ' nicht geprüft: kommunal kennt sie nicht, und die Option „holidays“ gibt keine Quelle für sie an (',
        listed,
        ').',
      ].join('');
    case 'before-1990':
      return [
        'Gesetzliche Feiertage sind für ',
        count,
        ' vor ',
        FIRST_HOLIDAY_YEAR,
        ' nicht geprüft: kommunal kennt sie ab ',
        FIRST_HOLIDAY_YEAR,
        ' (',
        listed,
        ').',
      ].join('');
    case 'no-period':
      return [
        'Der Zeitraum des Austauschs ist für ',
        count,
        ' nicht geprüft, weil er nicht bekannt ist: ',
        listed,
        '.',
      ].join('');
  }
}

/** Why a check did not run, in English. */
function englishNotChecked(conflict: FactsOf<'not-checked'>): string {
  const ids = conflict.itemIds;
  const count = itemCount.en(ids.length);
  const listed = someIds(ids, 'en');
  const their = ids.length === 1 ? 'its' : 'their';
  const reason: NotCheckedConflict['reason'] = conflict.reason;
  switch (reason) {
    case 'no-place':
      return [
        conflict.check === 'travel-time' ? 'Travel time was not checked for ' : 'Public holidays were not checked for ',
        count,
        ' because ',
        their,
        ' place is unknown: ',
        listed,
        '.',
      ].join('');
    case 'no-state':
      return [
        'Public holidays were not checked for ',
        count,
        ' in Germany because ',
        their,
        ' state is unknown: ',
        listed,
        '.',
      ].join('');
    case 'abroad':
      return [
        'Public holidays ',
        inCountry(conflict.country ?? '', 'en'),
        ' were not checked for ',
        count,
        ': kommunal does not know them, and the option "holidays" gives no source for them (',
        listed,
        ').',
      ].join('');
    case 'before-1990':
      return [
        'Public holidays were not checked for ',
        count,
        ' before ',
        FIRST_HOLIDAY_YEAR,
        ': kommunal knows them from ',
        FIRST_HOLIDAY_YEAR,
        ' on (',
        listed,
        ').',
      ].join('');
    case 'no-period':
      return [
        'The dates of the exchange were not checked for ',
        count,
        ' because they are unknown: ',
        listed,
        '.',
      ].join('');
  }
}

/** The sentences of detectConflicts, one per kind of conflict, in German and English. */
export const CONFLICT_MESSAGES: Catalogue<ConflictSentences> = catalogue<ConflictSentences>({
  de: {
    'person-double-booked': (conflict, [first = '', second = '']) =>
      [person(conflict.person, 'de'), ' ist doppelt gebucht: ', first, ' und ', second, '.'].join(''),
    'venue-double-booked': (conflict, [first = '', second = '']) =>
      [venue(conflict.venue, 'Raum', 'de'), ' ist doppelt belegt: ', first, ' und ', second, '.'].join(''),
    'outside-exchange-period': ({ exchange }, [item = '']) =>
      [
        item,
        ' liegt außerhalb des Austauschs ',
        exchange.title === undefined ? show(exchange.id, 'de') : show(exchange.title, 'de'),
        ' (',
        germanRange(exchange.start, exchange.end),
        ').',
      ].join(''),
    'public-holiday': (conflict, [item = '']) =>
      conflict.certain
        ? [item, ' fällt auf einen Feiertag ', holidayPlace(conflict, 'de'), ': ', conflict.holiday.name, '.'].join('')
        : [
            item,
            ' fällt vielleicht auf einen Feiertag ',
            holidayPlace(conflict, 'de'),
            ': ',
            conflict.holiday.name,
            '. Ob er dort gilt, kann kommunal nicht sagen; die Kommune legt es mit „holidays“ oder „holidaysNotKept“ fest.',
          ].join(''),
    'travel-time': (conflict, [first = '', second = '']) =>
      [
        person(conflict.person, 'de'),
        ' hat zwischen ',
        first,
        ' in ',
        place(conflict.from, 'de'),
        ' und ',
        second,
        ' in ',
        place(conflict.to, 'de'),
        ' nur ',
        minutes.de(Math.round(conflict.gapMinutes)),
        ' für den Weg; geplant sind mindestens ',
        minutes.de(conflict.requiredMinutes),
        '.',
      ].join(''),
    weekend: (conflict, [item = '']) =>
      [item, ' fällt auf einen ', TIME_MESSAGES.de.weekday(conflict.weekday), '.'].join(''),
    'outside-working-hours': ({ workingHours }, [item = '']) =>
      [
        item,
        ' liegt außerhalb der Arbeitszeit (',
        CONFLICT_MESSAGES.de.hours(workingHours.days, workingHours.start, workingHours.end),
        ').',
      ].join(''),
    'not-checked': germanNotChecked,
    truncated: ({ limit }) => {
      const count = germanNumber(limit);
      return limit === 1
        ? 'Mehr als 1 Konflikt gefunden: Die Liste endet nach dem ersten.'
        : ['Mehr als ', count, ' Konflikte gefunden: Die Liste endet nach den ersten ', count, '.'].join('');
    },
    hours: (days, start, end) =>
      [weekdays(days, TIME_MESSAGES.de.weekday, 'bis'), ', ', germanClocks(start, end), ' Uhr'].join(''),
    // What formatTimeRange and formatDateTime write, and the zone where the time is not German time.
    item: ({ title, fromDate, fromClock, toDate, toClock, sameDay, zoneLabel }) =>
      (sameDay
        ? fromClock === toClock
          ? [show(title, 'de'), ' (', fromDate, ', ', fromClock, ' Uhr']
          : [show(title, 'de'), ' (', fromDate, ', ', fromClock, '–', toClock, ' Uhr']
        : [show(title, 'de'), ' (', fromDate, ', ', fromClock, ' Uhr – ', toDate, ', ', toClock, ' Uhr']
      )
        .concat(zoneLabel === undefined ? [')'] : [' ', zoneLabel, ')'])
        .join(''),
  },
  en: {
    'person-double-booked': (conflict, [first = '', second = '']) =>
      [person(conflict.person, 'en'), ' is double-booked: ', first, ' and ', second, '.'].join(''),
    'venue-double-booked': (conflict, [first = '', second = '']) =>
      [venue(conflict.venue, 'room', 'en'), ' is double-booked: ', first, ' and ', second, '.'].join(''),
    'outside-exchange-period': ({ exchange }, [item = '']) =>
      [
        item,
        ' lies outside the exchange ',
        exchange.title === undefined ? show(exchange.id, 'en') : show(exchange.title, 'en'),
        ' (',
        exchange.start,
        ' to ',
        exchange.end,
        ').',
      ].join(''),
    'public-holiday': (conflict, [item = '']) =>
      conflict.certain
        ? [item, ' falls on a public holiday ', holidayPlace(conflict, 'en'), ': ', conflict.holiday.name, '.'].join('')
        : [
            item,
            ' may fall on a public holiday ',
            holidayPlace(conflict, 'en'),
            ': ',
            conflict.holiday.name,
            '. kommunal cannot tell whether it holds there; the municipality settles it with "holidays" or "holidaysNotKept".',
          ].join(''),
    'travel-time': (conflict, [first = '', second = '']) =>
      [
        person(conflict.person, 'en'),
        ' has only ',
        minutes.en(Math.round(conflict.gapMinutes)),
        ' to get from ',
        first,
        ' in ',
        place(conflict.from, 'en'),
        ' to ',
        second,
        ' in ',
        place(conflict.to, 'en'),
        '; at least ',
        minutes.en(conflict.requiredMinutes),
        ' are planned.',
      ].join(''),
    weekend: (conflict, [item = '']) =>
      [item, ' falls on a ', TIME_MESSAGES.en.weekday(conflict.weekday), '.'].join(''),
    'outside-working-hours': ({ workingHours }, [item = '']) =>
      [
        item,
        ' lies outside working hours (',
        CONFLICT_MESSAGES.en.hours(workingHours.days, workingHours.start, workingHours.end),
        ').',
      ].join(''),
    'not-checked': englishNotChecked,
    truncated: ({ limit }) => {
      const count = englishNumber(limit);
      return limit === 1
        ? 'More than 1 conflict found: the list ends after the first.'
        : ['More than ', count, ' conflicts found: the list ends after the first ', count, '.'].join('');
    },
    hours: (days, start, end) => [weekdays(days, TIME_MESSAGES.en.weekday, 'to'), ', ', start, '–', end].join(''),
    item: ({ title, fromDate, fromClock, toDate, toClock, sameDay, timeZone }) =>
      (sameDay
        ? [show(title, 'en'), ' (', fromDate, ' ', fromClock, '–', toClock, ', ', timeZone, ')']
        : [show(title, 'en'), ' (', fromDate, ' ', fromClock, '–', toDate, ' ', toClock, ', ', timeZone, ')']
      ).join(''),
  },
});
