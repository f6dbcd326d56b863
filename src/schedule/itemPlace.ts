import type { KommunalIssueCode } from '../errors/KommunalValidationError.js';
import type { Locale } from '../i18n/catalogue.js';
import { SCHEDULE_ITEM_MESSAGES } from '../i18n/scheduleItems.js';
import { HOLIDAY_DATE_PATTERN, ISO_DATE_PATTERN } from '../model/patterns.js';
import { isGermanState } from '../places/germanStates.js';
import type { Place } from '../query/datasetIndex.js';
import { canonicalTimeZone } from '../time/canonicalTimeZone.js';
import { isArray, isRecord } from '../time/quote.js';
import { MAX_LIST_ENTRIES } from '../validate/listBudget.js';

// Where a schedule item takes place and the days it must lie within, as the item itself says
// (`place`, `period`) or its dataset knows them, and the one rule for the zone of its wall clock.

/** An item's `period` as read and checked. */
export interface CheckedPeriod {
  readonly start: string;
  readonly end: string;
  readonly title: string | undefined;
  /** The canonical name of its zone, if it names one. */
  readonly timeZone: string | undefined;
}

/**
 * What is wrong with an item's `place` or `period`: where in it (below the field), the code, and
 * the sentence given how the item is named.
 */
export interface FieldMisfit {
  readonly path: readonly (string | number)[];
  readonly code: KommunalIssueCode;
  readonly message: (item: string, locale: Locale) => string;
}

const misfit = (
  path: readonly (string | number)[],
  code: KommunalIssueCode,
  message: (item: string, locale: Locale) => string,
): FieldMisfit => ({ path, code, message });

/** A field that must be text (`optional`: or missing), or the misfit naming it. */
function text(field: string, value: unknown, optional: boolean): FieldMisfit | undefined {
  if (typeof value === 'string' || (optional && value === undefined)) return undefined;
  return misfit(field.split('.').slice(1), 'invalid_type', (item, locale) =>
    SCHEDULE_ITEM_MESSAGES[locale].notText(field, item, value),
  );
}

/** A zone's canonical name, or the misfit naming the field. */
function zone(field: string, value: unknown): string | FieldMisfit {
  return (
    canonicalTimeZone(value) ??
    misfit(field.split('.').slice(1), 'invalid_time_zone', (item, locale) =>
      SCHEDULE_ITEM_MESSAGES[locale].notAZone(field, item, value),
    )
  );
}

/**
 * An item's `place`, each field read once: `name`, `country` and `timeZone` (a zone the runtime
 * knows) are required, `state` a German Land where `country` is `DE`, `holidays` at most 10,000
 * entries `{ date: 'MM-DD' | 'YYYY-MM-DD', name }`. What a getter or Proxy trap throws is thrown.
 */
export function readPlace(value: unknown, lists: HolidayLists = holidayLists()): Place | FieldMisfit {
  if (!isRecord(value)) {
    return misfit([], 'invalid_type', (item, locale) =>
      SCHEDULE_ITEM_MESSAGES[locale].notAnObject('place', item, value),
    );
  }
  const { name, country, state, timeZone, holidays, ags, holidaysNotKept } = value;
  const wrong = text('place.name', name, false) ?? text('place.country', country, false);
  if (wrong !== undefined) return wrong;
  if (state !== undefined && (typeof state !== 'string' || (country === 'DE' && !isGermanState(state)))) {
    const unknown = typeof state === 'string';
    return misfit(['state'], unknown ? 'unknown_state' : 'invalid_type', (item, locale) =>
      unknown
        ? SCHEDULE_ITEM_MESSAGES[locale].notAGermanState(item, state)
        : SCHEDULE_ITEM_MESSAGES[locale].notText('place.state', item, state),
    );
  }
  const zoneName = zone('place.timeZone', timeZone);
  if (typeof zoneName !== 'string') return zoneName;
  let read = holidays === undefined ? NO_HOLIDAYS : lists.holidays.get(holidays as object);
  if (read === undefined) {
    read = readHolidays(holidays);
    if (typeof holidays === 'object' && holidays !== null) lists.holidays.set(holidays, read);
  }
  if (!isArray(read)) return read;
  if (ags !== undefined && (typeof ags !== 'string' || !/^\d{8}$/.test(ags))) {
    return misfit(['ags'], 'invalid_value', (item, locale) => SCHEDULE_ITEM_MESSAGES[locale].notAnAgs(item, ags));
  }
  let notKept = holidaysNotKept === undefined ? undefined : lists.notKept.get(holidaysNotKept as object);
  if (notKept === undefined && holidaysNotKept !== undefined) {
    notKept = readNames(holidaysNotKept);
    if (typeof holidaysNotKept === 'object' && holidaysNotKept !== null) lists.notKept.set(holidaysNotKept, notKept);
  }
  if (notKept !== undefined && !isArray(notKept)) return notKept;
  return {
    name: name as string,
    country: country as string,
    state: state as string | undefined,
    zone: zoneName,
    holidays: read,
    ags,
    holidaysNotKept: notKept,
  };
}

