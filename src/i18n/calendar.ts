import { show } from '../time/quote.js';
import { catalogue } from './catalogue.js';
import type { ItemTimes } from './conflicts.js';

/** An event's times as the DESCRIPTION line on its local time reads them. */
type LocalTimes = Omit<ItemTimes, 'title'>;

// The sentences of toICalendar: its errors, and the words it writes into a calendar (the people
// and the estimated end in DESCRIPTION, the language of PRODID). Names, titles and places are the
// caller's data and are written as given.

const FN = 'toICalendar';

/** What toICalendar writes and says, in German and English. */
export const CALENDAR_MESSAGES = catalogue({
  de: {
    /** A dataset (or any object) where the items belong: the call shape before 0.x. */
    notItems: (value: unknown) =>
      `${show(value, 'de')} ist keine Liste von Terminen: ${FN} nimmt Termine; ein Datensatz aus parseDataset wird erst mit scheduleOf zu Terminen, ${FN}(scheduleOf(dataset), options).`,
    text: 'ein Text',
    host: 'ein Hostname wie „wiesbaden.de“',
    date: 'ein Date',
    now: (value: unknown) =>
      `Die Option „now“ von ${FN} muss ein Zeitpunkt in den Jahren 1 bis 9999 sein, nicht ${show(value, 'de')}.`,
    /** DESCRIPTION: who takes part, names joined by `; `. */
    people: (names: string) => `Mit: ${names}`,
    approximateEnd: 'Das Ende ist ungefähr angegeben.',
    /**
     * DESCRIPTION: an event's times on the clock of its place, where that is not German time; the
     * zone first, so that it stands whole in the line's first 75 octets, before any folding.
     */
    localTime: ({ fromDate, fromClock, toDate, toClock, sameDay, zoneLabel = '' }: LocalTimes) =>
      [
        zoneLabel.startsWith('Ortszeit ') ? zoneLabel : `Ortszeit (${zoneLabel})`,
        ': ',
        sameDay
          ? `${fromDate}, ${fromClock}–${toClock} Uhr`
          : `${fromDate}, ${fromClock} Uhr – ${toDate}, ${toClock} Uhr`,
      ].join(''),
    /** The language part of PRODID (RFC 5545 § 3.7.3). */
    language: 'DE',
  },
  en: {
    notItems: (value: unknown) =>
      `${show(value, 'en')} is not a list of schedule items: ${FN} takes items; pass a dataset from parseDataset through scheduleOf first, ${FN}(scheduleOf(dataset), options).`,
    text: 'a string',
    host: 'a host name such as "wiesbaden.de"',
    date: 'a Date',
    now: (value: unknown) =>
      `The option "now" of ${FN} must be an instant in the years 1 to 9999, not ${show(value, 'en')}.`,
    people: (names: string) => `With: ${names}`,
    approximateEnd: 'The end is approximate.',
    localTime: ({ fromDate, fromClock, toDate, toClock, sameDay, timeZone }: LocalTimes) =>
      sameDay
        ? `Local time (${timeZone}): ${fromDate} ${fromClock}–${toClock}`
        : `Local time (${timeZone}): ${fromDate} ${fromClock}–${toDate} ${toClock}`,
    language: 'EN',
  },
});
