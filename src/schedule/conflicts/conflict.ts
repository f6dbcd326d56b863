import type { GermanState } from '../../places/germanStates.js';
import type { ConflictKind, ConflictSeverityOf } from './kinds.js';

// What detectConflicts returns: one variant per kind of the table in kinds.ts, each carrying its
// facts as data, so that an app reads the holiday's name or the travel gap instead of parsing text.

/**
 * What every conflict has: its kind, the severity the kind has, the items it concerns (by id) and
 * a sentence written from its fields, in the `locale` asked for.
 *
 * @example
 * ```ts
 * import type { ConflictBase } from 'kommunal';
 *
 * const base: ConflictBase<'weekend'> = { kind: 'weekend', severity: 'info', itemIds: ['a'], message: '„a“ fällt auf einen Samstag.' };
 * base.severity; // => 'info'
 * ```
 *
 * @category Scheduling
 */
export interface ConflictBase<K extends ConflictKind> {
  /** What is wrong; the variant's fields follow from it. */
  readonly kind: K;
  /** How much it matters; follows from `kind`. */
  readonly severity: ConflictSeverityOf<K>;
  /** The item it concerns, the two that clash (the earlier first), or the items a check skipped. */
  readonly itemIds: readonly string[];
  /** One sentence written from the fields, in `locale`: what apps printed before the fields existed. */
  readonly message: string;
}

/**
 * A person as a conflict names them: their id, and their name as {@link formatPersonName} writes
 * it (from the item's `personNames` or the dataset), if it is known.
 *
 * @example
 * ```ts
 * import type { ConflictPerson } from 'kommunal';
 *
 * const person: ConflictPerson = { id: 'patricia-becher', name: 'Dr. Patricia Becher' };
 * person.name; // => 'Dr. Patricia Becher'
 * ```
 *
 * @category Scheduling
 */
export interface ConflictPerson {
  /** The id the items give in `personIds`. */
  readonly id: string;
  /** „Dr. Patricia Becher“; `undefined` where neither the items nor the dataset name the person. */
  readonly name: string | undefined;
}

/**
 * Where an item takes place, as a conflict names it: the municipality's id, if the item gives one,
 * and its name, if it is known.
 *
 * @example
 * ```ts
 * import type { ConflictPlace } from 'kommunal';
 *
 * const place: ConflictPlace = { municipalityId: 'wiesbaden', name: 'Wiesbaden' };
 * place.name; // => 'Wiesbaden'
 * ```
 *
 * @category Scheduling
 */
export interface ConflictPlace {
  /** The item's `municipalityId`. */
  readonly municipalityId: string | undefined;
  /** The municipality's name, from the item's `place` or the dataset; `undefined` where neither knows it. */
  readonly name: string | undefined;
}

/**
 * A person booked in two items that overlap.
 *
 * @example
 * ```ts
 * import { detectConflicts, type PersonDoubleBookedConflict } from 'kommunal';
 *
 * const conflicts = detectConflicts(
 *   [
 *     { id: 'a', start: '2024-04-15T09:00+02:00', end: '2024-04-15T10:00+02:00', personIds: ['becher'], personNames: ['Dr. Patricia Becher'] },
 *     { id: 'b', start: '2024-04-15T09:30+02:00', end: '2024-04-15T10:30+02:00', personIds: ['becher'] },
 *   ],
 *   { holidays: false },
 * );
 * const conflict = conflicts.find((found): found is PersonDoubleBookedConflict => found.kind === 'person-double-booked');
 * conflict?.itemIds; // => ['a', 'b']
 * conflict?.person; // => { id: 'becher', name: 'Dr. Patricia Becher' }
 * ```
 *
 * @category Scheduling
 */
export interface PersonDoubleBookedConflict extends ConflictBase<'person-double-booked'> {
  readonly itemIds: readonly [string, string];
  /** The person's id, as `person.id`. */
  readonly resourceId: string;
  /** Who is booked twice. */
  readonly person: ConflictPerson;
}

