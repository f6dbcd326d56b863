import { optionOf, readBoolean, readInteger, readLocale, readOptions } from '../errors/options.js';
import { readTimeZone } from '../format/options.js';
import type { Locale } from '../i18n/catalogue.js';
import type { Dataset } from '../model/dataset.js';
import { keepShape } from './_lib/shapes.js';
import type { Conflict } from './conflicts/conflict.js';
import { describeFindings } from './conflicts/describe.js';
import { Findings } from './conflicts/findings.js';
import { keyTimes } from './conflicts/keys.js';
import { layOut } from './conflicts/layout.js';
import { checkItems } from './conflicts/own.js';
import { readItems } from './conflicts/read.js';
import type { Settings } from './conflicts/search.js';
import { sortByStart } from './conflicts/sort.js';
import { sweep } from './conflicts/sweep.js';
import type { ScheduleItem } from './scheduleItem.js';
import { type HolidaySource, HolidaysAbroad, readDatasetOption, readHolidaySource } from './scheduleOptions.js';
import { readWorkingHours, type WorkingHours } from './workingHours.js';

// The public face of the conflict search: its options, its phases in order (src/schedule/conflicts/),
// and the result.

/**
 * Options for {@link detectConflicts}. Every option is checked: a value of the wrong type or
 * outside its range is a {@link KommunalValidationError} (`invalid_option`, or `invalid_time_zone`
 * for a zone the runtime does not know), never ignored.
 *
 * @example
 * ```ts
 * import type { DetectConflictsOptions } from 'kommunal';
 *
 * const options: DetectConflictsOptions = { travelBufferMinutes: 45, weekends: false, locale: 'en' };
 * options.travelBufferMinutes; // => 45
 * ```
 *
 * @category Scheduling
 */
export interface DetectConflictsOptions {
  /**
   * The dataset the items come from, as {@link parseDataset} returns it: names of people and rooms,
   * exchange periods, places, holidays, for items that do not carry them (items written by hand).
   * What an item carries itself (`place`, `personNames`, `location`, `period`) comes first.
   */
  readonly dataset?: Dataset | undefined;
  /** Language of the messages: `de` (default) or `en`. */
  readonly locale?: Locale | undefined;
  /** Report items on Saturdays and Sundays (`info`); `true` (default) or `false`. */
  readonly weekends?: boolean | undefined;
  /**
   * Report items on public holidays (`warning`): of the place's Land, its local holidays, Austria's,
   * and, given a {@link HolidaySource} here, those of other places abroad; `true` (default), `false`
   * (no check), or the source (checked as with `true`). Without a source, items in other countries
   * get one `not-checked` conflict per country.
   */
  readonly holidays?: boolean | HolidaySource | undefined;
  /** The time one person needs between places in different municipalities, in whole minutes from 0 to 10,080 (a week); default 30. */
  readonly travelBufferMinutes?: number | undefined;
  /** Report items outside these hours (`info`); no check without it. */
  readonly workingHours?: WorkingHours | undefined;
  /** The zone of items whose place is unknown, an IANA name; default `Europe/Berlin`. */
  readonly timeZone?: string | undefined;
  /**
   * The most conflicts returned, a whole number from 1 to 1,000,000; default 100,000. Where there
   * are more, the search stops and the list ends with a conflict of kind `truncated`. A conflict
   * kept takes about 400 bytes, so the largest list takes about 400 MB.
   */
  readonly maxConflicts?: number | undefined;
}

const FN = 'detectConflicts';
/** The default of `maxConflicts`: 20 times the conflicts of the bench's million-item schedule. */
const MAX_CONFLICTS = 100_000;
/**
 * The largest `maxConflicts`: about 400 bytes are kept per conflict, so 400 MB. Ten million took
 * 4 GB, past what V8 gives a process by default, and that ends in an abort no `try` can catch.
 */
const LARGEST_MAX_CONFLICTS = 1_000_000;

/**
 * The options, each read once as an own property and checked; one that cannot be read (a getter or
 * proxy trap that throws) is an `invalid_option` error naming it.
 */
function readSettings(options: unknown): Settings {
  const given = readOptions(FN, options);
  const locale = readLocale(FN, given);
  const option = (name: keyof DetectConflictsOptions) => optionOf(FN, given, name, locale);
  const { index } = readDatasetOption(FN, given, locale);
  const minutes = { min: 0, max: 10_080, fallback: 30 };
  const limit = { min: 1, max: LARGEST_MAX_CONFLICTS, fallback: MAX_CONFLICTS };
  const holidays = option('holidays');
  const source = readHolidaySource(FN, holidays, true, locale);
  return {
    locale,
    index,
    weekends: readBoolean(FN, 'weekends', option('weekends'), true, locale),
    holidays: holidays !== false,
    holidaysAbroad: source === undefined ? undefined : new HolidaysAbroad(FN, source, locale),
    buffer: readInteger(FN, 'travelBufferMinutes', option('travelBufferMinutes'), minutes, locale) * 60_000,
    hours: readWorkingHours(FN, option('workingHours'), locale),
    timeZone: readTimeZone(FN, given, locale),
    limit: readInteger(FN, 'maxConflicts', option('maxConflicts'), limit, locale),
  };
}

