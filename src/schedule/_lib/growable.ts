// Typed arrays that grow and widen: the numbers of a search (people, rooms, places, bookings per
// item) kept in one byte each while they fit, two once one does not, four past 65,535. A million
// items' columns then stay within what V8 allows outside the heap before it collects the caller's
// whole heap (see docs/decisions.md, "Conflict detection").

/** Non-negative integers in the narrowest array that holds them. */
export type Narrow = Uint8Array | Uint16Array | Uint32Array;

/** Typed arrays of integers that {@link grown} copies. */
type IntegerArray = Narrow | Int32Array | Float64Array;

/** Bits needed to write a non-negative integer below 2^32 (0 for 0 and below). */
export const bitsOf = (value: number): number => (value <= 0 ? 0 : 32 - Math.clz32(value));

/** A copy of `array`, of the same type, with room for `length` entries. */
export function grown<T extends IntegerArray>(array: T, length: number): T {
  const larger = new (array.constructor as new (size: number) => T)(length);
  larger.set(array.subarray(0, Math.min(array.length, length)));
  return larger;
}

/** The largest value an array of this width holds. */
export const largestOf = (array: Narrow): number => 2 ** (array.BYTES_PER_ELEMENT * 8) - 1;

/** A copy of `array` wide enough for `value`: 1 → 2 → 4 bytes per entry, its entries kept. */
export function widened(array: Narrow, value: number): Narrow {
  const wider = value > 0xffff ? new Uint32Array(array.length) : new Uint16Array(array.length);
  wider.set(array);
  return wider;
}

/**
 * One number per entry, in the narrowest width its largest value needs. Entries are set in any
 * order up to `length`, or pushed at the end, where the array grows by half. Readers take `array`
 * once all are in: it has one type for the rest of the call, so the loops over it see one type.
 */
export class NarrowColumn {
  array: Narrow;
  /** The largest value `array` holds, as a number: compared on every write. */
  private largest: number;
  /** Entries pushed so far. */
  length = 0;

  constructor(length: number, bytes: 1 | 2 | 4 = 1) {
    this.array = bytes === 1 ? new Uint8Array(length) : bytes === 2 ? new Uint16Array(length) : new Uint32Array(length);
    this.largest = largestOf(this.array);
  }

  /** Sets one entry, widening the array first if `value` does not fit. */
  set(index: number, value: number): void {
    if (value > this.largest) this.widen(value);
    this.array[index] = value;
  }

  /** Adds an entry at the end, growing and widening the array as needed. */
  push(value: number): void {
    if (value > this.largest) this.widen(value);
    if (this.length === this.array.length) this.array = grown(this.array, Math.max(16, Math.ceil(this.length * 1.5)));
    this.array[this.length] = value;
    this.length += 1;
  }

  /** The pushed entries. */
  pushed(): Narrow {
    return this.array.subarray(0, this.length);
  }

  private widen(value: number): void {
    this.array = widened(this.array, value);
    this.largest = largestOf(this.array);
  }
}
