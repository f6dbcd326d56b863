// Run by caches.test.ts in a process of its own (`node --expose-gc --import tsx`), so that gc can be
// forced and the heap and RSS it measures are this work's alone. Formats with 100,000 letter-case
// variants of one zone name and asks about 20,000 names Intl refuses (10,000 of them 10 KB long),
// then prints one JSON line: for each stage the time taken and what the heap and RSS grew by, in MB.
import { formatTime, isValidTimeZone, KommunalValidationError } from '../../src/index.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with node --expose-gc');

const ZONE = 'America/North_Dakota/New_Salem';
const INSTANT = '2024-04-15T12:00:00Z';
const EXPECTED = '7 Uhr Ortszeit New Salem';
const VARIANTS = Number(process.argv[2] ?? 100_000);
const INVALID = Number(process.argv[3] ?? 10_000);

/** The `index`-th letter-case variant of the zone name: bit n of `index` upper-cases its n-th letter. */
function variant(index: number): string {
  let bit = 0;
  return ZONE.replace(/[A-Za-z]/g, (letter) => {
    const upper = Math.floor(index / 2 ** bit++) % 2 === 1;
    return upper ? letter.toUpperCase() : letter.toLowerCase();
  });
}

/** A flat string, as JSON.parse makes it: a rope of repeated text would hide how much a cache keeps. */
function longName(index: number): string {
  return Buffer.from(`Europe/${index}-${'x'.repeat(10_000)}`).toString('latin1');
}

function memory(): { heap: number; rss: number } {
  gc?.();
  gc?.();
  const { heapUsed, rss } = process.memoryUsage();
  return { heap: heapUsed / 2 ** 20, rss: rss / 2 ** 20 };
}

function stage(run: () => number): { ms: number; heapMB: number; rssMB: number; wrong: number } {
  const before = memory();
  const start = performance.now();
  const wrong = run();
  const ms = performance.now() - start;
  const after = memory();
  const round = (value: number) => Math.round(value * 10) / 10;
  return { ms: Math.round(ms), heapMB: round(after.heap - before.heap), rssMB: round(after.rss - before.rss), wrong };
}

function refused(timeZone: string): boolean {
  if (isValidTimeZone(timeZone)) return false;
  try {
    formatTime(INSTANT, { timeZone, showTimeZone: true });
    return false;
  } catch (error) {
    return error instanceof KommunalValidationError && error.issues[0]?.code === 'invalid_time_zone';
  }
}

// Warm up: the code is compiled and the zone's offsets and formatter are cached before measuring.
for (let index = 0; index < 2000; index += 1) {
  formatTime(INSTANT, { timeZone: variant(index % 64), showTimeZone: true });
  refused(`Europe/Nowhere-${index}`);
}
refused(longName(-1));

const variants = stage(() => {
  let wrong = 0;
  for (let index = 0; index < VARIANTS; index += 1) {
    if (formatTime(INSTANT, { timeZone: variant(index), showTimeZone: true }) !== EXPECTED) wrong += 1;
  }
  return wrong;
});
const invalid = stage(() => {
  let wrong = 0;
  for (let index = 0; index < INVALID; index += 1) {
    if (!refused(longName(index))) wrong += 1;
    if (!refused(`Europe/Nowhere-${index}`)) wrong += 1;
  }
  return wrong;
});
console.log(JSON.stringify({ variants, invalid }));
