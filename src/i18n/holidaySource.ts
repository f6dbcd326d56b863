import { show, showThrown } from '../time/quote.js';
import { catalogue } from './catalogue.js';

// The sentences about the option `holidays` of detectConflicts and findFreeSlots when it is a
// source of public holidays abroad, and about the place abroad that findFreeSlots searches in.

/** A call of the source as a message shows it, from its arguments: („2024-11-01“, „US“, „US-IL“). */
const call = (args: readonly string[], locale: 'de' | 'en') =>
  `(${args.map((value) => show(value, locale)).join(', ')})`;

/** What the schedule functions say about a holiday source and a country abroad. */
export const HOLIDAY_SOURCE_MESSAGES = catalogue({
  de: {
    /** detectConflicts: the option that switches the check and may carry a source. */
    checkOrSource: 'true, false oder eine Feiertagsquelle (eine Funktion)',
    source: 'eine Feiertagsquelle (eine Funktion)',
    threw: (fn: string, args: readonly string[], error: unknown) =>
      `Die Feiertagsquelle (Option „holidays“ von ${fn}) wirft beim Aufruf ${call(args, 'de')} ${showThrown(error, 'de')}.`,
    /** The answer is no object (`named` false), or an object whose `name` is `value`, no text. */
    malformed: (fn: string, args: readonly string[], value: unknown, named: boolean) =>
      `Die Antwort der Feiertagsquelle (Option „holidays“ von ${fn}) auf den Aufruf ${call(args, 'de')} ist ${named ? `ein Objekt, dessen „name“ ${show(value, 'de')} ist` : show(value, 'de')}: Erwartet wird undefined (kein Feiertag) oder ein Objekt mit dem Namen des Feiertags als Text in „name“.`,
    country: 'ein Ländercode nach ISO 3166-1 wie „AT“',
    subdivision: (country: string) => `ein Code nach ISO 3166-2, der mit „${country}-“ beginnt, wie „US-IL“`,
    noSource: (fn: string, country: string, where: string) =>
      `Die gesetzlichen Feiertage ${where} kennt kommunal nicht: Mit der Option „country“ ${show(country, 'de')} braucht ${fn} eine Feiertagsquelle in der Option „holidays“.`,
    beforeAustria: (fn: string, start: unknown) =>
      `Die Feiertage in Österreich kennt kommunal ab dem 26. Juli 1967, das Zeitfenster von ${fn} beginnt aber schon am ${show(start, 'de')}: Für frühere Tage braucht es eine Feiertagsquelle in der Option „holidays“.`,
  },
  en: {
    checkOrSource: 'true, false or a holiday source (a function)',
    source: 'a holiday source (a function)',
    threw: (fn: string, args: readonly string[], error: unknown) =>
      `The holiday source (option "holidays" of ${fn}) throws ${showThrown(error, 'en')} when called with ${call(args, 'en')}.`,
    malformed: (fn: string, args: readonly string[], value: unknown, named: boolean) =>
      `The answer of the holiday source (option "holidays" of ${fn}) to the call ${call(args, 'en')} is ${named ? `an object whose "name" is ${show(value, 'en')}` : show(value, 'en')}: expected undefined (no holiday) or an object with the holiday's name as a string in "name".`,
    country: 'an ISO 3166-1 country code such as "AT"',
    subdivision: (country: string) => `an ISO 3166-2 code beginning with "${country}-", such as "US-IL"`,
    noSource: (fn: string, country: string, where: string) =>
      `kommunal does not know the public holidays ${where}: with the option "country" ${show(country, 'en')}, ${fn} needs a holiday source in the option "holidays".`,
    beforeAustria: (fn: string, start: unknown) =>
      `kommunal knows the public holidays in Austria from 26 July 1967, but the period of ${fn} starts at ${show(start, 'en')}: earlier days need a holiday source in the option "holidays".`,
  },
});
