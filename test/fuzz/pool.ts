// The suite's side of the fuzz worker (a child process): starts it, listens to every call it makes,
// and ends it when a call does not return within HANG_LIMIT_MS; when a call fills the worker's heap,
// the worker dies by itself. Either way a new worker goes on after that call. So a hang or an
// out-of-memory crash is a finding with the call named, not a suite that never ends or a test
// process that dies.
import { type ChildProcess, fork } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CallLabel, CampaignRequest, WorkerMessage } from './campaign.js';
import type { FailureCategory, Violation } from './contract.js';
import { familyOf } from './hostile.js';
import type { WorkerStart } from './worker.js';

/** A call that has not returned after this long is a hang: the worker is ended. */
export const HANG_LIMIT_MS = 10_000;
/** The time a worker may take to load before its first call. */
const STARTUP_LIMIT_MS = 60_000;
/** The worker's heap; a call that needs more is an out-of-memory finding. */
export const WORKER_HEAP_MB = 1_024;
/**
 * After this many ended workers in one entry, the rest of its runs are skipped. Before that, the
 * entry goes on without the family of hostile kinds that ended the worker (hostile.ts `familyOf`).
 */
export const KILLS_PER_ENTRY = 2;

let workersStarted = 0;

// A worker stuck in a call never notices that the suite has gone: end every live one when it goes,
// and remove its progress file.
const live = new Map<ChildProcess, string>();
process.once('exit', () => {
  for (const [child, file] of live) {
    child.kill('SIGKILL');
    rmSync(file, { force: true });
  }
});

/** One broken promise, with the call that broke it. */
export interface Finding {
  readonly label: CallLabel;
  readonly violation: Violation;
}

/** What a campaign found: calls per entry, hostile kinds used, and every finding. */
export interface CampaignResult {
  readonly calls: Map<string, number>;
  readonly kinds: Set<string>;
  readonly findings: Finding[];
  /** Entries whose runs were cut short after their worker was ended too often. */
  readonly abandoned: string[];
}

interface Options {
  readonly entries: readonly string[];
  readonly seed: number;
  readonly runs: number;
  readonly budgetMs: number;
  readonly hangLimitMs?: number;
  readonly heapMb?: number;
  readonly killsPerEntry?: number;
  readonly entriesModule?: string;
}

/** Runs every entry in a worker, restarting it after each hang or crash, and gathers what it reports. */
export async function runCampaign(options: Options): Promise<CampaignResult> {
  const result: CampaignResult = { calls: new Map(), kinds: new Set(), findings: [], abandoned: [] };
  const kills = new Map<string, number>();
  let remaining = [...options.entries];
  let skip = 0;
  let spare: string[] = [];
  while (remaining.length > 0) {
    const request: CampaignRequest = {
      entries: remaining,
      skip,
      spare,
      runs: options.runs,
      budgetMs: options.budgetMs,
      ...(options.entriesModule === undefined ? {} : { entriesModule: options.entriesModule }),
    };
    const outcome = await runWorker(request, options, result);
    if (outcome.kind === 'finished') break;
    const { label, entry } = outcome;
    const violation: Violation =
      outcome.kind === 'hang'
        ? {
            category: 'hang',
            thrown: '',
            detail: `no return after ${options.hangLimitMs ?? HANG_LIMIT_MS} ms; worker ended`,
          }
        : {
            // A call's own exceptions are caught in the worker, so a worker that dies otherwise is the suite's fault.
            category: outcome.kind === 'out of memory' ? 'out of memory' : ('suite fault' satisfies FailureCategory),
            thrown: outcome.message,
            detail:
              outcome.kind === 'out of memory'
                ? `worker heap of ${options.heapMb ?? WORKER_HEAP_MB} MB exhausted`
                : 'worker died',
          };
    const { run } = outcome;
    result.findings.push({
      label: label ?? {
        entry,
        run,
        change: 'none',
        where: `run ${run}, not named before the worker died`,
        kind: 'none',
        frozen: false,
      },
      violation,
    });
    const killed = (kills.get(entry) ?? 0) + 1;
    kills.set(entry, killed);
    const index = Math.max(0, remaining.indexOf(entry));
    if (killed >= (options.killsPerEntry ?? KILLS_PER_ENTRY) || run < 0) {
      result.abandoned.push(entry);
      remaining = remaining.slice(index + 1);
      skip = 0;
      spare = [];
    } else {
      // A new entry spares nothing; the same entry goes on without what ended its worker.
      if (remaining[0] !== entry) spare = [];
      remaining = remaining.slice(index);
      skip = run + 1;
      if (label !== undefined) spare = [...spare, familyOf(label.kind)];
    }
  }
  return result;
}