/**
 * Finds what is wrong with a schedule before invitations go out: people and rooms booked twice
 * (intervals are half-open, so 9–10 and 10–11 do not overlap), items outside their exchange,
 * public holidays of the Land where an item takes place (and local holidays the dataset declares;
 * abroad, Austria's, and those a {@link HolidaySource} given as `holidays` names),
 * weekends, too little time to travel between municipalities, and items outside working hours.
 * One conflict per pair of items per shared person or room. Conflicts come by start, then item ids.
 * Each conflict carries its facts as data (see {@link Conflict}) and a sentence written from them.
 *
 * What the checks need of an item's place, people, room and exchange comes from the item itself
 * (`place`, `personNames`, `location`, `period`, which {@link scheduleOf} fills in), else from the
 * `dataset` option, for items written by hand. A check that cannot run for an item (no place, a
 * place abroad whose public holidays kommunal does not know, a place in Germany without its Land,
 * an exchange whose days are unknown) is never skipped in silence: the list says so once per check
 * and reason (and per country abroad), in a conflict of kind `not-checked` (`info`) naming every
 * item it concerns, after the conflicts found.
 *
 * It runs in O(n + conflicts): items are radix-sorted by start and swept once through time,
 * keeping per person and room only the bookings still running.
 *
 * Each field of each item is read once and checked before it is used; a dataset is checked once,
 * when its index is built, and later calls with the same dataset object reuse the index.
 *
 * Work and memory are bounded by `maxConflicts` (default 100,000, at most 1,000,000): the search
 * goes through the items by start (ties in input order) and finds at each item its own conflicts
 * (exchange, holiday, weekend, working hours), then its double bookings and travel times with
 * items that began before it. Once it has found more than `maxConflicts`, it stops: the list holds the first
 * `maxConflicts` found, in the order above, and ends with one conflict of kind `truncated`
 * (`info`, no items) that says so. A cut list thus holds every conflict of the items that start
 * before the one at which the search stopped, and the first found of that item's.
 *
 * @param items - The schedule, e.g. from {@link scheduleOf}. It is not changed.
 * @param options - The dataset for names, periods, places and holidays; `locale`, `weekends`,
 *   `holidays` (`true`, `false` or a source for holidays abroad), `travelBufferMinutes` (default 30), `workingHours`, `timeZone` (default
 *   `Europe/Berlin`), `maxConflicts` (default 100,000); see {@link DetectConflictsOptions}.
 * @returns The conflicts, in a deterministic order; then the checks that could not run
 *   (`not-checked`); and a last one of kind `truncated` if cut.
 * @throws {@link KommunalValidationError} listing every problem of every item (not an object, a
 *   hole of a sparse list too; an id that is missing, empty or repeated; a time that is no instant
 *   or outside the years 1–9999; an end before the start; a field of the wrong type, such as
 *   `personIds` that is no list of ids), at most 1,000 and then a count of the rest; for a list of
 *   more than 10,000,000 items (`too_big`); for a dataset not shaped like one from parseDataset
 *   (paths begin at `dataset`); naming an option that is not valid; or naming the call of a
 *   holiday source that threw or gave no `{ name }` or `undefined` (`invalid_option`).
 *
 * @example
 * ```ts
 * import { detectConflicts } from 'kommunal';
 *
 * const conflicts = detectConflicts([
 *   { id: 'a', title: 'Begrüßung', start: '2024-04-15T09:00+02:00', end: '2024-04-15T10:00+02:00', personIds: ['becher'] },
 *   { id: 'b', title: 'Pressegespräch', start: '2024-04-15T09:30+02:00', end: '2024-04-15T10:30+02:00', personIds: ['becher'] },
 *   { id: 'c', title: 'Fachgespräch', start: '2024-04-15T10:00+02:00', end: '2024-04-15T11:00+02:00', personIds: ['becher'] },
 * ]);
 * conflicts.map((conflict) => `${conflict.kind} ${conflict.itemIds.join('+')}`); // => ['person-double-booked a+b', 'person-double-booked b+c', 'not-checked a+b+c', 'not-checked a+b+c']
 * conflicts[0]?.message; // => '„becher“ ist doppelt gebucht: „Begrüßung“ (Montag, 15. April 2024, 9–10 Uhr) und „Pressegespräch“ (Montag, 15. April 2024, 9:30–10:30 Uhr).'
 *
 * const cut = detectConflicts(
 *   [
 *     { id: 'a', start: '2024-04-15T09:00+02:00', end: '2024-04-15T10:00+02:00', personIds: ['becher'] },
 *     { id: 'b', start: '2024-04-15T09:00+02:00', end: '2024-04-15T10:00+02:00', personIds: ['becher'] },
 *     { id: 'c', start: '2024-04-15T09:00+02:00', end: '2024-04-15T10:00+02:00', personIds: ['becher'] },
 *   ],
 *   { maxConflicts: 1, holidays: false, travelBufferMinutes: 0 },
 * );
 * cut.map((conflict) => conflict.kind); // => ['person-double-booked', 'truncated']
 * cut[1]?.message; // => 'Mehr als 1 Konflikt gefunden: Die Liste endet nach dem ersten.'
 * ```
 *
 * @category Scheduling
 */
export function detectConflicts(items: readonly ScheduleItem[], options?: DetectConflictsOptions): Conflict[] {
  const settings = readSettings(options);
  const search = readItems(items, settings);
  // While the instants are instants: keyTimes writes its keys over them.
  const own = checkItems(search);
  keyTimes(search);
  sortByStart(search);
  layOut(search, own.bits);
  keepShape('Findings', () => new Findings());
  const findings = new Findings();
  const truncated = sweep(search, own, findings);
  // The finding past the limit only told the search to stop.
  if (truncated) findings.dropLast();
  return describeFindings(search, own, findings, truncated);
}
