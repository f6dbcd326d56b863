import { austrianHolidays, FIRST_AUSTRIAN_DAY } from '../../holidays/austria.js';
import { FIRST_HOLIDAY_YEAR, publicHolidays } from '../../holidays/publicHolidays.js';
import { type GermanState, germanStateOf } from '../../places/germanStates.js';
import type { Place } from '../../query/datasetIndex.js';
import { daysFromCivil, daysInMonth, MAX_INSTANT, utcWallClock } from '../../time/calendar.js';
import { entryOf, newMap } from '../_lib/entryOf.js';
import { keepShape } from '../_lib/shapes.js';
import { isoDateOf, isoWeekdayOf, lastInstant, localDay, minutesInto, yearOf } from '../itemDays.js';
import type { HolidaysAbroad } from '../scheduleOptions.js';
import type { CheckedWorkingHours } from '../workingHours.js';
import type { PublicHolidayAbroad } from './conflict.js';
import { PERSON } from './kinds.js';
import type { NotCheckedKey } from './notChecked.js';
import { NotCheckedList } from './notChecked.js';
import { PlaceTable } from './places.js';
import type { Columns, Read } from './search.js';

// The second phase: each item's own conflicts (outside its exchange's days, on a holiday, on a
// weekend, outside working hours), found in input order while the instants are still instants,
// and the checks that could not run for an item. The sweep records an item's own conflicts when it
// reaches the item in start order.

/** An item's own conflicts, as bits of one byte per item. */
export const [OWN_OUTSIDE, OWN_HOLIDAY, OWN_WEEKEND, OWN_HOURS] = [1, 2, 4, 8] as const;

/** The last year an instant kommunal reads lies in (9999); a clock east of UTC may show the next. */
const LAST_YEAR = utcWallClock(MAX_INSTANT).year;

/** A holiday an item falls on. */
export type HolidayHit =
  | {
      /** Its day, `YYYY-MM-DD`. */
      readonly date: string;
      readonly name: string;
      readonly scope: 'statewide' | 'local';
      readonly state: GermanState | undefined;
      /** `false` for a local holiday that may hold at the place but kommunal's data cannot say. */
      readonly certain: boolean;
    }
  | HolidayAbroadHit;

/** A public holiday of a country abroad: Austria's, built in, or one the option `holidays` names. */
type HolidayAbroadHit = PublicHolidayAbroad;

/** What the check found. */
export interface OwnConflicts {
  /** Per item: its own conflicts (OWN_… bits); none where no check ran. */
  readonly bits: Uint8Array | undefined;
  /** Per item with a weekend conflict: the day (since 1970-01-01) of its first Saturday or Sunday. */
  readonly weekendDays: ReadonlyMap<number, number>;
  /** Per item on a holiday: the first it falls on. */
  readonly holidays: ReadonlyMap<number, HolidayHit>;
  /** The checks that could not run, per reason, with their items' indexes. */
  readonly notChecked: NotCheckedList;
}

/** A place's holidays in one year: their days (since 1970) in order, and what each is. */
interface HolidayYear {
  readonly days: readonly number[];
  readonly hits: readonly HolidayHit[];
}

/** Why the holidays of a place cannot be checked (in full), or `undefined` where they can. */
type HolidayGap = Extract<NotCheckedKey['reason'], 'no-place' | 'no-state' | 'abroad'> | undefined;

/** What the check needs of a place, worked out once per place. */
interface PlaceFacts {
  readonly place: Place | undefined;
  readonly zone: string;
  /** The Land whose public holidays hold there. */
  readonly land: GermanState | undefined;
  /** Which of its Land's local holidays hold there: its key, if it lies in that Land, and those it does not keep. */
  readonly local: LocalFacts;
  /** In Austria: its public holidays are built in (from {@link FIRST_AUSTRIAN_DAY}). */
  readonly austria: boolean;
  /** Abroad, where the option `holidays` is a source: the days it was asked about, by day since 1970. */
  readonly abroad: Map<number, HolidayAbroadHit | null> | undefined;
  readonly gap: HolidayGap;
}