/**
 * A room (or a venue without rooms) booked for two items that overlap.
 *
 * @example
 * ```ts
 * import { detectConflicts, type VenueDoubleBookedConflict } from 'kommunal';
 *
 * const room = { venueId: 'rathaus', room: '4.161', location: 'Raum 4.161, Rathaus, Wiesbaden' };
 * const conflicts = detectConflicts(
 *   [
 *     { id: 'a', start: '2024-04-15T09:00+02:00', end: '2024-04-15T10:00+02:00', ...room },
 *     { id: 'b', start: '2024-04-15T09:45+02:00', end: '2024-04-15T11:00+02:00', ...room },
 *   ],
 *   { holidays: false },
 * );
 * const conflict = conflicts.find((found): found is VenueDoubleBookedConflict => found.kind === 'venue-double-booked');
 * conflict?.venue; // => { id: 'rathaus', room: '4.161', name: 'Raum 4.161, Rathaus, Wiesbaden' }
 * conflict?.resourceId; // => 'rathaus/4.161'
 * ```
 *
 * @category Scheduling
 */
export interface VenueDoubleBookedConflict extends ConflictBase<'venue-double-booked'> {
  readonly itemIds: readonly [string, string];
  /** The venue's id, with `/room` for a room: `rathaus/4.161`. */
  readonly resourceId: string;
  /** The venue and room booked twice. */
  readonly venue: {
    /** The items' `venueId`. */
    readonly id: string;
    /** The room; `undefined` for the venue's one default room. */
    readonly room: string | undefined;
    /** Down to the room, as {@link formatVenue} writes it (or as the items' `location` says); `undefined` where unknown. */
    readonly name: string | undefined;
  };
}

/**
 * An item of an exchange outside the exchange's first and last day, read in the host's calendar.
 *
 * @example
 * ```ts
 * import { detectConflicts, type OutsideExchangePeriodConflict } from 'kommunal';
 *
 * const conflicts = detectConflicts(
 *   [
 *     {
 *       id: 'ausflug', start: '2024-04-19T10:00+02:00', end: '2024-04-19T12:00+02:00', exchangeId: 'fachkraefte',
 *       period: { start: '2024-04-15', end: '2024-04-18', title: 'Fachkräfteaustausch', timeZone: 'Europe/Berlin' },
 *     },
 *   ],
 *   { holidays: false },
 * );
 * const conflict = conflicts.find((found): found is OutsideExchangePeriodConflict => found.kind === 'outside-exchange-period');
 * conflict?.exchange; // => { id: 'fachkraefte', title: 'Fachkräfteaustausch', start: '2024-04-15', end: '2024-04-18', timeZone: 'Europe/Berlin' }
 * ```
 *
 * @category Scheduling
 */
export interface OutsideExchangePeriodConflict extends ConflictBase<'outside-exchange-period'> {
  readonly itemIds: readonly [string];
  /** The exchange's id, as `exchange.id`, where the item gives one. */
  readonly resourceId?: string | undefined;
  /** The exchange and its days. */
  readonly exchange: {
    /** The item's `exchangeId`. */
    readonly id: string | undefined;
    /** The exchange's title, where known. */
    readonly title: string | undefined;
    /** First day, `YYYY-MM-DD`, included. */
    readonly start: string;
    /** Last day, `YYYY-MM-DD`, included. */
    readonly end: string;
    /** The zone in which the item's days were read: the host's. */
    readonly timeZone: string;
  };
}

/**
 * A public holiday of a place outside Germany, as a {@link PublicHolidayConflict} names it:
 * Austria's (built in, Feiertagsruhegesetz 1957, Art. I § 1 Abs. 1), or one the option `holidays`
 * of {@link detectConflicts} names. Told from a German Land's holiday by `scope: 'abroad'`.
 *
 * @example
 * ```ts
 * import { detectConflicts, type PublicHolidayConflict } from 'kommunal';
 *
 * const wien = { name: 'Wien', country: 'AT', state: 'AT-9', timeZone: 'Europe/Vienna' };
 * const conflicts = detectConflicts([{ id: 'empfang', start: '2024-11-01T10:00+01:00', end: '2024-11-01T11:00+01:00', place: wien }]);
 * const conflict = conflicts.find((found): found is PublicHolidayConflict => found.kind === 'public-holiday');
 * conflict?.holiday; // => { date: '2024-11-01', name: 'Allerheiligen', scope: 'abroad', state: undefined, country: 'AT', subdivision: 'AT-9' }
 * conflict?.message; // => '„empfang“ (Freitag, 1. November 2024, 10–11 Uhr) fällt auf einen Feiertag in Österreich: Allerheiligen.'
 * ```
 *
 * @category Scheduling
 */
