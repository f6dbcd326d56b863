// One first call in a fresh process: `node --expose-gc --import tsx bench/firstCall.ts <contender> <size>`
// generates the bench's schedule, collects the heap (and waits for V8's sweeping), and times one call of the contender, the way
// a command-line run or a server's first request meets it. Prints `{ ms, pairs }` as JSON.
import { type Conflict, detectConflicts } from 'kommunal';
import { intervalTrees } from './baselines.js';
import { generateSchedule } from './generateSchedule.js';
import { collect } from './measure.js';

const [contender = 'detect', sizeText = '10000'] = process.argv.slice(2);
const items = generateSchedule(Number(sizeText));
collect();
const started = performance.now();
let pairs: number;
if (contender === 'detect') {
  const conflicts: Conflict[] = detectConflicts(items, { weekends: false });
  pairs = conflicts.filter((conflict) => conflict.kind.endsWith('double-booked')).length;
} else {
  pairs = intervalTrees(items);
}
const ms = performance.now() - started;
console.log(JSON.stringify({ ms, pairs }));
