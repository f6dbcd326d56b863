// Conflict detection on 1k–1M generated items, against an all-pairs baseline (up to 10k) and an
// interval-tree baseline (@flatten-js/interval-tree). Run in a child process with a 1 GB heap.
import IntervalTree from '@flatten-js/interval-tree';
import { type Conflict, detectConflicts, type ScheduleItem } from 'kommunal';
import { generateSchedule } from './generateSchedule.js';
import { medianTimes } from './measure.js';

interface Row {
  readonly size: number;
  readonly detect: number;
  readonly pairs: number;
  readonly tree?: number;
  readonly allPairs?: number;
}

function resourcesOf(item: ScheduleItem): string[] {
  const keys = (item.personIds ?? []).map((id) => `p:${id}`);
  if (item.venueId !== undefined) keys.push(`v:${item.venueId}/${item.room ?? ''}`);
  return keys;
}

const ms = (value: Date | string) => (value instanceof Date ? value.getTime() : Date.parse(value));

/** Every pair of items that overlap and share a resource, one per resource: all pairs compared. */
function allPairs(items: readonly ScheduleItem[]): number {
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
function intervalTrees(items: readonly ScheduleItem[]): number {
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

const rows: Row[] = [];
for (const size of [1_000, 10_000, 100_000, 1_000_000]) {
  const items = generateSchedule(size);
  detectConflicts(items.slice(0, 1000), { weekends: false });
  // Contenders take turns within each round, so that all of them meet the machine's quiet and
  // busy moments alike; the all-pairs baseline only up to 10k, the interval tree up to 100k.
  const runs = size >= 100_000 ? 7 : 9;
  const contenders: Partial<Record<'detect' | 'tree' | 'allPairs', () => unknown>> = {
    detect: () => detectConflicts(items, { weekends: false }),
  };
  if (size <= 100_000) contenders.tree = () => intervalTrees(items);
  if (size <= 10_000) contenders.allPairs = () => allPairs(items);
  const measured = medianTimes(contenders, runs);
  const conflicts = measured.detect?.result as Conflict[];
  const detect = measured.detect?.ms as number;
  const tree = measured.tree?.ms;
  const allPairsTime = measured.allPairs?.ms;
  const pairs = conflicts.filter((conflict) => conflict.kind.endsWith('double-booked')).length;
  for (const [name, count] of [
    ['interval tree', measured.tree?.result],
    ['all pairs', measured.allPairs?.result],
  ] as const) {
    if (count !== undefined && count !== pairs)
      throw new Error(`${name} found ${count} pairs, detectConflicts ${pairs} (${size} items)`);
  }
  rows.push({
    size,
    detect,
    pairs,
    ...(tree === undefined ? {} : { tree }),
    ...(allPairsTime === undefined ? {} : { allPairs: allPairsTime }),
  });
  const heap = process.memoryUsage().heapUsed / 2 ** 20;
  console.log(
    `${String(size).padEnd(9)} ${`${detect.toFixed(0)} ms`.padEnd(10)} ${String(pairs).padEnd(8)} ${String(conflicts.length).padEnd(9)} ${(tree === undefined ? '–' : `${tree.toFixed(0)} ms (${(tree / detect).toFixed(2)}×)`).padEnd(18)} ${(allPairsTime === undefined ? '–' : `${allPairsTime.toFixed(0)} ms (${(allPairsTime / detect).toFixed(2)}×)`).padEnd(20)} ${heap.toFixed(0)} MB`,
  );
}
const at = (size: number) => rows.find((row) => row.size === size);
const hundredK = at(100_000);
const million = at(1_000_000);
const speedup = (hundredK?.tree ?? Number.NaN) / (hundredK?.detect ?? Number.NaN);
const growth = (million?.detect ?? Number.NaN) / (hundredK?.detect ?? Number.NaN);
console.log(
  `target: 100k items ≥ 3× faster than the interval tree: ${speedup.toFixed(2)}× ${speedup >= 3 ? 'met' : 'MISSED'}`,
);
console.log(`target: 1M ≤ 12× 100k: ${growth.toFixed(2)}× ${growth <= 12 ? 'met' : 'MISSED'}`);
console.log('target: 1M items in a 1 GB heap: met (this process runs with --max-old-space-size=1024)');
if (!(speedup >= 3 && growth <= 12)) process.exitCode = 1;
