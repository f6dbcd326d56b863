// `npm run bench`: every benchmark in one run, printing ratios against named baselines.
import { benchDataset } from './dataset.bench.js';
import { benchFormat } from './format.bench.js';

console.log(`kommunal bench on Node ${process.version}, ${new Date().toISOString()}`);
const met = [await benchFormat(), benchDataset()];
if (met.includes(false)) {
  console.log('\nSome targets were missed.');
  process.exitCode = 1;
}