export interface PublicHolidayAbroad {
  /** Its day, `YYYY-MM-DD`, in the place's calendar. */
  readonly date: string;
  /** Its name: `Allerheiligen`, or as the source names it. */
  readonly name: string;
  /** A public holiday of a country abroad. */
  readonly scope: 'abroad';
  /** No German Land. */
  readonly state: undefined;
  /** The place's country, ISO 3166-1 alpha-2: `AT`. */
  readonly country: string;
  /** The place's subdivision (its `state`, ISO 3166-2: `AT-9`, `US-IL`), where it gives one. */
  readonly subdivision: string | undefined;
}

/**
 * An item on a public holiday of its place: a statewide one of its Land, one abroad
 * ({@link PublicHolidayAbroad}), a local one that holds in
 * its municipality (by its `ags`: Mariä Himmelfahrt in Bavaria, the Augsburger Hohes Friedensfest,
 * Fronleichnam in parts of Sachsen and Thüringen), or one its municipality declares. Where a local
 * holiday may hold but kommunal's data cannot say (only some Ortsteile keep it, Bavaria before 2014
 * outside Ober- and Niederbayern, or a place in that Land without `ags`), the conflict has `certain: false` and
 * says the day may be a holiday there; a dataset settles it with the municipality's `holidays` or
 * `holidaysNotKept`.
 *
 * @example
 * ```ts
 * import { detectConflicts, type PublicHolidayConflict } from 'kommunal';
 *
 * const place = { name: 'Wiesbaden', country: 'DE', state: 'DE-HE', timeZone: 'Europe/Berlin' };
 * const conflicts = detectConflicts([
 *   { id: 'a', start: '2024-05-30T09:00+02:00', end: '2024-05-30T10:00+02:00', municipalityId: 'wiesbaden', place },
 * ]);
 * const conflict = conflicts.find((found): found is PublicHolidayConflict => found.kind === 'public-holiday');
 * conflict?.holiday; // => { date: '2024-05-30', name: 'Fronleichnam', scope: 'statewide', state: 'DE-HE' }
 * conflict?.place; // => { municipalityId: 'wiesbaden', name: 'Wiesbaden' }
 * conflict?.certain; // => true
 *
 * const augsburg = { name: 'Augsburg', country: 'DE', state: 'DE-BY', timeZone: 'Europe/Berlin', ags: '09761000' };
 * const [peace] = detectConflicts([{ id: 'b', start: '2024-08-08T09:00+02:00', end: '2024-08-08T10:00+02:00', place: augsburg }]);
 * (peace as PublicHolidayConflict).holiday; // => { date: '2024-08-08', name: 'Augsburger Hohes Friedensfest', scope: 'local', state: 'DE-BY' }
 * ```
 *
 * @category Scheduling
 */
export interface PublicHolidayConflict extends ConflictBase<'public-holiday'> {
  readonly itemIds: readonly [string];
  /** The item's `municipalityId`, where it gives one. */
  readonly resourceId?: string | undefined;
  /** The first holiday the item falls on. */
  readonly holiday:
    | PublicHolidayAbroad
    | {
        /** Its day, `YYYY-MM-DD`, in the place's calendar. */
        readonly date: string;
        /** Its name: `Fronleichnam`, `Augsburger Friedensfest`. */
        readonly name: string;
        /** `statewide`: a public holiday of the whole Land; `local`: one of some municipalities, or one the municipality declares. */
        readonly scope: 'statewide' | 'local';
        /** The place's Land, where it lies in one. */
        readonly state: GermanState | undefined;
      };
  /** Where the item takes place. */
  readonly place: ConflictPlace;
  /** `false` where the day may be a local holiday at the place but kommunal's data cannot say. */
  readonly certain: boolean;
}

