import { show } from '../time/quote.js';
import { catalogue } from './catalogue.js';

// The sentences of `parseGermanDate` about dates without a year and with a two-digit year. Like the
// formatting functions it writes German and takes no `locale` option; the English side is kept
// complete for the catalogue test and for an option that may come.

/** What `parseGermanDate` says when the year of a date is missing, ambiguous or not to be found. */
export const PARSE_DATE_MESSAGES = catalogue({
  de: {
    yearMissing: (value: unknown) =>
      `Bei ${show(value, 'de')} fehlt das Jahr: Ohne Jahreszahl braucht parseGermanDate die Option „near“, ein Datum, in dessen Nähe der Tag liegt (z. B. das Datum der Pressemitteilung).`,
    twoDigitYear: (value: unknown, year: string) =>
      `${show(value, 'de')} ist mehrdeutig: Die Jahreszahl „${year}“ ist zweistellig und kann 19${year}, 20${year} oder ein anderes Jahrhundert meinen. Erwartet wird das Jahr mit vier Ziffern.`,
    noMatchingYear: (value: unknown, dayMonth: string, weekday: string, from: number, to: number) =>
      `${show(value, 'de')} passt zu keinem Jahr von ${from} bis ${to}: In diesen Jahren ist der ${dayMonth} nie ein ${weekday}.`,
    aNearDate: 'ein Datum wie „2024-01-01“ oder ein Date',
  },
  en: {
    yearMissing: (value: unknown) =>
      `${show(value, 'en')} gives no year: without one, parseGermanDate needs the option "near", a date near which the day lies (e.g. the date of the press release).`,
    twoDigitYear: (value: unknown, year: string) =>
      `${show(value, 'en')} is ambiguous: the year "${year}" has only two digits and may mean 19${year}, 20${year} or another century. Expected a year of four digits.`,
    noMatchingYear: (value: unknown, dayMonth: string, weekday: string, from: number, to: number) =>
      `${show(value, 'en')} fits no year from ${from} to ${to}: in those years, ${dayMonth} is never a ${weekday}.`,
    aNearDate: 'a date like "2024-01-01" or a Date',
  },
});
