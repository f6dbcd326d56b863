import type { NotCheckedConflict } from './conflict.js';

/** A check that could not run, why, and (abroad) where. */
export interface NotCheckedKey {
  readonly check: NotCheckedConflict['check'];
  readonly reason: NotCheckedConflict['reason'];
  readonly country: string | undefined;
}

/** One check that could not run, for one reason: the items it skipped, by index, in input order. */
export interface NotCheckedEntry extends NotCheckedKey {
  readonly items: number[];
}

// The order the entries are listed in: by check as the kinds table orders them, then by reason.
const CHECKS: readonly NotCheckedKey['check'][] = ['outside-exchange-period', 'public-holiday', 'travel-time'];
const REASONS: readonly NotCheckedKey['reason'][] = ['no-place', 'no-state', 'abroad', 'before-1990', 'no-period'];

/** The checks that could not run, each reason (and country) once, with every item it concerns. */
export class NotCheckedList {
  // Few: three checks, five reasons, and the countries of places abroad. A search through them
  // costs less per item than building a key for a Map.
  private readonly entries: NotCheckedEntry[] = [];
  /** The entry added to last: items in a row mostly miss a check for the same reason. */
  private last: NotCheckedEntry | undefined;

  add(check: NotCheckedKey['check'], reason: NotCheckedKey['reason'], country: string | undefined, item: number): void {
    const { last } = this;
    if (last !== undefined && last.check === check && last.reason === reason && last.country === country) {
      last.items.push(item);
      return;
    }
    const { entries } = this;
    for (let at = 0; at < entries.length; at += 1) {
      const entry = entries[at] as NotCheckedEntry;
      if (entry.check === check && entry.reason === reason && entry.country === country) {
        entry.items.push(item);
        this.last = entry;
        return;
      }
    }
    this.last = { check, reason, country, items: [item] };
    entries.push(this.last);
  }

  /** The entries in order: by check, reason and country. */
  list(): NotCheckedEntry[] {
    return [...this.entries].sort(
      (a, b) =>
        CHECKS.indexOf(a.check) - CHECKS.indexOf(b.check) ||
        REASONS.indexOf(a.reason) - REASONS.indexOf(b.reason) ||
        ((a.country ?? '') < (b.country ?? '') ? -1 : (a.country ?? '') > (b.country ?? '') ? 1 : 0),
    );
  }
}