/**
 * Too little time for one person between two items in different places.
 *
 * @example
 * ```ts
 * import { detectConflicts, type TravelTimeConflict } from 'kommunal';
 *
 * const conflicts = detectConflicts(
 *   [
 *     { id: 'a', start: '2024-04-15T09:00+02:00', end: '2024-04-15T10:00+02:00', personIds: ['buchner'], municipalityId: 'wiesbaden' },
 *     { id: 'b', start: '2024-04-15T10:20+02:00', end: '2024-04-15T11:00+02:00', personIds: ['buchner'], municipalityId: 'wetzlar' },
 *   ],
 *   { holidays: false },
 * );
 * const conflict = conflicts.find((found): found is TravelTimeConflict => found.kind === 'travel-time');
 * conflict?.gapMinutes; // => 20
 * conflict?.requiredMinutes; // => 30
 * conflict?.to; // => { municipalityId: 'wetzlar', name: undefined }
 * ```
 *
 * @category Scheduling
 */
export interface TravelTimeConflict extends ConflictBase<'travel-time'> {
  /** The item the person comes from, then the one they go to. */
  readonly itemIds: readonly [string, string];
  /** The person's id, as `person.id`. */
  readonly resourceId: string;
  /** Who travels. */
  readonly person: ConflictPerson;
  /** Where the first item takes place. */
  readonly from: ConflictPlace;
  /** Where the second item takes place. */
  readonly to: ConflictPlace;
  /** Minutes from the end of the first item to the start of the second. */
  readonly gapMinutes: number;
  /** The minutes needed between places: the option `travelBufferMinutes`. */
  readonly requiredMinutes: number;
}

/**
 * An item on a Saturday or Sunday.
 *
 * @example
 * ```ts
 * import { detectConflicts, type WeekendConflict } from 'kommunal';
 *
 * const conflicts = detectConflicts([{ id: 'fest', start: '2024-06-16T10:00+02:00', end: '2024-06-16T12:00+02:00' }], { holidays: false });
 * const conflict = conflicts.find((found): found is WeekendConflict => found.kind === 'weekend');
 * conflict?.weekday; // => 7
 * conflict?.date; // => '2024-06-16'
 * ```
 *
 * @category Scheduling
 */
export interface WeekendConflict extends ConflictBase<'weekend'> {
  readonly itemIds: readonly [string];
  /** The first weekend day the item touches: 6 = Saturday, 7 = Sunday (as `WorkingHours.days` counts). */
  readonly weekday: 6 | 7;
  /** That day, `YYYY-MM-DD`, in the item's calendar. */
  readonly date: string;
}

/**
 * An item outside the working hours asked for.
 *
 * @example
 * ```ts
 * import { detectConflicts, type OutsideWorkingHoursConflict } from 'kommunal';
 *
 * const conflicts = detectConflicts(
 *   [{ id: 'frueh', start: '2024-04-15T07:30+02:00', end: '2024-04-15T08:30+02:00' }],
 *   { holidays: false, workingHours: { start: '08:00', end: '16:30' } },
 * );
 * const conflict = conflicts.find((found): found is OutsideWorkingHoursConflict => found.kind === 'outside-working-hours');
 * conflict?.workingHours; // => { start: '08:00', end: '16:30', days: [1, 2, 3, 4, 5] }
 * ```
 *
 * @category Scheduling
 */
export interface OutsideWorkingHoursConflict extends ConflictBase<'outside-working-hours'> {
  readonly itemIds: readonly [string];
  /** The working hours it breaks, with their weekdays in order (1 = Monday … 7 = Sunday). */
  readonly workingHours: {
    readonly start: string;
    readonly end: string;
    readonly days: readonly number[];
  };
}

/**
 * Which check could not run for which items, and why: said once per check and reason (and per
 * country abroad), so that a check is never skipped in silence.
 *
 * - `public-holiday`: `no-place` (neither the item's `place` nor the dataset says where it is),
 *   `no-state` (a place in Germany without its Land), `abroad` (a place in a country whose public
 *   holidays kommunal does not know, for which the option `holidays` gives no source: every
 *   country but Germany and Austria, and Austria before 26 July 1967; local holidays declared for
 *   the place are still checked),
 *   `before-1990` (kommunal knows the Länder's holidays from 1990, the year of German unity).
 * - `travel-time`: `no-place`, for items with people but no place.
 * - `outside-exchange-period`: `no-period`, for items of an exchange whose days neither the item's
 *   `period` nor the dataset gives.
 *
 * @example
 * ```ts
 * import { detectConflicts, type NotCheckedConflict } from 'kommunal';
 *
 * const conflicts = detectConflicts([{ id: 'a', start: '2024-04-15T09:00+02:00', end: '2024-04-15T10:00+02:00' }]);
 * const conflict = conflicts.find((found): found is NotCheckedConflict => found.kind === 'not-checked');
 * [conflict?.check, conflict?.reason, conflict?.itemIds]; // => ['public-holiday', 'no-place', ['a']]
 * conflict?.message; // => 'Feiertage sind für 1 Termin nicht geprüft, weil sein Ort nicht bekannt ist: „a“.'
 * ```
 *
 * @category Scheduling
 */
