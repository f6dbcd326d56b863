import { bitsOf } from './growable.js';

// The duplicate-id check of the schedule functions: an open-addressing hash table of item indexes
// in one Uint32Array, so that checking a million ids allocates one array instead of a million Map
// entries.

/** An id's hash: FNV-1a with Murmur3's finalizer. */
export function hashOf(id: string): number {
  let hash = 2_166_136_261;
  for (let position = 0; position < id.length; position += 1) {
    hash = Math.imul(hash ^ id.charCodeAt(position), 16_777_619);
  }
  // The finalizer: FNV-1a alone leaves ids that differ in their last digit in neighbouring slots.
  hash = Math.imul(hash ^ (hash >>> 16), 0x85eb_ca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2_ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

/** How many ids are hashed before their probes are made together. */
const BATCH = 256;

/**
 * Up to this many ids, a Map finds the repeats. In a process's first call the hash loop over each
 * id's characters runs in the interpreter, and the Map's own hashing does not; above it, the
 * table's one array and batched probes are faster than a Map's entry per id.
 */
export const MAP_ROOM = 0x8000;

/**
 * Finds items whose id an earlier item has. Each slot of the table holds an item's index plus one
 * (0 is an empty slot) and, in the bits the index leaves free, a fingerprint of its hash, so that
 * probing past other ids seldom compares them. Ids are added in batches, each probed in a loop of
 * its own: the table's reads at random are then independent of each other, and the processor
 * overlaps them. The table has room for `room` ids (it takes no more) with indexes below `count`;
 * its memory is the caller's to reuse once {@link finish} has returned it.
 */
export class IdTable {
  /** Pairs (index, index of the first item with that id), in the order of the first index. */
  readonly pairs: number[] = [];
  private readonly table: Uint32Array;
  private readonly mask: number;
  private readonly fingerprintBits: number;
  private readonly fingerprintMask: number;
  private readonly batchIndexes = new Int32Array(BATCH);
  private readonly batchHashes = new Uint32Array(BATCH);
  private batched = 0;
  private added = 0;
  /** Per id, its first item: instead of the table while `room` is at most {@link MAP_ROOM}. */
  private readonly firsts: Map<string, number> | undefined;

  /** `ids` is where {@link add} keeps every id, at its item's index. */
  constructor(
    private readonly room: number,
    count: number,
    readonly ids: string[],
  ) {
    let capacity = 16;
    while (capacity < room * 2) capacity *= 2;
    this.table = new Uint32Array(capacity);
    this.mask = capacity - 1;
    this.fingerprintBits = 32 - bitsOf(count);
    this.fingerprintMask = 2 ** this.fingerprintBits - 1;
    this.firsts = room <= MAP_ROOM ? new Map() : undefined;
  }

  /** Adds the id of the item at `index`; indexes come in ascending order. */
  add(index: number, id: string): void {
    this.ids[index] = id;
    // Only where a list answered differently on a second read: the call fails anyway.
    if (this.added === this.room) return;
    this.added += 1;
    const { firsts } = this;
    if (firsts !== undefined) {
      const other = firsts.get(id);
      if (other === undefined) firsts.set(id, index);
      else this.pairs.push(index, other);
      return;
    }
    this.batchIndexes[this.batched] = index;
    this.batchHashes[this.batched] = hashOf(id);
    this.batched += 1;
    if (this.batched === BATCH) this.flush();
  }

  /** Probes the last ids and hands the table's memory on: at least 8 bytes per slot of `room`. */
  finish(): ArrayBuffer {
    this.flush();
    return this.table.buffer as ArrayBuffer;
  }

  private flush(): void {
    const { table, mask, fingerprintBits, fingerprintMask, batchIndexes, batchHashes, ids, pairs } = this;
    for (let entry = 0; entry < this.batched; entry += 1) {
      const index = batchIndexes[entry] as number;
      const hash = batchHashes[entry] as number;
      const fingerprint = (hash >>> (32 - fingerprintBits)) & fingerprintMask;
      for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
        const found = table[slot] as number;
        if (found === 0) {
          table[slot] = (((index + 1) << fingerprintBits) | fingerprint) >>> 0;
          break;
        }
        if ((found & fingerprintMask) === fingerprint) {
          const other = (found >>> fingerprintBits) - 1;
          if (ids[other] === ids[index]) {
            pairs.push(index, other);
            break;
          }
        }
      }
    }
    this.batched = 0;
  }
}
