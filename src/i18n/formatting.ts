import { englishNumber, germanNumber } from '../time/germanNumber.js';
import { show } from '../time/quote.js';
import { catalogue } from './catalogue.js';

// The formatting functions write German and take no `locale` option, by design: their output is
// German text, and so are their errors (`FORMAT_MESSAGES.de`). The English side is kept complete so
// that an option could be added without new wording, and the catalogue test reads both.

/** Whose field a message names: the person's or the venue's. */
export type FieldOwner = 'person' | 'venue';

const GERMAN_OWNERS: Readonly<Record<FieldOwner, string>> = { person: 'der Person', venue: 'des Ortes' };
const ENGLISH_OWNERS: Readonly<Record<FieldOwner, string>> = { person: 'of the person', venue: 'of the venue' };

/** The sentences of the formatting functions and `parseGermanDate`. */
export const FORMAT_MESSAGES = catalogue({
  de: {
    aDateStyle: '„numeric“, „long“, „full“ oder „prose“',
    aTimeStyle: '„short“ oder „numeric“',
    aTimeSeparator: '„:“ oder „.“',
    notADateStyle: (value: unknown) =>
      `${show(value, 'de')} ist kein Datumsstil: Erlaubt sind „numeric“, „long“, „full“ und „prose“.`,
    notATimeStyle: (value: unknown) => `${show(value, 'de')} ist kein Zeitstil: Erlaubt sind „short“ und „numeric“.`,
    notAPerson: (value: unknown) =>
      `${show(value, 'de')} ist keine Person: Erwartet wird ein Objekt mit „givenName“ und „familyName“.`,
    notARole: (value: unknown) => `${show(value, 'de')} ist keine Rolle: Erwartet wird ein Objekt mit „role“.`,
    notAVenue: (value: unknown) =>
      `${show(value, 'de')} ist kein Ort: Erwartet wird ein Objekt mit „streetAddress“, „postalCode“ und „locality“.`,
    fieldNotText: (field: string, owner: FieldOwner, value: unknown) =>
      `„${field}“ ${GERMAN_OWNERS[owner]} muss ein Text sein, nicht ${show(value, 'de')}.`,
    fieldNotList: (field: string, owner: FieldOwner, value: unknown) =>
      `„${field}“ ${GERMAN_OWNERS[owner]} muss eine Liste sein, nicht ${show(value, 'de')}.`,
    notADayCount: (value: unknown, max: number) =>
      `${show(value, 'de')} ist keine Anzahl von Tagen: Erwartet wird eine ganze Zahl von 1 bis ${germanNumber(max)} (hundert Jahre).`,
    notAnOrdinal: (value: unknown, max: number) =>
      `${show(value, 'de')} ist keine Ordnungszahl: Erwartet wird eine ganze Zahl von 0 bis ${germanNumber(max)}.`,
    notAKind: (value: unknown) =>
      `${show(value, 'de')} ist keine Art, Ebene oder Wiederholung des Datenmodells: Erwartet wird z. B. „town-twinning“.`,
    /** A range whose end lies before its start, dates or times as formatted: with articles, end first. */
    endBeforeStart: (start: string, end: string) => `Das Ende (${end}) liegt vor dem Beginn (${start}).`,
    endOfDayAsStart: (value: unknown, start: string) =>
      `${show(value, 'de')} ist das Ende eines Tages (24 Uhr) und kann keinen Zeitraum beginnen: Als Beginn heißt derselbe Zeitpunkt ${show(start, 'de')}.`,
    dayBeforeStart: (on: unknown, since: unknown) =>
      `Der Stichtag ${show(on, 'de')} liegt vor dem Beginn ${show(since, 'de')}.`,
    notAText: (value: unknown) => `${show(value, 'de')} ist kein Text: Erwartet wird ein Datum wie „15.04.2024“.`,
    notAGermanDate: (value: unknown) =>
      `${show(value, 'de')} ist kein deutsches Datum: Erwartet wird z. B. „15.04.2024“ oder „Montag, den 15. April 2024“.`,
    notAWeekday: (value: unknown, word: string) =>
      `${show(value, 'de')} ist kein deutsches Datum: ${show(word, 'de')} ist kein Wochentag.`,
    wrongWeekday: (value: unknown, date: string, actual: string, named: string) =>
      `${show(value, 'de')} ist widersprüchlich: Der ${date} ist ein ${actual}, kein ${named}.`,
  },
  en: {
    aDateStyle: '"numeric", "long", "full" or "prose"',
    aTimeStyle: '"short" or "numeric"',
    aTimeSeparator: '":" or "."',
    notADateStyle: (value: unknown) =>
      `${show(value, 'en')} is not a date style: allowed are "numeric", "long", "full" and "prose".`,
    notATimeStyle: (value: unknown) => `${show(value, 'en')} is not a time style: allowed are "short" and "numeric".`,
    notAPerson: (value: unknown) =>
      `${show(value, 'en')} is not a person: expected an object with "givenName" and "familyName".`,
    notARole: (value: unknown) => `${show(value, 'en')} is not a role: expected an object with "role".`,
    notAVenue: (value: unknown) =>
      `${show(value, 'en')} is not a venue: expected an object with "streetAddress", "postalCode" and "locality".`,
    fieldNotText: (field: string, owner: FieldOwner, value: unknown) =>
      `"${field}" ${ENGLISH_OWNERS[owner]} must be a string, not ${show(value, 'en')}.`,
    fieldNotList: (field: string, owner: FieldOwner, value: unknown) =>
      `"${field}" ${ENGLISH_OWNERS[owner]} must be a list, not ${show(value, 'en')}.`,
    notADayCount: (value: unknown, max: number) =>
      `${show(value, 'en')} is not a number of days: expected a whole number from 1 to ${englishNumber(max)} (a hundred years).`,
    notAnOrdinal: (value: unknown, max: number) =>
      `${show(value, 'en')} is not an ordinal: expected a whole number from 0 to ${englishNumber(max)}.`,
    notAKind: (value: unknown) =>
      `${show(value, 'en')} is not a kind, level or recurrence of the data model: expected e.g. "town-twinning".`,
    endBeforeStart: (start: string, end: string) => `The end (${end}) lies before the start (${start}) of the period.`,
    endOfDayAsStart: (value: unknown, start: string) =>
      `${show(value, 'en')} is the end of a day (24:00) and cannot begin a period: as a start, the same instant is ${show(start, 'en')}.`,
    dayBeforeStart: (on: unknown, since: unknown) =>
      `The reference day ${show(on, 'en')} lies before the start ${show(since, 'en')}.`,
    notAText: (value: unknown) => `${show(value, 'en')} is not a string: expected a date like "15.04.2024".`,
    notAGermanDate: (value: unknown) =>
      `${show(value, 'en')} is not a German date: expected e.g. "15.04.2024" or "Montag, den 15. April 2024".`,
    notAWeekday: (value: unknown, word: string) =>
      `${show(value, 'en')} is not a German date: ${show(word, 'en')} is not a weekday.`,
    wrongWeekday: (value: unknown, date: string, actual: string, named: string) =>
      `${show(value, 'en')} contradicts itself: ${date} is a ${actual}, not a ${named}.`,
  },
});
