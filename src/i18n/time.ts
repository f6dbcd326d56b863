import { MONTH_NAMES, WEEKDAY_NAMES } from '../time/germanNames.js';
import { show } from '../time/quote.js';
import { catalogue } from './catalogue.js';

const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const ENGLISH_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/**
 * The sentences about a date or time that cannot be read: what `readTemporal` says of an input that
 * is no date, no ISO 8601 text, no day of the calendar, or lies outside the years 1 to 9999. Kept
 * apart from {@link TIME_MESSAGES}, so that an app that only reads dates (`isPublicHoliday`) does
 * not download the sentences about zones and the names of weekdays.
 */
export const DATE_INPUT_MESSAGES = catalogue({
  de: {
    invalidDateObject: 'Ein ungültiges Date-Objekt („Invalid Date“) ist kein Zeitpunkt.',
    notADateInput: (value: unknown) =>
      `${show(value, 'de')} ist kein Datum: Erwartet wird ein Date oder ein ISO-8601-Text wie „2024-04-15“.`,
    notIsoDate: (value: unknown) =>
      `${show(value, 'de')} ist kein ISO-8601-Datum: Erwartet wird „JJJJ-MM-TT“, Datum und Uhrzeit wie „2024-04-15T09:30“ oder ein Zeitpunkt mit „Z“ bzw. Offset.`,
    invalidTimeOfDay: (value: unknown) => `${show(value, 'de')} enthält keine gültige Uhrzeit (00:00 bis 23:59).`,
    invalidOffset: (value: unknown) => `${show(value, 'de')} hat keinen gültigen UTC-Offset.`,
    yearBeforeOne: (value: unknown) => `${show(value, 'de')} ist kein gültiges Datum: Das Jahr muss mindestens 1 sein.`,
    noSuchMonth: (value: unknown, month: number) =>
      `${show(value, 'de')} ist kein gültiges Datum: Es gibt keinen Monat ${month}.`,
    monthLength: (value: unknown, month: number, year: number, days: number) =>
      `${show(value, 'de')} ist kein gültiges Datum: Der ${MONTH_NAMES[month - 1]} ${year} hat ${days} Tage.`,
    outsideYears: (value: unknown) =>
      `${show(value, 'de')} liegt nicht in den Jahren 1 bis 9999 (UTC), die kommunal unterstützt.`,
  },
  en: {
    invalidDateObject: 'An invalid Date object ("Invalid Date") is not an instant.',
    notADateInput: (value: unknown) =>
      `${show(value, 'en')} is not a date: expected a Date or an ISO 8601 string like "2024-04-15".`,
    notIsoDate: (value: unknown) =>
      `${show(value, 'en')} is not an ISO 8601 date: expected "YYYY-MM-DD", "YYYY-MM-DDTHH:mm" or an instant with "Z" or an offset.`,
    invalidTimeOfDay: (value: unknown) => `${show(value, 'en')} holds no valid time of day (00:00 to 23:59).`,
    invalidOffset: (value: unknown) => `${show(value, 'en')} has no valid UTC offset.`,
    yearBeforeOne: (value: unknown) => `${show(value, 'en')} is not a valid date: the year must be at least 1.`,
    noSuchMonth: (value: unknown, month: number) =>
      `${show(value, 'en')} is not a valid date: there is no month ${month}.`,
    monthLength: (value: unknown, month: number, year: number, days: number) =>
      `${show(value, 'en')} is not a valid date: ${ENGLISH_MONTHS[month - 1]} ${year} has ${days} days.`,
    outsideYears: (value: unknown) =>
      `${show(value, 'en')} does not lie in the years 1 to 9999 (UTC) that kommunal supports.`,
  },
});

/**
 * The sentences about dates, times and zones, and the names of months and weekdays in messages.
 * `weekday` takes 0 or 7 for Sunday, so it serves both `Date#getDay` (0–6) and ISO 8601 (1–7).
 */
export const TIME_MESSAGES = /* @__PURE__ */ catalogue({
  de: {
    month: (month: number) => MONTH_NAMES[month - 1] ?? String(month),
    weekday: (day: number) => WEEKDAY_NAMES[day % 7] ?? String(day),
    dayDoesNotExist: (value: unknown) => `${show(value, 'de')} ist kein gültiges Datum: Diesen Tag gibt es nicht.`,
    outsideYearsInZone: (value: unknown, zone: string) =>
      `${show(value, 'de')} liegt in der Zeitzone ${show(zone, 'de')} nicht in den Jahren 1 bis 9999, die kommunal unterstützt.`,
    dateWithoutTime: (value: unknown) => `${show(value, 'de')} ist ein Kalenderdatum ohne Uhrzeit.`,
    dateIsNoInstant: (value: unknown) =>
      `${show(value, 'de')} ist ein Kalenderdatum ohne Uhrzeit und damit kein Zeitpunkt.`,
    nonexistentTime: (value: unknown, zone: string) =>
      `${show(value, 'de')} gibt es in der Zeitzone ${show(zone, 'de')} nicht: Die Uhr springt dort zur Sommerzeit über diese Zeit hinweg.`,
    unknownTimeZone: (zone: unknown) => `${show(zone, 'de')} ist keine bekannte IANA-Zeitzone (z. B. „Europe/Berlin“).`,
    /** What the option `placeName` expects. */
    aPlaceName: 'der Name des Ortes, dessen Ortszeit gemeint ist, als Text wie „Osaka“',
  },
  en: {
    month: (month: number) => ENGLISH_MONTHS[month - 1] ?? String(month),
    weekday: (day: number) => ENGLISH_WEEKDAYS[day % 7] ?? String(day),
    dayDoesNotExist: (value: unknown) => `${show(value, 'en')} is not a valid date: that day does not exist.`,
    outsideYearsInZone: (value: unknown, zone: string) =>
      `${show(value, 'en')} does not lie in the years 1 to 9999 (the years kommunal supports) in the time zone ${show(zone, 'en')}.`,
    dateWithoutTime: (value: unknown) => `${show(value, 'en')} is a calendar date without a time of day.`,
    dateIsNoInstant: (value: unknown) =>
      `${show(value, 'en')} is a calendar date without a time of day, and so not an instant.`,
    nonexistentTime: (value: unknown, zone: string) =>
      `${show(value, 'en')} does not exist in the time zone ${show(zone, 'en')}: the clocks skip it for daylight saving time.`,
    unknownTimeZone: (zone: unknown) => `${show(zone, 'en')} is not a known IANA time zone (e.g. "Europe/Berlin").`,
    aPlaceName: 'the name of the place whose local time is meant, as a string such as "Osaka"',
  },
});