/**
 * How a worker ended: in which entry and run (-1 before the first call), and the label of that call
 * if its message arrived (a worker that runs out of memory may die before it is delivered).
 */
type Outcome =
  | { readonly kind: 'finished' }
  | { readonly kind: 'hang'; readonly entry: string; readonly run: number; readonly label: CallLabel | undefined }
  | {
      readonly kind: 'out of memory' | 'crash';
      readonly entry: string;
      readonly run: number;
      readonly label: CallLabel | undefined;
      readonly message: string;
    };

function runWorker(request: CampaignRequest, options: Options, result: CampaignResult): Promise<Outcome> {
  workersStarted += 1;
  const progressFile = join(tmpdir(), `kommunal-fuzz-${process.pid}-${workersStarted}`);
  writeFileSync(progressFile, new Uint8Array(new Int32Array([0, -1]).buffer));
  const child = fork(fileURLToPath(new URL('./worker.ts', import.meta.url)), {
    execArgv: ['--import', 'tsx', `--max-old-space-size=${options.heapMb ?? WORKER_HEAP_MB}`],
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    serialization: 'advanced',
  });
  live.set(child, progressFile);
  child.once('exit', () => live.delete(child));
  // The end of what the worker wrote to stderr: V8 says there why it died.
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4_000);
  });
  child.send({ seed: options.seed, request, progressFile } satisfies WorkerStart);
  const hangLimit = options.hangLimitMs ?? HANG_LIMIT_MS;
  return new Promise((resolve) => {
    let last: CallLabel | undefined;
    // Where the worker is, from the file it writes before each call, and that call's label if it came.
    const where = () => {
      const [index, run] = new Int32Array(new Uint8Array(readFileSync(progressFile)).buffer, 0, 2);
      const entry = request.entries[index ?? 0] ?? '';
      const label = last !== undefined && last.entry === entry && last.run === run ? last : undefined;
      return { entry, run: run ?? -1, label };
    };
    let settled = false;
    const settle = (outcome: Outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      rmSync(progressFile, { force: true });
      resolve(outcome);
    };
    const hang = () => settle({ kind: 'hang', ...where() });
    // Loading the worker (tsx compiles the sources) takes seconds on a busy machine.
    let timer = setTimeout(hang, Math.max(hangLimit, STARTUP_LIMIT_MS));
    child.on('message', (message: WorkerMessage) => {
      clearTimeout(timer);
      timer = setTimeout(hang, hangLimit);
      switch (message.type) {
        case 'call':
          last = message.label;
          result.calls.set(message.label.entry, (result.calls.get(message.label.entry) ?? 0) + 1);
          result.kinds.add(message.label.kind);
          break;
        case 'violation':
          result.findings.push({ label: message.label, violation: message.violation });
          break;
        case 'entry done':
          result.calls.set(message.entry, result.calls.get(message.entry) ?? 0);
          last = undefined;
          break;
        case 'finished':
          settle({ kind: 'finished' });
          break;
        default:
          message satisfies never;
      }
    });
    child.on('exit', (code, signal) => {
      if (settled) return;
      // Wait for stderr to end: it says whether the heap ran out.
      const finish = () => {
        const outOfMemory = /heap out of memory|Reached heap limit|OOMErrorHandler/.test(stderr);
        const lastLine =
          stderr
            .trim()
            .split('\n')
            .filter((line) => line.trim() !== '')
            .at(-1) ?? '';
        const message = outOfMemory
          ? 'JavaScript heap out of memory'
          : `worker exited with ${signal ?? `code ${code}`}${lastLine === '' ? '' : `: ${lastLine.slice(0, 300)}`}`;
        settle({ kind: outOfMemory ? 'out of memory' : 'crash', ...where(), message });
      };
      if (child.stderr === null || child.stderr.readableEnded) finish();
      else child.stderr.once('close', finish);
    });
  });
}
