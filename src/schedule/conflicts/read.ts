import { indexOf } from '../../query/datasetIndex.js';
import { NarrowColumn } from '../_lib/growable.js';
import { keepShape } from '../_lib/shapes.js';
import { readInstants, type VisitedItem } from '../scheduleItem.js';
import { PeriodTable } from './periods.js';
import { PlaceTable } from './places.js';
import { ResourceTable } from './resources.js';
import type { Columns, Read, Settings } from './search.js';

// The first phase: every item read once and checked (readInstants), and what the search needs of it
// kept as numbers in columns: its people and room as bookings, its place, its exchange's period.

/**
 * Numbers the people, rooms, places and periods of items as readInstants passes them, in input
 * order (where items lie in memory): one booking per person or room of an item.
 */
class ColumnReader {
  readonly resources = new ResourceTable();
  readonly placeTable: PlaceTable;
  readonly periodTable: PeriodTable;
  private bookings = new NarrowColumn(0);
  private counts = new NarrowColumn(0);
  private places = new NarrowColumn(0);
  private periods: NarrowColumn | undefined;
  private titles: (string | undefined)[] = [];
  /** Per resource: the last item that booked it, so that one named twice in an item is one booking. */
  private readonly bookedBy: number[] = [];
  private count = 0;

  constructor(settings: Pick<Settings, 'index' | 'timeZone'>) {
    this.placeTable = new PlaceTable(settings.index.places, settings.timeZone);
    this.periodTable = new PeriodTable(settings.index, settings.timeZone);
  }

  /** Sizes the columns for this many items, before the first visit. */
  readonly begin = (count: number): void => {
    this.count = count;
    this.counts = new NarrowColumn(count);
    this.places = new NarrowColumn(count);
    // Room for 3 bookings per item before the column grows (up to three people and a room).
    this.bookings = new NarrowColumn(Math.max(16, count * 3));
    this.titles = new Array(count);
  };

  // Items come checked (see readInstants): of the types ScheduleItem declares.
  readonly visit = (index: number, item: VisitedItem): void => {
    const { personIds, personCount, personNames, venueId, exchangeId, period } = item;
    const first = this.bookings.length;
    if (personIds !== undefined) {
      for (let entry = 0; entry < personCount; entry += 1) {
        this.book(this.resources.person(personIds[entry] as string, personNames?.[entry]), index);
      }
    }
    if (venueId !== undefined) this.book(this.resources.room(venueId, item.room ?? '', item.location), index);
    this.counts.set(index, this.bookings.length - first);
    const { municipalityId, place } = item;
    // An item without a place keeps the column's 0 (no place) without a call.
    if (municipalityId !== undefined || place !== undefined)
      this.places.set(index, this.placeTable.number(municipalityId, place));
    this.titles[index] = item.title;
    if (exchangeId !== undefined || period !== undefined) {
      this.periods ??= new NarrowColumn(this.count);
      this.periods.set(index, this.periodTable.number(exchangeId, period));
    }
  };

  /** A booking of a person or room by an item; a person named twice in one item is one booking. */
  private book(resource: number, index: number): void {
    if (this.bookedBy[resource] === index) return;
    this.bookedBy[resource] = index;
    this.bookings.push(resource);
  }

  finish(ids: readonly string[]): Columns {
    return {
      count: this.count,
      ids,
      titles: this.titles,
      bookingCounts: this.counts.array,
      bookings: this.bookings.pushed(),
      resources: this.resources,
      places: this.places.array,
      placeTable: this.placeTable,
      periods: this.periods?.array,
      periodTable: this.periodTable,
    };
  }
}

/**
 * Reads the items (see readInstants: each field once, every problem listed in a
 * KommunalValidationError) into the columns of a search.
 */
export function readItems(items: unknown, settings: Settings): Read {
  // With its tables and narrow columns.
  keepShape(
    'ColumnReader',
    () => new ColumnReader({ index: indexOf(undefined, 'detectConflicts', 'de'), timeZone: 'UTC' }),
  );
  const reader = new ColumnReader(settings);
  const { starts, ends, ids, spare } = readInstants(items, settings.locale, reader.visit, reader.begin);
  // Every field the later phases set is there from the start, so that the search keeps one hidden
  // class through all phases (see _lib/shapes.ts): one its literal's allocation site holds.
  const search = {
    settings,
    columns: reader.finish(ids),
    instants: { starts, ends },
    spare,
    halves: undefined,
    keys: undefined,
    order: undefined,
    free: undefined,
    layout: undefined,
  };
  return search;
}