/** Austria's first day with known holidays, as a day since 1970. */
const FIRST_AUSTRIAN = dayOf({ date: FIRST_AUSTRIAN_DAY });

/** What decides a place's local public holidays; places with the same facts share their years. */
interface LocalFacts {
  readonly ags: string | undefined;
  readonly notKept: readonly string[];
  /** The two joined, to look the years up by. */
  readonly key: string;
}

const NO_LOCAL_FACTS: LocalFacts = { ags: undefined, notKept: [], key: '' };

/**
 * A place's key where it lies in its Land (else it cannot say which local holidays hold), and the
 * holidays it does not keep; `joined` writes a list of names as one text, once per list.
 */
function localFacts(
  place: Place | undefined,
  land: GermanState | undefined,
  joined: (names: readonly string[]) => string,
): LocalFacts {
  if (place === undefined || land === undefined) return NO_LOCAL_FACTS;
  const prefix = germanStateOf(land)?.agsPrefix ?? '';
  // A Kreis' key (5 digits) or another Land's says nothing about one municipality's holidays.
  const ags = place.ags?.startsWith(prefix) && /^\d{8}$/.test(place.ags) ? place.ags : undefined;
  const notKept = place.holidaysNotKept ?? [];
  return ags === undefined && notKept.length === 0
    ? NO_LOCAL_FACTS
    : { ags, notKept, key: [ags ?? '', joined(notKept)].join('\u0000') };
}

// On one day: the place's declared holidays first, in their order, then the Land's statewide ones,
// then its local ones that hold, then those that may.
const STATEWIDE_ORDER = 1e9;
const LOCAL_ORDER = STATEWIDE_ORDER + 1;
const MAYBE_ORDER = STATEWIDE_ORDER + 2;

/** A holiday a place declares, with its place in the list: on a day two share, the earlier is named. */
interface Declared {
  readonly date: string;
  readonly name: string;
  readonly order: number;
}

/**
 * A place's own holidays, grouped once per list: the first entry for each `MM-DD`, and per year the
 * first for each `YYYY-MM-DD`. A year's list is then at most 366 + 366 entries, however long the
 * place's list (up to 10,000 entries) and however many years its items span.
 */
interface DeclaredHolidays {
  readonly everyYear: readonly Declared[];
  readonly byYear: ReadonlyMap<number, readonly Declared[]>;
}

function declaredHolidays(holidays: Place['holidays']): DeclaredHolidays {
  const everyYear = new Map<string, Declared>();
  const byYear = new Map<number, Map<string, Declared>>();
  holidays.forEach(({ date, name }, order) => {
    const dates = date.length === 5 ? everyYear : entryOf(byYear, Number(date.slice(0, 4)), newMap<string, Declared>);
    if (!dates.has(date)) dates.set(date, { date, name, order });
  });
  return {
    everyYear: [...everyYear.values()],
    byYear: new Map([...byYear].map(([year, dates]) => [year, [...dates.values()]])),
  };
}

/**
 * The local holidays a place declares and its Land's (or Austria's), in one year: statewide ones,
 * and the local ones that hold at its key or may (without a key, every local one may); on a day
 * several keep, the declared one first.
 */