/** `place.holidaysNotKept`: at most 10,000 texts, each read once. */
function readNames(value: unknown): readonly string[] | FieldMisfit {
  const wrong = misfit(['holidaysNotKept'], 'invalid_type', (item, locale) =>
    SCHEDULE_ITEM_MESSAGES[locale].notTexts('place.holidaysNotKept', item, value),
  );
  if (!isArray(value) || value.length > MAX_LIST_ENTRIES) return wrong;
  const names: string[] = [];
  for (let index = 0; index < value.length; index += 1) {
    const entry: unknown = value[index];
    if (typeof entry !== 'string') return wrong;
    names.push(entry);
  }
  return names;
}

/**
 * The lists of `place.holidays` and `place.holidaysNotKept` read so far in a call, by identity:
 * places that share one list (the items of one municipality, or places written by hand around one
 * list) read it once, so the work follows the size of the input, not the number of places times
 * the length of a list.
 */
export interface HolidayLists {
  readonly holidays: Map<object, Place['holidays'] | FieldMisfit>;
  readonly notKept: Map<object, readonly string[] | FieldMisfit>;
}

/** Empty {@link HolidayLists}, for one call. */
export const holidayLists = (): HolidayLists => ({ holidays: new Map(), notKept: new Map() });

const NO_HOLIDAYS: Place['holidays'] = Object.freeze([]);

/** The entries of `place.holidays`, each read once, up to the first that is wrong. */
function readHolidays(value: unknown): Place['holidays'] | FieldMisfit {
  if (!isArray(value)) {
    return misfit(['holidays'], 'invalid_type', (item, locale) =>
      SCHEDULE_ITEM_MESSAGES[locale].notAnObject('place.holidays', item, value),
    );
  }
  const length = value.length;
  if (length > MAX_LIST_ENTRIES) {
    return misfit(['holidays'], 'too_big', (item, locale) =>
      SCHEDULE_ITEM_MESSAGES[locale].tooManyHolidays(item, length, MAX_LIST_ENTRIES),
    );
  }
  const holidays: { readonly date: string; readonly name: string }[] = [];
  for (let index = 0; index < length; index += 1) {
    const entry: unknown = value[index];
    const field = `place.holidays[${index}]`;
    if (!isRecord(entry)) {
      return misfit(['holidays', index], 'invalid_type', (item, locale) =>
        SCHEDULE_ITEM_MESSAGES[locale].notAnObject(field, item, entry),
      );
    }
    const { date, name } = entry;
    if (typeof date !== 'string' || !HOLIDAY_DATE_PATTERN.test(date)) {
      return misfit(['holidays', index, 'date'], 'invalid_date', (item, locale) =>
        SCHEDULE_ITEM_MESSAGES[locale].notAHolidayDate(`${field}.date`, item, date),
      );
    }
    const wrong = text(`place.holidays[${index}].name`, name, false);
    if (wrong !== undefined) return { ...wrong, path: ['holidays', index, 'name'] };
    holidays.push({ date, name: name as string });
  }
  return holidays;
}

/**
 * An item's `period`, each field read once: `start` and `end` days `YYYY-MM-DD` (the end not
 * before the start), `title` text and `timeZone` a known zone where given.
 */
export function readPeriod(value: unknown): CheckedPeriod | FieldMisfit {
  if (!isRecord(value)) {
    return misfit([], 'invalid_type', (item, locale) =>
      SCHEDULE_ITEM_MESSAGES[locale].notAnObject('period', item, value),
    );
  }
  const { start, end, title, timeZone } = value;
  for (const [field, day] of [
    ['start', start],
    ['end', end],
  ] as const) {
    if (typeof day !== 'string' || !ISO_DATE_PATTERN.test(day)) {
      return misfit([field], 'invalid_date', (item, locale) =>
        SCHEDULE_ITEM_MESSAGES[locale].notADate(`period.${field}`, item, day),
      );
    }
  }
  if ((end as string) < (start as string)) {
    return misfit(['end'], 'invalid_range', (item, locale) =>
      SCHEDULE_ITEM_MESSAGES[locale].periodEndsBeforeStart(item),
    );
  }
  const wrong = text('period.title', title, true);
  if (wrong !== undefined) return wrong;
  const zoneName = timeZone === undefined ? undefined : zone('period.timeZone', timeZone);
  if (zoneName !== undefined && typeof zoneName !== 'string') return zoneName;
  return { start: start as string, end: end as string, title: title as string | undefined, timeZone: zoneName };
}

/**
 * Where an item takes place: its own `place`, else the municipality its `municipalityId` names in
 * the dataset, if either is there.
 */
export function placeOf(
  own: Place | undefined,
  municipalityId: string | undefined,
  places: ReadonlyMap<string, Place>,
): Place | undefined {
  return own ?? (municipalityId === undefined ? undefined : places.get(municipalityId));
}

/**
 * The zone of an item's wall clock: its place's, else `fallback` (the `timeZone` option, or
 * `Europe/Berlin`). The one rule for every schedule function.
 */
export function zoneOf(place: Place | undefined, fallback: string): string {
  return place?.zone ?? fallback;
}
