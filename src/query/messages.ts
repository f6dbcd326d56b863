import type { Locale } from '../errors/options.js';
import { show, showThrown } from '../time/quote.js';

/** What a field of a dataset should be, for the sentence that says it is not. */
export type Expected = 'object' | 'list' | 'id' | 'ids' | 'pair' | 'text' | 'date' | 'partialDate';

/** The sentences of the queries, in both languages. */
export interface QueryMessages {
  /** `where` is a path into the dataset (`exchanges.3.guestIds`), or empty for the dataset itself. */
  notADataset(fn: string, where: string, value: unknown, expected: Expected): string;
  unreadable(fn: string, where: string, error: unknown): string;
  unreadableArgument(fn: string, error: unknown): string;
  notAnId(fn: string, parameter: string, value: unknown): string;
  readonly options: {
    readonly on: string;
    readonly kinds: string;
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
  date: 'a date (YYYY-MM-DD)',
  partialDate: 'a date (YYYY, YYYY-MM or YYYY-MM-DD)',
};

const de: QueryMessages = {
  notADataset: (fn, where, value, expected) =>
    `Das Argument von ${fn} ist kein Datensatz aus parseDataset: ${where === '' ? 'Es' : `„${where}“`} ist ${show(value, 'de')}, erwartet wird ${GERMAN_EXPECTED[expected]}.`,
  unreadable: (fn, where, error) =>
    `Das Argument von ${fn} ist kein Datensatz aus parseDataset: ${where === '' ? 'Es' : `„${where}“`} lässt sich nicht lesen (${showThrown(error, 'de')}).`,
  unreadableArgument: (fn, error) =>
    `Ein Argument von ${fn} lässt sich nicht lesen (${showThrown(error, 'de')}): Erwartet werden einfache Daten.`,
  notAnId: (fn, parameter, value) =>
    `${fn} erwartet als ${parameter} eine Id (einen Text), nicht ${show(value, 'de')}.`,
  options: {
    on: 'ein Datum der Form JJJJ-MM-TT',
    kinds: 'eine Liste aus „town-twinning“, „friendship“ und „project-partnership“',
    role: '„host“ oder „guest“',
    depth: 'eine ganze Zahl ab 1',
  },
};

const en: QueryMessages = {
  notADataset: (fn, where, value, expected) =>
    `The argument of ${fn} is not a dataset from parseDataset: ${where === '' ? 'it' : `"${where}"`} is ${show(value, 'en')}, expected ${ENGLISH_EXPECTED[expected]}.`,
  unreadable: (fn, where, error) =>
    `The argument of ${fn} is not a dataset from parseDataset: ${where === '' ? 'it' : `"${where}"`} cannot be read (${showThrown(error, 'en')}).`,
  unreadableArgument: (fn, error) =>
    `An argument of ${fn} cannot be read (${showThrown(error, 'en')}): expected plain data.`,
  notAnId: (fn, parameter, value) => `${fn} expects an id (a string) as ${parameter}, not ${show(value, 'en')}.`,
  options: {
    on: 'a date YYYY-MM-DD',
    kinds: 'a list of "town-twinning", "friendship" and "project-partnership"',
    role: '"host" or "guest"',
    depth: 'a whole number from 1',
  },
};

export const QUERY_MESSAGES: Readonly<Record<Locale, QueryMessages>> = { de, en };
