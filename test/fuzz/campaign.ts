// The fuzz loop of one entry, run inside the worker (worker.ts): fast-check makes the calls, each
// call is checked against the contract, and what happens is sent to the suite as messages, before
// the call (so that a call that never returns can still be named) and after it.
import fc from 'fast-check';
import {
  CALL_TIME_LIMIT_MS,
  changeSince,
  checkThrown,
  describeThrown,
  isInputException,
  pollutionSince,
  prototypeState,
  resultProblem,
  snapshot,
  type Violation,
} from './contract.js';
import type { FuzzEntry } from './entries.js';
import { familyOf } from './hostile.js';
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
  /**
   * Families of hostile kinds (hostile.ts `familyOf`) whose calls already ended a worker in the
   * first entry: its later calls of them are not made, so that its other kinds still run.
   */
  readonly spare?: readonly string[];
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
  spare: ReadonlySet<string> = new Set(),
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
      if (spare.has(familyOf(call.kind))) return;
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

/** How a call ended: what it returned, or what it threw. */
type Ending = { readonly threw: false; readonly result: unknown } | { readonly threw: true; readonly thrown: unknown };

function endingOf(run: () => unknown): Ending {
  try {
    return { threw: false, result: run() };
  } catch (thrown) {
    return { threw: true, thrown };
  }
}

/** JSON of a result, to compare two; undefined where it has none (a BigInt, a cycle). */
function jsonOf(result: unknown): string | undefined {
  try {
    return JSON.stringify(result);
  } catch {
    return undefined;
  }
}

/**
 * Why a call that must end as the same call with well-formed arguments did not: refused what they
 * pass, passed what they refuse, or returned something else. Other exceptions are found anyway.
 */
function otherEnding(
  expected: Ending,
  actual: Ending,
  isKommunalError: (value: unknown) => boolean,
): Violation | undefined {
  if (expected.threw && !isKommunalError(expected.thrown)) return undefined;
  if (actual.threw) {
    if (expected.threw || !isKommunalError(actual.thrown)) return undefined;
    return {
      category: 'wrong result',
      thrown: describeThrown(actual.thrown),
      detail: 'refused, where the same call with the well-formed value returns',
    };
  }
  if (expected.threw) {
    return {
      category: 'wrong result',
      thrown: '',
      detail: 'returned, where the same call with the well-formed value is refused',
    };
  }
  const [want, got] = [jsonOf(expected.result), jsonOf(actual.result)];
  if (want !== got) {
    return {
      category: 'wrong result',
      thrown: '',
      detail: 'returned something else than the same call with the well-formed value',
    };
  }
  return undefined;
}

/** Makes one call and lists every way it broke the contract. */
export function checkCall(
  entry: Pick<FuzzEntry, 'call' | 'params' | 'returns' | 'neverThrows'>,
  call: Pick<FuzzCall, 'args' | 'mustRefuse' | 'reference'>,
  isKommunalError: (value: unknown) => boolean,
): Violation[] {
  const violations: Violation[] = [];
  // The same call with well-formed arguments, made first: how this call must end.
  const reference = call.reference;
  const expected = reference === undefined ? undefined : endingOf(() => entry.call(...reference()));
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
  if (expected !== undefined) {
    const ending: Ending = threw ? { threw, thrown } : { threw, result };
    const violation = otherEnding(expected, ending, isKommunalError);
    if (violation !== undefined) violations.push(violation);
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
      const category = isInputException(error) ? 'input exception' : 'exception';
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