function holidayYear(
  declared: DeclaredHolidays,
  land: GermanState | 'AT' | undefined,
  local: LocalFacts,
  year: number,
): HolidayYear {
  const found: { day: number; order: number; hit: HolidayHit }[] = [];
  for (const holiday of [...declared.everyYear, ...(declared.byYear.get(year) ?? [])]) {
    const { date } = holiday;
    // `MM-DD` every year, `YYYY-MM-DD` once; 29 February only in leap years.
    const month = Number(date.slice(-5, -3));
    const day = Number(date.slice(-2));
    if (!(day <= daysInMonth(year, month))) continue;
    const number = daysFromCivil({ year, month, day });
    const hit: HolidayHit = {
      date: isoDateOf(number),
      name: holiday.name,
      scope: 'local',
      state: land === 'AT' ? undefined : land,
      certain: true,
    };
    found.push({ day: number, order: holiday.order, hit });
  }
  if (land === 'AT') {
    for (const holiday of austrianHolidays(year)) {
      const [y, m, d] = holiday.date.split('-').map(Number);
      const day = daysFromCivil({ year: y as number, month: m as number, day: d as number });
      const hit: HolidayHit = { ...holiday, scope: 'abroad', state: undefined, country: 'AT', subdivision: undefined };
      found.push({ day, order: STATEWIDE_ORDER, hit });
    }
  } else if (land !== undefined && year >= FIRST_HOLIDAY_YEAR && year <= LAST_YEAR) {
    for (const holiday of publicHolidays(year, land, local.ags === undefined ? undefined : { ags: local.ags })) {
      if (holiday.scope === 'local' && local.notKept.includes(holiday.name)) continue;
      const [y, m, d] = holiday.date.split('-').map(Number);
      const day = daysFromCivil({ year: y as number, month: m as number, day: d as number });
      const certain = holiday.scope === 'statewide' || holiday.certain;
      const hit: HolidayHit = { date: holiday.date, name: holiday.name, scope: holiday.scope, state: land, certain };
      const order = holiday.scope === 'statewide' ? STATEWIDE_ORDER : certain ? LOCAL_ORDER : MAYBE_ORDER;
      found.push({ day, order, hit });
    }
  }
  found.sort((a, b) => a.day - b.day || a.order - b.order);
  return { days: found.map((entry) => entry.day), hits: found.map((entry) => entry.hit) };
}

/** What the check needs of each place, and its holidays per year, worked out once per place. */
class PlaceCalendars {
  private readonly facts: PlaceFacts[] = [];
  private readonly declared = new Map<Place['holidays'], DeclaredHolidays>();
  /** Per list of holidays places do not keep (places share one, read once): its names as one text. */
  private readonly notKeptKeys = new Map<readonly string[], string>();
  private readonly joined = (names: readonly string[]): string =>
    entryOf(this.notKeptKeys, names, () => names.join('\u0000'));
  /** Per list of holidays, per Land (`AT` in Austria, none elsewhere abroad), per key and holidays not kept, per year: no key is built per item. */
  private readonly years = new Map<
    DeclaredHolidays,
    Map<GermanState | 'AT' | undefined, Map<string, Map<number, HolidayYear>>>
  >();
  /** Per country and subdivision abroad: the days asked of the option `holidays`. */
  private readonly abroad = new Map<string, Map<number, HolidayAbroadHit | null>>();

  constructor(
    private readonly places: PlaceTable,
    private readonly source: HolidaysAbroad | undefined,
  ) {}

  /** The place with this number, its zone and Land, and why its holidays cannot be checked, if so. */
  factsOf(number: number): PlaceFacts {
    let known = this.facts[number];
    if (known === undefined) {
      const place = this.places.placeOf(number);
      const land = place?.country === 'DE' ? germanStateOf(place.state)?.code : undefined;
      const austria = place?.country === 'AT';
      const abroad =
        place === undefined || place.country === 'DE' || this.source === undefined
          ? undefined
          : entryOf(this.abroad, `${place.country}\u0000${place.state ?? ''}`, newMap<number, HolidayAbroadHit | null>);
      const gap: HolidayGap =
        place === undefined
          ? 'no-place'
          : place.country !== 'DE'
            ? abroad === undefined && !austria
              ? 'abroad'
              : undefined
            : land === undefined
              ? 'no-state'
              : undefined;
      known = {
        place,
        zone: this.places.zoneOf(number),
        land,
        local: localFacts(place, land, this.joined),
        austria,
        abroad,
        gap,
      };
      this.facts[number] = known;
    }
    return known;
  }

