// Conflict detection on 1k–1M generated items, against an all-pairs baseline (up to 10k) and an
// interval-tree baseline (@flatten-js/interval-tree), warm (the median of several calls in this
// process, after one call on 1,000 items) and as first calls in fresh processes (bench/firstCalls.ts).
// Run in a child process with a 1 GB heap.
import { type Conflict, detectConflicts } from 'kommunal';
import { allPairs, intervalTrees } from './baselines.js';
import { firstCalls } from './firstCalls.js';
import { generateSchedule } from './generateSchedule.js';
import { medianTimes } from './measure.js';

interface Row {
  readonly size: number;
  readonly detect: number;
  readonly pairs: number;
  readonly tree?: number;
  readonly allPairs?: number;
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

// First calls: fresh processes, the median of FIRST_RUNS each.
const FIRST_RUNS = 5;
console.log(`\n## first call in a fresh process (median of ${FIRST_RUNS} processes each)`);
console.log('size      detect     interval tree');
const firstSpeedups: [number, number][] = [];
for (const size of [10_000, 100_000]) {
  const { detect, tree } = firstCalls(size, FIRST_RUNS);
  if (detect.pairs !== tree.pairs)
    throw new Error(`first calls found ${detect.pairs} and ${tree.pairs} pairs (${size} items)`);
  firstSpeedups.push([size, tree.ms / detect.ms]);
  console.log(
    `${String(size).padEnd(9)} ${`${detect.ms.toFixed(0)} ms`.padEnd(10)} ${tree.ms.toFixed(0)} ms (${(tree.ms / detect.ms).toFixed(2)}×)`,
  );
}

const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
for (const [size, ratio] of firstSpeedups) {
  console.log(
    `target: first call at ${size / 1000}k items ≥ 2× faster than the interval tree's: ${ratio.toFixed(2)}× ${verdict(ratio >= 2)}`,
  );
}
console.log(
  `target: 100k items warm ≥ 3× faster than the interval tree: ${speedup.toFixed(2)}× ${verdict(speedup >= 3)}`,
);
console.log(`target: 1M ≤ 12× 100k: ${growth.toFixed(2)}× ${verdict(growth <= 12)}`);
console.log('target: 1M items in a 1 GB heap: met (this process runs with --max-old-space-size=1024)');
if (!(speedup >= 3 && growth <= 12 && firstSpeedups.every(([, ratio]) => ratio >= 2))) process.exitCode = 1;
