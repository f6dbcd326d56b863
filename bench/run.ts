// `npm run bench`: every benchmark in one run, printing ratios against named baselines.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { benchDataset } from './dataset.bench.js';
import { benchFormat } from './format.bench.js';

console.log(`kommunal bench on Node ${process.version}, ${new Date().toISOString()}`);
const met = [await benchFormat(), benchDataset()];

// Conflict detection runs in a process of its own: with a 1 GB heap, to show 1M items fit, and
// with a collected heap before each contender; it starts fresh processes for first calls.
console.log('\n## detectConflicts on generated schedules (1 GB heap), warm: the median of several calls');
console.log('size      detect     pairs    conflicts interval tree      all pairs            heap');
const schedule = spawnSync(
  process.execPath,
  [
    '--expose-gc',
    '--max-old-space-size=1024',
    '--import',
    'tsx',
    fileURLToPath(new URL('./schedule.bench.ts', import.meta.url)),
  ],
  { stdio: 'inherit' },
);
met.push(schedule.status === 0);

if (met.includes(false)) {
  console.log('\nSome targets were missed.');
  process.exitCode = 1;
}