  /**
   * The holidays of the place with this number (which has one) in a year. Places that share one
   * list of holidays (as the items of one municipality do) and one Land share the work.
   */
  holidaysIn(number: number, year: number): HolidayYear {
    const { place, land: german, austria, local } = this.factsOf(number);
    const land = austria ? 'AT' : german;
    const { holidays } = place as Place;
    let declared = this.declared.get(holidays);
    if (declared === undefined) {
      declared = declaredHolidays(holidays);
      this.declared.set(holidays, declared);
    }
    const lands = entryOf(
      this.years,
      declared,
      newMap<GermanState | 'AT' | undefined, Map<string, Map<number, HolidayYear>>>,
    );
    const keys = entryOf(lands, land, newMap<string, Map<number, HolidayYear>>);
    const years = entryOf(keys, local.key, newMap<number, HolidayYear>);
    let table = years.get(year);
    if (table === undefined) {
      table = holidayYear(declared, land, local, year);
      years.set(year, table);
    }
    return table;
  }

  /**
   * The first day from `firstDay` to `lastDay` that the option `holidays` names a public holiday in
   * the place with this number (abroad, with a source), each day asked once per call.
   */
  askedAbroad(number: number, firstDay: number, lastDay: number): HolidayAbroadHit | undefined {
    const { place, abroad } = this.factsOf(number);
    const source = this.source as HolidaysAbroad;
    const { country, state } = place as Place;
    const days = abroad as Map<number, HolidayAbroadHit | null>;
    for (let day = firstDay; day <= lastDay; day += 1) {
      let hit = days.get(day);
      if (hit === undefined) {
        const date = isoDateOf(day);
        const name = source.nameOn(date, country, state);
        hit =
          name === undefined ? null : { date, name, scope: 'abroad', state: undefined, country, subdivision: state };
        days.set(day, hit);
      }
      if (hit !== null) return hit;
    }
    return undefined;
  }
}

/** A holiday's day, as a day since 1970. */
function dayOf(hit: { readonly date: string }): number {
  const [year, month, day] = hit.date.split('-').map(Number);
  return daysFromCivil({ year: year as number, month: month as number, day: day as number });
}

/** The first holiday from `firstDay` to `lastDay` in a year's list, by binary search. */
function firstHoliday(year: HolidayYear, firstDay: number, lastDay: number): HolidayHit | undefined {
  const { days } = year;
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((days[middle] as number) < firstDay) low = middle + 1;
    else high = middle;
  }
  return low < days.length && (days[low] as number) <= lastDay ? year.hits[low] : undefined;
}

/** The first Saturday or Sunday from `firstDay` to `lastDay`, or -1. */
function firstWeekendDay(firstDay: number, lastDay: number): number {
  const weekday = isoWeekdayOf(firstDay);
  const day = weekday >= 6 ? firstDay : firstDay + 6 - weekday;
  return day <= lastDay ? day : -1;
}

/**
 * Whether an item on one day lies outside working hours: by its weekday (7 is Sunday), and by its
 * times on that day's clock, so that an end at midnight is 24:00 of the day it ends.
 */
function outsideHours(hours: CheckedWorkingHours, start: number, end: number, zone: string, day: number): boolean {
  return (
    !hours.allowed[isoWeekdayOf(day)] ||
    Math.floor(minutesInto(day, start, zone)) < hours.start ||
    Math.ceil(minutesInto(day, end, zone)) > hours.end
  );
}

/** Whether an item has people: travel time concerns them. */
function hasPeople(columns: Columns, firstBooking: number, count: number): boolean {
  const { bookings, resources } = columns;
  for (let booking = firstBooking; booking < firstBooking + count; booking += 1) {
    if (resources.kinds[bookings[booking] as number] === PERSON) return true;
  }
  return false;
}

/**
 * Each item's own conflicts, and the checks that could not run for it, in input order. An item's
 * work is bounded: days are looked up, not walked (a weekend by arithmetic, a holiday by binary
 * search in its year's list), and an item longer than a year is checked in its first 367 days.
 */
