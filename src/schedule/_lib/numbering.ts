// How the search numbers what items name by an id or by a value of their own (a place, a period):
// from 1, 0 being none.

/**
 * Things numbered from 1 in the order items name them (0 is none): by an id where an item gives
 * one, else by a key of the value it gives. Per number: the id, and the first value an item gave.
 */
export class Numbering<T, Key> {
  /** Per number: the id items gave, if any. */
  readonly ids: (string | undefined)[] = [undefined];
  /** Per number: the first value an item gave, if any. */
  readonly given: (T | undefined)[] = [undefined];
  private readonly byId = new Map<string, number>();
  private readonly byKey = new Map<Key, number>();

  /** `keyOf` tells values apart where items give no id. */
  constructor(private readonly keyOf: (value: T) => Key) {}

  /** The number of what an item names by `id` and `value`; 0 if it gives neither. */
  number(id: string | undefined, value: T | undefined): number {
    let number: number | undefined;
    if (id !== undefined) {
      number = this.byId.get(id);
      if (number === undefined) {
        number = this.add(id, value);
        this.byId.set(id, number);
      }
    } else if (value !== undefined) {
      const key = this.keyOf(value);
      number = this.byKey.get(key);
      if (number === undefined) {
        number = this.add(undefined, value);
        this.byKey.set(key, number);
      }
    } else return 0;
    if (value !== undefined && this.given[number] === undefined) this.given[number] = value;
    return number;
  }

  private add(id: string | undefined, value: T | undefined): number {
    this.ids.push(id);
    this.given.push(value);
    return this.given.length - 1;
  }
}
