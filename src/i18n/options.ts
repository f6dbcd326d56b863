import { englishNumber, germanNumber } from '../time/germanNumber.js';
import { show, showThrown } from '../time/quote.js';
import { catalogue } from './catalogue.js';
import { ERROR_MESSAGES } from './errors.js';

/**
 * The sentences about the options and arguments a function was called with, and the phrases that
 * say what an option expects („muss … sein“ / "must be …"). Shared by every area, so that one
 * expectation is worded once.
 */
export const OPTION_MESSAGES = catalogue({
  de: {
    invalidOption: (fn: string, option: string, value: unknown, expected: string) =>
      `Die Option „${option}“ von ${fn} muss ${expected} sein, nicht ${show(value, 'de')}.`,
    unreadableOption: (fn: string, option: string, error: unknown) =>
      `Die Option „${option}“ von ${fn} lässt sich nicht lesen: Beim Lesen wird ${showThrown(error, 'de')} geworfen.`,
    unreadableValue: (error: unknown) =>
      `Dieser Wert lässt sich nicht lesen: Beim Lesen wird ${showThrown(error, 'de')} geworfen.`,
    anObject: ERROR_MESSAGES.de.anObject,
    aText: 'ein Text',
    aList: 'eine Liste',
    aListOfTexts: 'eine Liste von Texten',
    trueOrFalse: 'true oder false',
    deOrEn: '„de“ oder „en“',
    aTimeZoneName: 'der Name einer IANA-Zeitzone wie „Europe/Berlin“',
    aDataset: 'ein Datensatz aus parseDataset',
    aWholeNumber: (min: number, max: number) => `eine ganze Zahl von ${germanNumber(min)} bis ${germanNumber(max)}`,
  },
  en: {
    invalidOption: (fn: string, option: string, value: unknown, expected: string) =>
      `The option "${option}" of ${fn} must be ${expected}, not ${show(value, 'en')}.`,
    unreadableOption: (fn: string, option: string, error: unknown) =>
      `The option "${option}" of ${fn} cannot be read: reading it throws ${showThrown(error, 'en')}.`,
    unreadableValue: (error: unknown) => `This value cannot be read: reading it throws ${showThrown(error, 'en')}.`,
    anObject: ERROR_MESSAGES.en.anObject,
    aText: 'a string',
    aList: 'a list',
    aListOfTexts: 'a list of strings',
    trueOrFalse: 'true or false',
    deOrEn: '"de" or "en"',
    aTimeZoneName: 'the name of an IANA time zone such as "Europe/Berlin"',
    aDataset: 'a dataset from parseDataset',
    aWholeNumber: (min: number, max: number) => `a whole number from ${englishNumber(min)} to ${englishNumber(max)}`,
  },
});
