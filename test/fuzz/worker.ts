// The fuzz worker: a child process that runs the entries the suite asks for and reports every call.
// A process of its own, so that the suite can end a call that never returns, and a call that fills
// the heap kills this process only (a worker thread's out-of-memory can abort the whole test
// process), and go on with the next call (pool.ts). Started with `node --import tsx`.
import { closeSync, openSync, writeSync } from 'node:fs';
import fc from 'fast-check';
import { KommunalValidationError } from '../../src/index.js';
import { type CampaignRequest, fuzzEntry, type WorkerMessage } from './campaign.js';
import type { FuzzEntry } from './entries.js';

/** What the suite sends first: the run's seed, the request, and the file to write the position into. */
export interface WorkerStart {
  readonly seed: number;
  readonly request: CampaignRequest;
  readonly progressFile: string;
}

const start = await new Promise<WorkerStart>((resolve) => process.once('message', resolve as (value: unknown) => void));
const { seed, request, progressFile } = start;
// The run's seed, chosen once by test/setup and handed over by the suite.
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
// The entries of the suite, or of the suite's own test (fixtures.ts), which break the contract on purpose.
const { ENTRIES } = (await import(request.entriesModule ?? './entries.js')) as { ENTRIES: readonly FuzzEntry[] };

// Which entry and run is being called, written synchronously before each call: a process that
// runs out of memory dies before its last message is delivered, the file still says where it was.
const progress = openSync(progressFile, 'w');
const position = new Int32Array(2);
const mark = (entry: number, run: number) => {
  position[0] = entry;
  position[1] = run;
  writeSync(progress, position, 0, 8, 0);
};

let entryIndex = 0;
const send = (message: WorkerMessage) => {
  if (message.type === 'call') mark(entryIndex, message.label.run);
  process.send?.(message);
};
const isKommunalError = (value: unknown) => value instanceof KommunalValidationError;

request.entries.forEach((name, index) => {
  entryIndex = index;
  mark(index, -1);
  const entry = ENTRIES.find((candidate) => candidate.name === name);
  if (entry === undefined) throw new Error(`no fuzz entry ${name}`);
  try {
    const first = index === 0;
    fuzzEntry(entry, request, first ? request.skip : 0, isKommunalError, send, new Set(first ? request.spare : []));
  } catch (error) {
    // A fault of the suite itself, not of the library: fast-check names the failing run, the cause says why.
    const cause = (error as { cause?: unknown }).cause;
    throw new Error(`fuzz runner failed in ${name}: ${String(cause instanceof Error ? cause.stack : error)}`);
  }
});
closeSync(progress);
send({ type: 'finished' });
// Exit once the last message is out; the IPC channel would keep the process alive.
process.disconnect?.();
