import { show } from '../time/quote.js';
import { catalogue } from './catalogue.js';
import { OPTION_MESSAGES } from './options.js';

/** What a field of a dataset should be, for the sentence that says it is not. */
export type Expected = 'object' | 'list' | 'id' | 'ids' | 'pair' | 'text' | 'boolean' | 'date' | 'partialDate';

const GERMAN_EXPECTED: Readonly<Record<Expected, string>> = {
  object: OPTION_MESSAGES.de.anObject,
  list: OPTION_MESSAGES.de.aList,
  id: 'eine ID (ein nicht leerer Text)',
  ids: 'eine Liste von IDs',
  pair: 'eine Liste von zwei IDs',
  text: OPTION_MESSAGES.de.aText,
  boolean: OPTION_MESSAGES.de.trueOrFalse,
  date: 'ein Datum (JJJJ-MM-TT)',
  partialDate: 'ein Datum (JJJJ, JJJJ-MM oder JJJJ-MM-TT)',
};

const ENGLISH_EXPECTED: Readonly<Record<Expected, string>> = {
  object: OPTION_MESSAGES.en.anObject,
  list: OPTION_MESSAGES.en.aList,
  id: 'an id (a non-empty string)',
  ids: 'a list of ids',
  pair: 'a list of two ids',
  text: OPTION_MESSAGES.en.aText,
  boolean: OPTION_MESSAGES.en.trueOrFalse,
  date: 'a date (YYYY-MM-DD)',
  partialDate: 'a date (YYYY, YYYY-MM or YYYY-MM-DD)',
};

/**
 * The sentences of the queries. `notADataset`: what `fn` was given where it expects a dataset from
 * parseDataset; `where` is a path into it (`exchanges.3.guestIds`), or empty for the value itself.
 */
export const QUERY_MESSAGES = catalogue({
  de: {
    notADataset: (fn: string, where: string, value: unknown, expected: Expected) =>
      where === ''
        ? `${fn} erwartet einen Datensatz aus parseDataset, nicht ${show(value, 'de')}.`
        : `${fn} erwartet einen Datensatz aus parseDataset: „${where}“ muss ${GERMAN_EXPECTED[expected]} sein, nicht ${show(value, 'de')}.`,
    notAnId: (fn: string, parameter: string, value: unknown) =>
      `${fn} erwartet als ${parameter} eine ID (einen Text), nicht ${show(value, 'de')}.`,
    aDay: 'ein Datum der Form JJJJ-MM-TT',
    aPartnershipKind: '„town-twinning“, „friendship“ oder „project-partnership“',
    aRole: '„host“ oder „guest“',
    aDepth: 'eine ganze Zahl ab 1',
  },
  en: {
    notADataset: (fn: string, where: string, value: unknown, expected: Expected) =>
      where === ''
        ? `${fn} expects a dataset from parseDataset, not ${show(value, 'en')}.`
        : `${fn} expects a dataset from parseDataset: "${where}" must be ${ENGLISH_EXPECTED[expected]}, not ${show(value, 'en')}.`,
    notAnId: (fn: string, parameter: string, value: unknown) =>
      `${fn} expects an id (a string) as ${parameter}, not ${show(value, 'en')}.`,
    aDay: 'a date YYYY-MM-DD',
    aPartnershipKind: '"town-twinning", "friendship" or "project-partnership"',
    aRole: '"host" or "guest"',
    aDepth: 'a whole number of at least 1',
  },
});