export function checkItems(search: Read): OwnConflicts {
  keepShape('PlaceCalendars', () => new PlaceCalendars(new PlaceTable(new Map(), 'UTC'), undefined));
  keepShape('NotCheckedList', () => new NotCheckedList());
  const { settings, columns } = search;
  const { starts, ends } = search.instants;
  const { hours, weekends } = settings;
  const { count, places, periods, placeTable, periodTable, bookingCounts } = columns;
  const checkHolidays = settings.holidays;
  const checkTravel = settings.buffer > 0;
  const notChecked = new NotCheckedList();
  const weekendDays = new Map<number, number>();
  const holidays = new Map<number, HolidayHit>();
  const calendars = new PlaceCalendars(placeTable, settings.holidaysAbroad);
  const needsDays = weekends || hours !== undefined || checkHolidays || periods !== undefined;
  const bits = needsDays ? new Uint8Array(count) : undefined;
  let firstBooking = 0;
  for (let index = 0; index < count; index += 1) {
    const place = places[index] as number;
    const bookingCount = bookingCounts[index] as number;
    if (place === 0 && checkTravel && bookingCount > 0 && hasPeople(columns, firstBooking, bookingCount)) {
      notChecked.add('travel-time', 'no-place', undefined, index);
    }
    firstBooking += bookingCount;
    if (bits === undefined) continue;
    const start = starts[index] as number;
    const end = ends[index] as number;
    const { zone, place: where, gap, land, austria, abroad } = calendars.factsOf(place);
    let own = 0;
    const period = periods === undefined ? 0 : (periods[index] as number);
    if (period !== 0) {
      const days = periodTable.periodOf(period);
      if (days === undefined) notChecked.add('outside-exchange-period', 'no-period', undefined, index);
      else if (
        isoDateOf(localDay(start, days.timeZone)) < days.start ||
        isoDateOf(localDay(lastInstant(start, end), days.timeZone)) > days.end
      ) {
        own |= OWN_OUTSIDE;
      }
    }
    if (!weekends && hours === undefined && (!checkHolidays || where === undefined)) {
      if (checkHolidays) notChecked.add('public-holiday', 'no-place', undefined, index);
      bits[index] = own;
      continue;
    }
    const firstDay = localDay(start, zone);
    const lastDay = Math.min(localDay(lastInstant(start, end), zone), firstDay + 366);
    if (checkHolidays) {
      if (gap !== undefined)
        notChecked.add('public-holiday', gap, gap === 'abroad' ? where?.country : undefined, index);
      else if (land !== undefined && yearOf(firstDay) < FIRST_HOLIDAY_YEAR)
        notChecked.add('public-holiday', 'before-1990', undefined, index);
      // Austria's days before its list begins are unknown unless a source names them.
      else if (austria && abroad === undefined && firstDay < FIRST_AUSTRIAN)
        notChecked.add('public-holiday', 'abroad', 'AT', index);
      if (where !== undefined) {
        let hit: HolidayHit | undefined;
        for (
          let year = yearOf(firstDay), lastYear = yearOf(lastDay);
          year <= lastYear && hit === undefined;
          year += 1
        ) {
          hit = firstHoliday(calendars.holidaysIn(place, year), firstDay, lastDay);
        }
        // A source is asked only for the days before the first holiday kommunal knows.
        const asked =
          abroad === undefined
            ? undefined
            : calendars.askedAbroad(place, firstDay, hit === undefined ? lastDay : dayOf(hit) - 1);
        if (asked !== undefined) hit = asked;
        if (hit !== undefined) {
          own |= OWN_HOLIDAY;
          // Austria's list is shared by its places; each conflict names its own place's subdivision.
          const subdivision = where.state;
          holidays.set(
            index,
            hit.scope === 'abroad' && hit.subdivision !== subdivision ? { ...hit, subdivision } : hit,
          );
        }
      }
    }
    if (weekends) {
      const day = firstWeekendDay(firstDay, lastDay);
      if (day >= 0) {
        own |= OWN_WEEKEND;
        weekendDays.set(index, day);
      }
    }
    // An item over several days is outside the hours anyway.
    if (hours !== undefined && (firstDay !== lastDay || outsideHours(hours, start, end, zone, firstDay))) {
      own |= OWN_HOURS;
    }
    bits[index] = own;
  }
  return { bits, weekendDays, holidays, notChecked };
}
