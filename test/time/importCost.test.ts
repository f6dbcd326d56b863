// Importing kommunal builds no Intl formatter: the first one in a process loads ICU's locale data
// (10–20 ms), which an app that never formats a date must not pay, and which belongs to the first
// call that needs it.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ENTRY = fileURLToPath(new URL('../../src/index.ts', import.meta.url));

const SCRIPT = `
let built = 0;
for (const name of ['DateTimeFormat', 'NumberFormat', 'Collator', 'PluralRules', 'ListFormat', 'RelativeTimeFormat']) {
  const original = Intl[name];
  Intl[name] = new Proxy(original, { construct: (target, args) => { built += 1; return Reflect.construct(target, args); } });
}
const realToLocaleString = Number.prototype.toLocaleString;
Number.prototype.toLocaleString = function (...args) { built += 1; return realToLocaleString.apply(this, args); };
await import(${JSON.stringify(ENTRY)});
console.log(built);
`;

describe('importing kommunal', () => {
  it('builds no Intl formatter', { timeout: 60_000 }, () => {
    const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', SCRIPT], {
      encoding: 'utf8',
    });
    expect(output.trim()).toBe('0');
  });
});
