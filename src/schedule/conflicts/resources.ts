import { entryOf, newMap } from '../_lib/entryOf.js';
import { PERSON, VENUE } from './kinds.js';

/**
 * The people and rooms of a schedule, numbered as items name them: a person by id, a room by its
 * venue's id and its name (no room and an empty one are the venue's one default room). Per
 * number: what it is, and the name the first item that gave one gave it (`personNames`,
 * `location`), for messages without a dataset.
 */
export class ResourceTable {
  /** Per resource: the kind of double booking it makes, PERSON or VENUE. */
  readonly kinds: number[] = [];
  /** Per resource: a person's id, or a venue's id with `/room` for a room other than the default. */
  readonly ids: string[] = [];
  /** Per resource of kind VENUE: its venue's id and its room (empty for the default room). */
  readonly venueIds: string[] = [];
  readonly rooms: string[] = [];
  /** Per resource: its name as an item gave it, if one did. */
  readonly names: (string | undefined)[] = [];
  private readonly people = new Map<string, number>();
  private readonly venues = new Map<string, Map<string, number>>();

  /** The number of the person with this id; `name` names them if no earlier item did. */
  person(id: string, name: string | undefined): number {
    let number = this.people.get(id);
    if (number === undefined) {
      number = this.add(PERSON, id, '', '', name);
      this.people.set(id, number);
    } else if (name !== undefined && this.names[number] === undefined) this.names[number] = name;
    return number;
  }

  /** The number of a room of a venue (`''` for its default room); `name` names it as {@link person}'s does. */
  room(venueId: string, room: string, name: string | undefined): number {
    const rooms = entryOf(this.venues, venueId, newMap<string, number>);
    let number = rooms.get(room);
    if (number === undefined) {
      number = this.add(VENUE, room === '' ? venueId : `${venueId}/${room}`, venueId, room, name);
      rooms.set(room, number);
    } else if (name !== undefined && this.names[number] === undefined) this.names[number] = name;
    return number;
  }

  get size(): number {
    return this.ids.length;
  }

  private add(kind: number, id: string, venueId: string, room: string, name: string | undefined): number {
    this.kinds.push(kind);
    this.ids.push(id);
    this.venueIds.push(venueId);
    this.rooms.push(room);
    this.names.push(name);
    return this.ids.length - 1;
  }
}
