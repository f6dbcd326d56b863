// The baselines detectConflicts is measured against: an all-pairs comparison and one interval
// tree per person and room (@flatten-js/interval-tree), each counting double bookings.
import IntervalTree from '@flatten-js/interval-tree';
import type { ScheduleItem } from 'kommunal';

function resourcesOf(item: ScheduleItem): string[] {
  const keys = (item.personIds ?? []).map((id) => `p:${id}`);
  if (item.venueId !== undefined) keys.push(`v:${item.venueId}/${item.room ?? ''}`);
  return keys;
}

const ms = (value: Date | string) => (value instanceof Date ? value.getTime() : Date.parse(value));

/** Every pair of items that overlap and share a resource, one per resource: all pairs compared. */
export function allPairs(items: readonly ScheduleItem[]): number {
  const starts = items.map((item) => ms(item.start));
  const ends = items.map((item) => ms(item.end));
  const keys = items.map((item) => resourcesOf(item));
  let pairs = 0;
  for (let i = 0; i < items.length; i += 1) {
    for (let j = i + 1; j < items.length; j += 1) {
      if ((starts[i] as number) < (ends[j] as number) && (starts[j] as number) < (ends[i] as number)) {
        for (const key of keys[i] as string[]) if ((keys[j] as string[]).includes(key)) pairs += 1;
      }
    }
  }
  return pairs;
}

/** The same with one interval tree per resource, queried once per item. */
export function intervalTrees(items: readonly ScheduleItem[]): number {
  const byResource = new Map<string, number[]>();
  items.forEach((item, index) => {
    for (const key of resourcesOf(item)) {
      const list = byResource.get(key);
      if (list === undefined) byResource.set(key, [index]);
      else list.push(index);
    }
  });
  let pairs = 0;
  for (const indexes of byResource.values()) {
    const tree = new IntervalTree<number>();
    for (const index of indexes) {
      const item = items[index] as ScheduleItem;
      // Closed intervals in the tree; half-open [start, end) is [start, end - 1] in milliseconds.
      if (ms(item.end) > ms(item.start)) tree.insert([ms(item.start), ms(item.end) - 1], index);
    }
    for (const index of indexes) {
      const item = items[index] as ScheduleItem;
      if (ms(item.end) <= ms(item.start)) continue;
      for (const other of tree.search([ms(item.start), ms(item.end) - 1]) as number[]) if (other > index) pairs += 1;
    }
  }
  return pairs;
}
