// Runs one known repro of issue 11 in a process of its own and prints what happened as one line of
// JSON: how it ended, how long it took, how much heap it kept and the process's peak memory.
// Started by repros.test.ts as `node --expose-gc --import tsx test/fuzz/repro.ts <name>`.
import { resourceUsage } from 'node:process';
import {
  detectConflicts,
  findFreeSlots,
  formatTime,
  isValidTimeZone,
  KommunalValidationError,
  safeParseDataset,
  toICalendar,
} from '../../src/index.js';
import { describeThrown } from './contract.js';

/** What one repro run found; `ended` is `returned`, `refused` (a KommunalValidationError) or `threw`. */
export interface ReproResult {
  readonly ended: 'returned' | 'refused' | 'threw';
  readonly thrown?: string;
  /** How many issues the error listed, thrown or returned (`safeParse…`). */
  readonly issues?: number;
  readonly ms: number;
  /** JavaScript heap still held after the repro and a full collection, in MB: what caches kept. */
  readonly retainedHeapMb: number;
  /** Resident memory gained over the repro, in MB: also what lives outside the heap (Intl formatters). */
  readonly retainedRssMb: number;
  /** The process's peak resident memory, in MB. */
  readonly peakRssMb: number;
}

const at = (iso: string) => new Date(iso);

/** The repros, by name: each a call that crashed, hung or bloated the process before issue 11. */
export const REPROS: Readonly<Record<string, () => unknown>> = {
  // Issue 11: 2,000 items at the same time with the same person: 2.0M conflicts, 6 s, 0.9 GB.
  // (20,000 such items abort the process; never run that here.)
  'detectConflicts: 2,000 identical items sharing one person': () =>
    detectConflicts(
      Array.from({ length: 2_000 }, (_, index) => ({
        id: `item-${index}`,
        start: at('2024-04-15T07:00:00Z'),
        end: at('2024-04-15T08:00:00Z'),
        personIds: ['one-person'],
      })),
    ),
  // Issue 11: an end a year before the last Date: VTIMEZONE transitions over 270,000 years.
  'toICalendar: end new Date(8.64e15 - 3456e7)': () =>
    toICalendar([
      { id: 'a', title: 'Ende der Zeit', start: at('2024-04-15T07:00:00Z'), end: new Date(8.64e15 - 3456e7) },
    ]),
  // Found by the fuzz suite: each lookup of the rejected name asks Intl again.
  'formatTime: a 1 MB time zone name with showTimeZone': () =>
    formatTime(at('2024-04-15T07:30:00Z'), { timeZone: 'x'.repeat(1024 * 1024), showTimeZone: true }),
  // 200,000 invalid elements in one list: every issue is listed (800,000 of them), and spreading
  // them into push() can overflow the stack.
  'safeParseDataset: 200,000 invalid elements in one list': () =>
    safeParseDataset({ municipalities: Array.from({ length: 200_000 }, () => ({})) }),
  // A window of 1,000 years with a Land's holidays, and no slot in it (the meeting is longer than
  // the working day), so every day is looked at: 4.5 s.
  'findFreeSlots: a 1,000-year window with a state and no slot': () =>
    findFreeSlots([], {
      durationMinutes: 11 * 60,
      within: { start: '2024-01-01T00:00:00Z', end: '3024-01-01T00:00:00Z' },
      state: 'DE-HE',
    }),
  // Rejected zone names are remembered: 10,000 names of 10 KB kept 101 MB. Each name is a flat
  // string of its own (padEnd and repeat may share their filler between strings).
  'isValidTimeZone: 10,000 rejected names of 10 KB': () => {
    for (let index = 0; index < 10_000; index += 1) {
      const bytes = Buffer.alloc(10_240, 'x');
      bytes.write(`name-${index}-`);
      isValidTimeZone(bytes.toString('latin1'));
    }
  },
  // Zone names in any letter case each get their own formatters and caches: 100,000 kept 6 GB.
  'formatTime: 5,000 letter-case variants of one zone name': () => {
    const name = 'europe/berlin';
    for (let variant = 0; variant < 5_000; variant += 1) {
      const spelled = [...name]
        .map((letter, index) => ((variant >> index) & 1 ? letter.toUpperCase() : letter))
        .join('');
      formatTime(at('2024-04-15T07:30:00Z'), { timeZone: spelled, showTimeZone: true });
    }
  },
};

const collect = () => (globalThis as { gc?: () => void }).gc?.();

function run(name: string): ReproResult {
  const repro = REPROS[name];
  if (repro === undefined) throw new Error(`no repro named ${name}`);
  collect();
  const before = process.memoryUsage();
  const started = performance.now();
  let ended: ReproResult['ended'] = 'returned';
  let thrown: string | undefined;
  let issues: number | undefined;
  try {
    // Only the count of issues is kept: what stays on the heap afterwards is what the library kept.
    issues = issuesOf(repro());
  } catch (error) {
    ended = error instanceof KommunalValidationError ? 'refused' : 'threw';
    thrown = describeThrown(error);
    issues = issuesOf({ success: false, error });
  }
  const ms = Math.round(performance.now() - started);
  collect();
  const after = process.memoryUsage();
  const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;
  return {
    ended,
    ...(thrown === undefined ? {} : { thrown }),
    ...(issues === undefined ? {} : { issues }),
    ms,
    retainedHeapMb: mb(after.heapUsed - before.heapUsed),
    retainedRssMb: mb(after.rss - before.rss),
    peakRssMb: Math.round(resourceUsage().maxRSS / 1024),
  };
}

function issuesOf(result: unknown): number | undefined {
  const error = (result as { success?: unknown; error?: unknown } | undefined)?.error;
  return error instanceof KommunalValidationError ? error.issues.length : undefined;
}

const name = process.argv[2];
if (name !== undefined && process.argv[1]?.endsWith('repro.ts')) console.log(JSON.stringify(run(name)));
