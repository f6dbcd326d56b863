import { show } from '../time/quote.js';
import { catalogue } from './catalogue.js';

/**
 * What the formatting functions that take a year or a month (`formatDate`, `formatDateRange`,
 * `formatSince`) say of one that does not exist, and of two ends that make no period.
 */
export const PARTIAL_DATE_MESSAGES = catalogue({
  de: {
    notAPartialDate: (value: unknown) =>
      `${show(value, 'de')} ist kein Datum: Erwartet wird ein Jahr wie „2024“, ein Monat wie „2024-02“ oder ein ISO-8601-Datum wie „2024-02-15“.`,
    yearBeforeOne: (value: unknown) => `${show(value, 'de')} ist kein gültiges Jahr: Das Jahr muss mindestens 1 sein.`,
    monthInYearBeforeOne: (value: unknown) =>
      `${show(value, 'de')} ist kein gültiger Monat: Das Jahr muss mindestens 1 sein.`,
    noSuchMonth: (value: unknown, month: number) =>
      `${show(value, 'de')} ist kein gültiger Monat: Es gibt keinen Monat ${month}.`,
    nestedEnds: (start: string, end: string) =>
      `Beginn (${start}) und Ende (${end}) ergeben keinen Zeitraum: Das eine liegt im anderen.`,
  },
  en: {
    notAPartialDate: (value: unknown) =>
      `${show(value, 'en')} is not a date: expected a year like "2024", a month like "2024-02" or an ISO 8601 date like "2024-02-15".`,
    yearBeforeOne: (value: unknown) => `${show(value, 'en')} is not a valid year: the year must be at least 1.`,
    monthInYearBeforeOne: (value: unknown) => `${show(value, 'en')} is not a valid month: the year must be at least 1.`,
    noSuchMonth: (value: unknown, month: number) =>
      `${show(value, 'en')} is not a valid month: there is no month ${month}.`,
    nestedEnds: (start: string, end: string) =>
      `The start (${start}) and the end (${end}) make no period: one lies within the other.`,
  },
});
