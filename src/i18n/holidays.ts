import { show } from '../time/quote.js';
import { catalogue } from './catalogue.js';

// The holiday functions take no options, so they throw in German (`HOLIDAY_MESSAGES.de`), as the
// formatting functions do. The schedule functions check a Land and a year themselves, in their
// caller's language, before they ask for holidays. The English side is kept complete so that a
// `locale` option could be added without new wording, and the catalogue test reads both.

/** The sentences about Länder, years and days of the holiday functions. */
export const HOLIDAY_MESSAGES = catalogue({
  de: {
    notAGermanState: (value: unknown) =>
      `${show(value, 'de')} ist kein deutsches Land: Erwartet wird ein Code wie „DE-HE“.`,
    unsupportedYear: (value: unknown, first: number, last: number) =>
      `${show(value, 'de')} ist kein unterstütztes Jahr: Erwartet wird ein Jahr von ${first} bis ${last}.`,
    notADay: (value: unknown) => `${show(value, 'de')} ist kein Datum: Erwartet wird „JJJJ-MM-TT“.`,
    notAnAgs: (fn: string, value: unknown, land: string, prefix: string) =>
      `Die Option „ags“ von ${fn} muss ein achtstelliger Gemeindeschlüssel in ${land} (${prefix}…) sein, nicht ${show(value, 'de')}.`,
    notOptions: (fn: string, value: unknown) =>
      `Die Optionen von ${fn} müssen ein Objekt wie „{ ags: '09761000' }“ sein, nicht ${show(value, 'de')}.`,
    unreadableAgs: (fn: string) =>
      `Die Option „ags“ von ${fn} lässt sich nicht lesen: Beim Lesen wird ein Fehler geworfen.`,
  },
  en: {
    notAGermanState: (value: unknown) => `${show(value, 'en')} is not a German Land: expected a code like "DE-HE".`,
    unsupportedYear: (value: unknown, first: number, last: number) =>
      `${show(value, 'en')} is not a supported year: expected a year from ${first} to ${last}.`,
    notADay: (value: unknown) => `${show(value, 'en')} is not a date: expected "YYYY-MM-DD".`,
    notAnAgs: (fn: string, value: unknown, land: string, prefix: string) =>
      `The option "ags" of ${fn} must be an 8-digit municipality key (AGS) in ${land} (${prefix}…), not ${show(value, 'en')}.`,
    notOptions: (fn: string, value: unknown) =>
      `The options of ${fn} must be an object such as "{ ags: '09761000' }", not ${show(value, 'en')}.`,
    unreadableAgs: (fn: string) => `The option "ags" of ${fn} cannot be read: reading it throws an error.`,
  },
});
