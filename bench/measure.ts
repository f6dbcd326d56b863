import { Bench } from 'tinybench';

/** One measured contender: operations per second, each operation one call on one input. */
export interface Measurement {
  readonly name: string;
  readonly opsPerSecond: number;
}

/**
 * Measures contenders in one run, so they share the machine's state. Each task formats a whole
 * batch of inputs per iteration: a single call is below the timer's resolution.
 */
export async function measure(
  contenders: Readonly<Record<string, () => void>>,
  batchSize: number,
  time = 1500,
): Promise<Measurement[]> {
  const bench = new Bench({ time, warmupTime: 300 });
  for (const [name, run] of Object.entries(contenders)) bench.add(name, run);
  await bench.run();
  return bench.tasks.map((task) => {
    const result = task.result;
    if (result.state !== 'completed') throw new Error(`${task.name}: ${result.state}`);
    return { name: task.name, opsPerSecond: batchSize / (result.period / 1000) };
  });
}

/** Prints each contender with its ratio to a named baseline, and whether a target ratio is met. */
export function report(
  title: string,
  rows: readonly Measurement[],
  baselines: readonly string[],
  targets: readonly { subject: string; baseline: string; atLeast: number }[] = [],
): boolean {
  console.log(`\n## ${title}`);
  const find = (name: string) => rows.find((row) => row.name === name)?.opsPerSecond ?? Number.NaN;
  const header = ['contender', 'ops/s', ...baselines.map((name) => `× ${name}`)];
  const lines = rows.map((row) => [
    row.name,
    Math.round(row.opsPerSecond).toLocaleString('de-DE'),
    ...baselines.map((name) => (row.opsPerSecond / find(name)).toFixed(2)),
  ]);
  const widths = header.map((cell, index) => Math.max(cell.length, ...lines.map((line) => line[index]?.length ?? 0)));
  for (const line of [header, ...lines])
    console.log(line.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join('  '));
  let met = true;
  for (const target of targets) {
    const ratio = find(target.subject) / find(target.baseline);
    const ok = ratio >= target.atLeast;
    met &&= ok;
    console.log(
      `target: ${target.subject} ≥ ${target.atLeast}× ${target.baseline}: ${ratio.toFixed(2)}× ${ok ? 'met' : 'MISSED'}`,
    );
  }
  return met;
}

const gc = (globalThis as { gc?: () => void }).gc;
const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Collects the heap (with `--expose-gc`), then waits 100 ms: V8 sweeps what it collected on
 * threads of its own, which on a machine of two cores would otherwise take one from the next
 * contender (measured: a 10k-item call took 70 ms right after a collection, 30 ms after the pause).
 */
export function collect(): void {
  if (gc === undefined) return;
  gc();
  Atomics.wait(pause, 0, 0, 100);
}

/**
 * Runs each contender `runs` times, taking turns (a, b, a, b, …) so that all of them meet the
 * machine in the same states, each on a collected heap (with `--expose-gc`) so that none pays for
 * the garbage of another, and returns per contender its last result and median wall time in
 * milliseconds: single runs on a shared machine vary by half.
 */
export function medianTimes<K extends string>(
  contenders: Readonly<Partial<Record<K, () => unknown>>>,
  runs: number,
): Partial<Record<K, { result: unknown; ms: number }>> {
  const entries = Object.entries(contenders) as [K, () => unknown][];
  const times = new Map<K, number[]>(entries.map(([name]) => [name, []]));
  const results = new Map<K, unknown>();
  for (let attempt = 0; attempt < runs; attempt += 1) {
    for (const [name, run] of entries) {
      collect();
      const start = performance.now();
      results.set(name, run());
      times.get(name)?.push(performance.now() - start);
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
  return Object.fromEntries(
    entries.map(([name]) => [name, { result: results.get(name), ms: median(times.get(name) ?? []) }]),
  ) as Partial<Record<K, { result: unknown; ms: number }>>;
}

/** One contender's median wall time; see {@link medianTimes}. */
export function medianTime<T>(run: () => T, runs: number): [T, number] {
  const { only } = medianTimes({ only: run }, runs);
  return [only?.result as T, only?.ms as number];
}
