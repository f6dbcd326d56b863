// The known repros of issue 11, each in a process of its own: calls that crashed, hung or bloated
// the process before the issue was fixed. On unfixed code some take minutes or gigabytes, which
// only their own process pays (it is ended after REPRO_TIMEOUT_MS); fixed, all of them take a few
// seconds, so they run in every `npm test`. Each prints its figures (time, heap kept, peak memory)
// with FUZZ_REPROS=1 (`npm run test:repros`) and must keep the fuzz suite's contract: return or
// refuse with a KommunalValidationError, within its time, keeping no more than its memory.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CALL_TIME_LIMIT_MS, MAX_ISSUES } from './contract.js';
import { REPROS, type ReproResult } from './repro.js';

/** A repro still running after this long is a hang: its process is ended. */
const REPRO_TIMEOUT_MS = 120_000;

interface Limits {
  /** Longest time; the fuzz suite's per-call limit unless the work is large by design. */
  readonly ms: number;
  /** Most heap kept after the call and a full collection, where the repro is about a cache. */
  readonly retainedHeapMb?: number;
  /** Most resident memory gained, where a cache holds Intl objects outside the heap. */
  readonly retainedRssMb?: number;
  /** Highest resident memory of the whole process (about 100 MB of it is Node, tsx and the library). */
  readonly peakRssMb?: number;
}

const LIMITS: Readonly<Record<string, Limits>> = {
  'detectConflicts: 2,000 identical items sharing one person': { ms: CALL_TIME_LIMIT_MS, peakRssMb: 512 },
  'toICalendar: end new Date(8.64e15 - 3456e7)': { ms: CALL_TIME_LIMIT_MS },
  'formatTime: a 1 MB time zone name with showTimeZone': { ms: CALL_TIME_LIMIT_MS },
  // 200,000 elements are read and reported on (the first 1,000); the time is the schema's.
  'safeParseDataset: 200,000 invalid elements in one list': { ms: 5 * CALL_TIME_LIMIT_MS, peakRssMb: 1_024 },
  'findFreeSlots: a 1,000-year window with a state and no slot': { ms: CALL_TIME_LIMIT_MS },
  'isValidTimeZone: 10,000 rejected names of 10 KB': { ms: 5 * CALL_TIME_LIMIT_MS, retainedHeapMb: 10 },
  'formatTime: 5,000 letter-case variants of one zone name': { ms: 5 * CALL_TIME_LIMIT_MS, retainedRssMb: 50 },
};

const SCRIPT = fileURLToPath(new URL('./repro.ts', import.meta.url));

function runRepro(
  name: string,
): Promise<ReproResult | { readonly ended: 'hang' | 'crashed'; readonly detail: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', SCRIPT, name],
      { timeout: REPRO_TIMEOUT_MS, killSignal: 'SIGKILL', maxBuffer: 1024 * 1024 },
      (error, stdout, stderr) => {
        const line = stdout.trim().split('\n').at(-1) ?? '';
        if (error === null && line.startsWith('{')) resolve(JSON.parse(line) as ReproResult);
        else if (error?.killed === true)
          resolve({ ended: 'hang', detail: `still running after ${REPRO_TIMEOUT_MS} ms` });
        else resolve({ ended: 'crashed', detail: stderr.trim().split('\n').slice(-3).join(' | ').slice(0, 500) });
      },
    );
  });
}

describe('known repros of issue 11', () => {
  it('have limits, and every limit a repro', () => {
    expect(Object.keys(LIMITS).sort()).toEqual(Object.keys(REPROS).sort());
  });

  it.each(Object.keys(REPROS))(
    '%s',
    async (name) => {
      const result = await runRepro(name);
      if (process.env['FUZZ_REPROS'] === '1') console.log(`${name}: ${JSON.stringify(result)}`);
      const limits = LIMITS[name] as Limits;
      expect(['returned', 'refused'], JSON.stringify(result)).toContain(result.ended);
      if (!('ms' in result)) return;
      expect(result.ms, 'milliseconds').toBeLessThanOrEqual(limits.ms);
      if (result.issues !== undefined) expect(result.issues, 'issues').toBeLessThanOrEqual(MAX_ISSUES);
      if (limits.retainedHeapMb !== undefined) {
        expect(result.retainedHeapMb, 'MB of heap kept').toBeLessThanOrEqual(limits.retainedHeapMb);
      }
      if (limits.retainedRssMb !== undefined) {
        expect(result.retainedRssMb, 'MB of memory kept').toBeLessThanOrEqual(limits.retainedRssMb);
      }
      if (limits.peakRssMb !== undefined) expect(result.peakRssMb, 'MB peak').toBeLessThanOrEqual(limits.peakRssMb);
    },
    REPRO_TIMEOUT_MS + 30_000,
  );
});
