import type { Locale } from '../errors/options.js';
import { show } from '../time/quote.js';

/** What a field of a dataset should be, for the sentence that says it is not. */
export type Expected = 'object' | 'list' | 'id' | 'ids' | 'pair' | 'text' | 'boolean' | 'date' | 'partialDate';

/** The sentences of the queries, in both languages. */
export interface QueryMessages {
  /**
   * What `fn` was given where it expects a dataset from parseDataset: `where` is a path into it
   * (`exchanges.3.guestIds`), or empty for the value itself.
   */
  notADataset(fn: string, where: string, value: unknown, expected: Expected): string;
  notAnId(fn: string, parameter: string, value: unknown): string;
  readonly options: {
    readonly on: string;
    readonly kind: string;
    readonly role: string;
    readonly depth: string;
  };
}

const GERMAN_EXPECTED: Record<Expected, string> = {
  object: 'ein Objekt',
  list: 'eine Liste',
  id: 'eine Id (ein nicht leerer Text)',
  ids: 'eine Liste von Ids',
  pair: 'eine Liste von zwei Ids',
  text: 'ein Text',
  boolean: 'true oder false',
  date: 'ein Datum (JJJJ-MM-TT)',
  partialDate: 'ein Datum (JJJJ, JJJJ-MM oder JJJJ-MM-TT)',
};

const ENGLISH_EXPECTED: Record<Expected, string> = {
  object: 'an object',
  list: 'a list',
  id: 'an id (a non-empty string)',
  ids: 'a list of ids',
  pair: 'a list of two ids',
  text: 'a string',
  boolean: 'true or false',
  date: 'a date (YYYY-MM-DD)',
  partialDate: 'a date (YYYY, YYYY-MM or YYYY-MM-DD)',
};

const de: QueryMessages = {
  notADataset: (fn, where, value, expected) =>
    where === ''
      ? `${fn} erwartet einen Datensatz aus parseDataset, nicht ${show(value, 'de')}.`
      : `${fn} erwartet einen Datensatz aus parseDataset: „${where}“ muss ${GERMAN_EXPECTED[expected]} sein, nicht ${show(value, 'de')}.`,
  notAnId: (fn, parameter, value) =>
    `${fn} erwartet als ${parameter} eine Id (einen Text), nicht ${show(value, 'de')}.`,
  options: {
    on: 'ein Datum der Form JJJJ-MM-TT',
    kind: '„town-twinning“, „friendship“ oder „project-partnership“',
    role: '„host“ oder „guest“',
    depth: 'eine ganze Zahl ab 1',
  },
};

const en: QueryMessages = {
  notADataset: (fn, where, value, expected) =>
    where === ''
      ? `${fn} expects a dataset from parseDataset, not ${show(value, 'en')}.`
      : `${fn} expects a dataset from parseDataset: "${where}" must be ${ENGLISH_EXPECTED[expected]}, not ${show(value, 'en')}.`,
  notAnId: (fn, parameter, value) => `${fn} expects an id (a string) as ${parameter}, not ${show(value, 'en')}.`,
  options: {
    on: 'a date YYYY-MM-DD',
    kind: '"town-twinning", "friendship" or "project-partnership"',
    role: '"host" or "guest"',
    depth: 'a whole number from 1',
  },
};

export const QUERY_MESSAGES: Readonly<Record<Locale, QueryMessages>> = { de, en };
