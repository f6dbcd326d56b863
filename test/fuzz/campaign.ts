// The fuzz loop of one entry, run inside the worker (worker.ts): fast-check makes the calls, each
// call is checked against the contract, and what happens is sent to the suite as messages, before
// the call (so that a call that never returns can still be named) and after it.
import fc from 'fast-check';
import {
  CALL_TIME_LIMIT_MS,
  changeSince,
  checkThrown,
  describeThrown,
  pollutionSince,
  prototypeState,
  resultProblem,
  snapshot,
  type Violation,
} from './contract.js';
import type { FuzzEntry } from './entries.js';
import { HostileTrap } from './hostile.js';
import { type FuzzCall, fuzzCalls } from './inputs.js';

/** What the suite is told about a call, before it runs: enough to name it if it never returns. */
export interface CallLabel {
  readonly entry: string;
  readonly run: number;
  readonly change: FuzzCall['change'];
  readonly where: string;
  readonly kind: string;
  readonly frozen: boolean;
  readonly sample?: string;
}

/** Messages from the worker to the suite. */
export type WorkerMessage =
  | { readonly type: 'call'; readonly label: CallLabel }
  | { readonly type: 'violation'; readonly label: CallLabel; readonly violation: Violation }
  | { readonly type: 'entry done'; readonly entry: string; readonly runs: number }
  | { readonly type: 'finished' };

/** What the suite asks the worker to do. */
export interface CampaignRequest {
  /** Entries to fuzz, in order; the first skips the runs a killed worker already made. */
  readonly entries: readonly string[];
  readonly skip: number;
  /** Runs per entry before its weight. */
  readonly runs: number;
  /** Time an entry may take before its runs are cut short, in milliseconds, before its weight. */
  readonly budgetMs: number;
  /** The module whose `ENTRIES` the worker fuzzes, relative to worker.ts; default `./entries.js`. */
  readonly entriesModule?: string;
}

/** Fuzzes one entry; each call is reported through `send`. */
export function fuzzEntry(
  entry: FuzzEntry,
  request: Pick<CampaignRequest, 'runs' | 'budgetMs'>,
  skip: number,
  isKommunalError: (value: unknown) => boolean,
  send: (message: WorkerMessage) => void,
): void {
  const weight = entry.weight ?? 1;
  const numRuns = Math.max(1, Math.round(request.runs * weight));
  const tolerated = new Set(entry.tolerate ?? []);
  let run = -1;
  fc.assert(
    fc.property(fuzzCalls(entry, entry.name), (make) => {
      run += 1;
      if (run < skip) return;
      const call = make();
      const label: CallLabel = {
        entry: entry.name,
        run,
        change: call.change,
        where: call.where,
        kind: call.kind,
        frozen: call.frozen,
        ...(call.sample === undefined ? {} : { sample: call.sample }),
      };
      send({ type: 'call', label });
      let violations: Violation[];
      try {
        violations = checkCall(entry, call, isKommunalError);
      } catch (error) {
        // The suite's own checks failed on what the call did: reported, so that the run goes on.
        violations = [
          {
            category: 'suite fault',
            thrown: describeThrown(error),
            detail: 'the fuzz suite could not check this call',
          },
        ];
      }
      for (const violation of violations) {
        if (!tolerated.has(violation.category)) send({ type: 'violation', label, violation });
      }
    }),
    {
      numRuns,
      interruptAfterTimeLimit: Math.max(200, request.budgetMs * Math.max(weight, 0.5)),
      markInterruptAsFailure: false,
    },
  );
  send({ type: 'entry done', entry: entry.name, runs: run + 1 });
}

const prototypesBefore = prototypeState();

/** Whether a function that never throws refused in its result, as `safeParse…` does: `{ success: false, error }`. */
function refusedInResult(result: unknown, neverThrows: boolean): boolean {
  return (
    neverThrows && typeof result === 'object' && result !== null && (result as { success?: unknown }).success === false
  );
}

/** Makes one call and lists every way it broke the contract. */
export function checkCall(
  entry: Pick<FuzzEntry, 'call' | 'params' | 'returns' | 'neverThrows'>,
  call: Pick<FuzzCall, 'args' | 'mustRefuse'>,
  isKommunalError: (value: unknown) => boolean,
): Violation[] {
  const violations: Violation[] = [];
  const before = snapshot(call.args);
  let threw = false;
  let thrown: unknown;
  let result: unknown;
  const started = performance.now();
  try {
    result = entry.call(...call.args);
  } catch (error) {
    threw = true;
    thrown = error;
  }
  const took = performance.now() - started;
  if (took > CALL_TIME_LIMIT_MS) {
    violations.push({ category: 'slow', thrown: '', detail: `took ${Math.round(took)} ms` });
  }
  if (threw) {
    const violation = checkThrown(thrown, isKommunalError, entry.neverThrows === true);
    if (violation !== undefined) violations.push(violation);
  } else {
    let problem: string | undefined;
    try {
      problem = resultProblem(result, entry.returns);
    } catch (error) {
      // A result whose reading throws (zod formats a safeParse error lazily, running the input's traps).
      const category = error instanceof HostileTrap ? 'input exception' : 'exception';
      violations.push({ category, thrown: describeThrown(error), detail: 'reading the returned value threw' });
    }
    if (problem !== undefined) violations.push({ category: 'wrong result', thrown: '', detail: problem });
    else if (call.mustRefuse === true && !refusedInResult(result, entry.neverThrows === true)) {
      violations.push({ category: 'invalid option accepted', thrown: '', detail: 'returned instead of refusing it' });
    }
  }
  const changed = changeSince(before, entry.params);
  if (changed !== undefined) violations.push({ category: 'input changed', thrown: '', detail: changed });
  const pollution = pollutionSince(prototypesBefore);
  if (pollution !== undefined) violations.push({ category: 'prototype pollution', thrown: '', detail: pollution });
  return violations;
}
