import type { Locale } from '../../i18n/catalogue.js';
import type { DatasetIndex } from '../../query/datasetIndex.js';
import type { Narrow } from '../_lib/growable.js';
import type { HolidaysAbroad } from '../scheduleOptions.js';
import type { CheckedWorkingHours } from '../workingHours.js';
import type { PeriodTable } from './periods.js';
import type { PlaceTable } from './places.js';
import type { ResourceTable } from './resources.js';

// The search behind detectConflicts as phases that hand one object on: read (items → columns),
// check (each item's own conflicts), key (instants → sortable keys), sort, lay out, sweep, describe.
//
// Several phases write over memory an earlier one filled, so that a call allocates little outside
// the heap (see docs/decisions.md). Such a phase is an assertion function: after `keyTimes(search)`
// the instants it wrote its keys over are `never`, so code that still reads them does not compile.
// At run time the phase also removes them from the object, so a mistake cannot read stale numbers.

/** The options of detectConflicts, each checked and read once. */
export interface Settings {
  readonly locale: Locale;
  readonly index: DatasetIndex;
  readonly weekends: boolean;
  readonly holidays: boolean;
  /** The option `holidays` where it is a source of public holidays abroad. */
  readonly holidaysAbroad?: HolidaysAbroad | undefined;
  /** In milliseconds. */
  readonly buffer: number;
  readonly hours: CheckedWorkingHours | undefined;
  readonly timeZone: string;
  readonly limit: number;
}

/** What the items are made of, as numbers per item, and the tables the numbers point into. */
export interface Columns {
  readonly count: number;
  /** Every item's id and title, by index. */
  readonly ids: readonly string[];
  readonly titles: readonly (string | undefined)[];
  /** Per item: how many people and rooms it books. */
  readonly bookingCounts: Narrow;
  /** Per booking, in input order: the person or room (see {@link ResourceTable}). */
  readonly bookings: Narrow;
  readonly resources: ResourceTable;
  /** Per item: its place's number, 0 for none (see {@link PlaceTable}). */
  readonly places: Narrow;
  readonly placeTable: PlaceTable;
  /** Per item: its exchange period's number, 0 for none; none at all where no item names one. */
  readonly periods: Narrow | undefined;
  readonly periodTable: PeriodTable;
}

/** Every item's start and end in milliseconds: read, and then written over by {@link Keyed}. */
export interface Instants {
  readonly starts: Float64Array;
  readonly ends: Float64Array;
}

/** The search after reading: columns, instants, and free memory of at least 8 bytes per item. */
export interface Read {
  readonly settings: Settings;
  readonly columns: Columns;
  readonly instants: Instants;
  readonly spare: ArrayBuffer;
}

/**
 * Instants as unsigned 32-bit integer keys that order and compare exactly as the instants do, and
 * the way back to milliseconds. Where every start and end is a whole number of minutes (or
 * seconds, or milliseconds) after the earliest start and the span fits, a key is that count;
 * otherwise it is the instant's rank among all distinct starts and ends.
 */
export interface TimeKeys {
  /** Per item, in the first half of the memory of the starts. */
  readonly startKeys: Uint32Array;
  /** Per item, in the first half of the memory of the ends. */
  readonly endKeys: Uint32Array;
  /** Bits needed for the largest start key. */
  readonly bits: number;
  /** A key's instant in milliseconds: `first + key * unit`, or `ranked[key]` when keys are ranks. */
  readonly first: number;
  readonly unit: number;
  readonly ranked: Float64Array | undefined;
}

/** Memory of 4 bytes per item, free for a phase to write. */
export type Free = Uint32Array;

/** After {@link keyTimes}: the instants are keys; the second halves of their memory are free. */
export interface Keyed {
  readonly instants: never;
  readonly keys: TimeKeys;
  readonly halves: readonly [Free, Free];
}

/** Items in start order, ties in input order. */
export interface Order {
  /** Per position: the item and its start key. */
  readonly itemAt: Uint32Array;
  readonly keyAt: Uint32Array;
}

/** After sorting: the order, and two free arrays; the start keys, the halves and the spare memory are used up. */
export interface Sorted {
  readonly halves: never;
  readonly spare: never;
  readonly order: Order;
  readonly free: readonly [Free, Free];
}

/** Items in start order with what the sweep reads of them, each in the same order. */
export interface Layout {
  /** Per position: the item's end key and place. */
  readonly endAt: Uint32Array;
  readonly placeAt: Int32Array;
  /** Per position: where its bookings begin in `resourceAt`. */
  readonly firstAt: Uint32Array;
  /** The person or room of each booking, in start order. */
  readonly resourceAt: Narrow;
  /** Per item: its position in start order. */
  readonly rankOf: Uint32Array;
  /** Per position: the item's own conflicts (bits of own.ts), if any were looked for. */
  readonly ownAt: Uint8Array | undefined;
}

/** After laying out: the start keys and the end keys are the layout's memory now, as is what was free. */
export interface LaidOut {
  readonly keys: Omit<TimeKeys, 'startKeys' | 'endKeys'> & { readonly startKeys: never; readonly endKeys: never };
  readonly free: never;
  readonly layout: Layout;
}
