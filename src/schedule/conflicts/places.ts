import type { Place } from '../../query/datasetIndex.js';
import { Numbering } from '../_lib/numbering.js';
import { placeOf, zoneOf } from '../itemPlace.js';

/** Places items give without a `municipalityId` are one place where their name, country, Land and zone are. */
const placeKey = (place: Place): string =>
  [place.name, place.country, place.state ?? '', place.zone ?? ''].join('\u0000');

/**
 * The places of a schedule, numbered from 1 as items name them (0 is no place): by
 * `municipalityId`, else by the name, country, Land and zone of the item's `place`. What a number stands for
 * is the first item's `place` that gives one, else the dataset's municipality (see
 * {@link placeOf}); two items in one municipality are in one place, for travel time too.
 */
export class PlaceTable {
  /** Per number: the items' `municipalityId`, and the first `place` an item gave. */
  private readonly numbering = new Numbering<Place, string>(placeKey);
  readonly municipalityIds = this.numbering.ids;
  private readonly known = new Map<number, Place | undefined>();
  /** Per number: its zone, once asked for. */
  private readonly zones: string[] = [];

  constructor(
    private readonly dataset: ReadonlyMap<string, Place>,
    private readonly fallbackZone: string,
  ) {}

  /** The number of an item's place, from its `municipalityId` and `place`; 0 if it has neither. */
  number(municipalityId: string | undefined, place: Place | undefined): number {
    return this.numbering.number(municipalityId, place);
  }

  /** What is known of the place with this number (none for 0). */
  placeOf(number: number): Place | undefined {
    if (number === 0) return undefined;
    if (!this.known.has(number)) {
      this.known.set(number, placeOf(this.numbering.given[number], this.municipalityIds[number], this.dataset));
    }
    return this.known.get(number);
  }

  /** The zone of the wall clocks of items at the place with this number (see {@link zoneOf}). */
  zoneOf(number: number): string {
    let zone = this.zones[number];
    if (zone === undefined) {
      zone = zoneOf(this.placeOf(number), this.fallbackZone);
      this.zones[number] = zone;
    }
    return zone;
  }
}
