import { entryOf, newMap } from '../_lib/entryOf.js';
import { PERSON, VENUE } from './kinds.js';

/**
 * The people and rooms of a schedule, numbered as items name them: a person by id, a room by its
 * venue's id and its name (no room and an empty one are the venue's one default room). Per
 * number: what it is, and the name the first item that gave one gave it (`personNames`,
 * `location`), for messages without a dataset.
 */
// A process's first call numbers every person and room in the interpreter, before V8 has compiled
// any of it: a new number is two pushes (three with a name), and what only a described conflict
// needs of a room (its id with the room) is written when one asks for it.
export class ResourceTable {
  /** Per resource: the kind of double booking it makes, PERSON or VENUE. */
  readonly kinds: number[] = [];
  /** Per resource: a person's id, or a room's venue's id. */
  private readonly keys: string[] = [];
  /** Per resource of kind VENUE: its room (empty for the default room); nothing for a person. */
  readonly rooms: string[] = [];
  /** Per resource: its name as an item gave it, if one did. */
  readonly names: (string | undefined)[] = [];
  private readonly people = new Map<string, number>();
  private readonly venues = new Map<string, Map<string, number>>();

  /** The number of the person with this id; `name` names them if no earlier item did. */
  person(id: string, name: string | undefined): number {
    let number = this.people.get(id);
    if (number === undefined) {
      number = this.add(PERSON, id, name);
      this.people.set(id, number);
    } else if (name !== undefined && this.names[number] === undefined) this.names[number] = name;
    return number;
  }

  /** The number of a room of a venue (`''` for its default room); `name` names it as {@link person}'s does. */
  room(venueId: string, room: string, name: string | undefined): number {
    const rooms = entryOf(this.venues, venueId, newMap<string, number>);
    let number = rooms.get(room);
    if (number === undefined) {
      number = this.add(VENUE, venueId, name);
      this.rooms[number] = room;
      rooms.set(room, number);
    } else if (name !== undefined && this.names[number] === undefined) this.names[number] = name;
    return number;
  }

  /** A person's id, or a venue's id with `/room` for a room other than the default. */
  idOf(resource: number): string {
    const key = this.keys[resource] as string;
    const room = this.kinds[resource] === VENUE ? (this.rooms[resource] as string) : '';
    return room === '' ? key : `${key}/${room}`;
  }

  /** The id of a room's venue. */
  venueIdOf(resource: number): string {
    return this.keys[resource] as string;
  }

  get size(): number {
    return this.kinds.length;
  }

  private add(kind: number, key: string, name: string | undefined): number {
    const number = this.kinds.length;
    this.kinds.push(kind);
    this.keys.push(key);
    if (name !== undefined) this.names[number] = name;
    return number;
  }
}
