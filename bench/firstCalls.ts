// First calls in fresh processes: a command-line run or a server's first request calls
// detectConflicts once, before V8 has compiled anything of it. Each run is a new process
// (bench/firstCall.ts) that generates the schedule, collects the heap and times one call; the
// contenders take turns, so that both meet the machine's quiet and busy moments alike.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The median of one contender's first calls at one size, and the double bookings it found. */
export interface FirstCall {
  readonly ms: number;
  readonly pairs: number;
}

const SCRIPT = fileURLToPath(new URL('./firstCall.ts', import.meta.url));

function once(contender: 'detect' | 'tree', size: number): FirstCall {
  const run = spawnSync(
    process.execPath,
    ['--expose-gc', '--max-old-space-size=1024', '--import', 'tsx', SCRIPT, contender, String(size)],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`first call of ${contender} at ${size} failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as FirstCall;
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

/** `runs` first calls of each contender at `size`, alternating; the medians. */
export function firstCalls(size: number, runs: number): { detect: FirstCall; tree: FirstCall } {
  const times = { detect: [] as number[], tree: [] as number[] };
  const pairs = { detect: 0, tree: 0 };
  for (let run = 0; run < runs; run += 1) {
    for (const contender of ['detect', 'tree'] as const) {
      const call = once(contender, size);
      times[contender].push(call.ms);
      pairs[contender] = call.pairs;
    }
  }
  return {
    detect: { ms: median(times.detect), pairs: pairs.detect },
    tree: { ms: median(times.tree), pairs: pairs.tree },
  };
}