export interface NotCheckedConflict extends ConflictBase<'not-checked'> {
  /** Every item the check skipped for this reason, in input order. */
  readonly itemIds: readonly string[];
  /** The check that did not run. */
  readonly check: 'public-holiday' | 'travel-time' | 'outside-exchange-period';
  /** Why it could not run. */
  readonly reason: 'no-place' | 'no-state' | 'abroad' | 'before-1990' | 'no-period';
  /** For `abroad`: the country, ISO 3166-1 alpha-2. */
  readonly country: string | undefined;
}

/**
 * The last entry of a list cut at `maxConflicts`: the search stopped there.
 *
 * @example
 * ```ts
 * import { detectConflicts, type TruncatedConflict } from 'kommunal';
 *
 * const hour = { start: '2024-04-15T09:00+02:00', end: '2024-04-15T10:00+02:00', personIds: ['becher'] };
 * const conflicts = detectConflicts([{ id: 'a', ...hour }, { id: 'b', ...hour }, { id: 'c', ...hour }], { maxConflicts: 1, holidays: false });
 * const last = conflicts.at(-1) as TruncatedConflict;
 * [last.kind, last.limit, last.itemIds]; // => ['truncated', 1, []]
 * ```
 *
 * @category Scheduling
 */
export interface TruncatedConflict extends ConflictBase<'truncated'> {
  readonly itemIds: readonly [];
  /** The `maxConflicts` the list was cut at. */
  readonly limit: number;
}

/**
 * One problem in a schedule, as data: a union of one variant per {@link ConflictKind}, told apart
 * by `kind`. Each variant carries its facts (people, rooms, places, the holiday, the gap, the
 * weekday, the working hours, the exchange's days) and `message`, a sentence written from them.
 * A `switch` on `kind` handles each; a kind added in a later version is then a compile error where
 * it is not handled.
 *
 * @example
 * ```ts
 * import type { Conflict } from 'kommunal';
 *
 * const describe = (conflict: Conflict): string => {
 *   switch (conflict.kind) {
 *     case 'person-double-booked':
 *     case 'travel-time':
 *       return conflict.person.name ?? conflict.person.id;
 *     case 'venue-double-booked':
 *       return conflict.venue.id;
 *     case 'public-holiday':
 *       return conflict.holiday.name;
 *     case 'weekend':
 *       return conflict.date;
 *     case 'outside-working-hours':
 *       return `${conflict.workingHours.start}–${conflict.workingHours.end}`;
 *     case 'outside-exchange-period':
 *       return conflict.exchange.end;
 *     case 'not-checked':
 *       return conflict.check;
 *     case 'truncated':
 *       return String(conflict.limit);
 *   }
 * };
 * describe({ kind: 'weekend', severity: 'info', itemIds: ['a'], weekday: 6, date: '2024-04-13', message: '' }); // => '2024-04-13'
 * ```
 *
 * @category Scheduling
 */
export type Conflict =
  | PersonDoubleBookedConflict
  | VenueDoubleBookedConflict
  | OutsideExchangePeriodConflict
  | PublicHolidayConflict
  | TravelTimeConflict
  | WeekendConflict
  | OutsideWorkingHoursConflict
  | NotCheckedConflict
  | TruncatedConflict;

/** The variants by kind. */
type Variants = { readonly [Variant in Conflict as Variant['kind']]: Variant };

/**
 * The variant of one kind. A kind of the table without a variant fails to compile here, and a
 * variant whose kind is not in the table fails at its `ConflictBase`.
 */
export type ConflictOf<K extends ConflictKind> = Variants[K];

/** A variant's facts: all but the sentence written from them. */
export type FactsOf<K extends ConflictKind> = Omit<ConflictOf<K>, 'message'>;
