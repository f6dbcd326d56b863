// The fuzz suite: every exported function of `kommunal`, `kommunal/format` and `kommunal/holidays`
// (and every exported zod schema's safeParse), called with hostile values at every argument and
// every nested field.
//
// THE CONTRACT. Whatever a function is called with:
// 1. It returns a value of the documented type (a string, a boolean, an array, …; a returned
//    string or array stays below 10 million elements), or it throws a KommunalValidationError
//    whose `issues` is a non-empty array of `{ path: (string | number)[], code: non-empty string,
//    message: non-empty string }`, at most 1,001 issues of at most 1,000 characters each, none
//    saying "[object Object]". Nothing else is thrown: no TypeError, no RangeError, no stack
//    overflow, and no exception of the input's own (a throwing getter, Proxy trap or toString,
//    or the TypeError of a revoked Proxy) let through. `safeParse…` functions throw nothing at all; the error a safeParse result
//    carries obeys the same rules. (Exported zod schemas may let the input's own exceptions
//    through: that is zod's documented behaviour.)
// 2. An option set to a value it certainly does not accept (rules.ts: `style: 'x'`,
//    `timeZone: 42`, `locale: 'fr'`, `null` options, …), with nothing else changed, is refused with
//    a KommunalValidationError, not read as its default or ignored.
// 3. No hang: each call returns within 3 s (measured with performance.now(); generous, since the
//    machine is slow and busy). A call that has not returned after 10 s is ended with its worker
//    process and reported as a hang; one that exhausts the worker's 1 GB heap as out of memory.
// 4. No prototype pollution: after each call, Object.prototype, Array.prototype,
//    Function.prototype, String.prototype and Date.prototype have the same own properties with the
//    same values as before, and `({}).polluted` is undefined.
// 5. No input change: every object reachable from the arguments (read without calling getters or
//    Proxy traps) has the same own keys, values, attributes, prototype, Date time, Map and Set
//    entries, and the same Object.isFrozen/isSealed/isExtensible after the call as before.
// 6. A Date from another realm (a `vm` context, an iframe) is a Date: put in place of a Date of
//    well-formed arguments, the call ends as it does with that Date, with an equal result or the
//    same refusal, never refused for it.
//
// Hostile values are the named kinds of hostile.ts (undefined, null, NaN, ±Infinity, -0, 1e21,
// 2**53, BigInt, Symbol, functions, control characters, lone surrogates, 100 KB and 1 MB strings,
// `'__proto__'`, ISO strings with junk, Dates outside years 1–9999, sparse, huge and deeply nested
// arrays, arrays that claim 2**32 - 1 entries, frozen objects, throwing getters, throwing and
// revoked Proxies, Date Proxies, Dates from another realm, cyclic objects, JSON with an own
// `__proto__`, …) and random strings, numbers and JSON, and look-alikes made from the well-formed
// value they replace (a getter that gives it on the first read and 'sabine', 42 or null or an
// exception after; the same Date from another realm or in a Proxy; the same items in an array
// claiming 1e9 entries). Each call takes well-formed arguments
// (entries.ts: the seed dataset, small schedules, every option set) and makes one hostile change
// (inputs.ts): an argument, an option field, any field at any depth, a throwing getter, a
// look-alike at any argument or field it fits, a deleted field, an added `__proto__`/`constructor`/…
// key, fewer or more arguments; the changed argument is deep-frozen in half of the calls.
//
// The calls run in a child process (pool.ts, worker.ts), so that a hang or an out-of-memory crash
// is a finding, not a suite that never ends or a test process that dies; the entry goes on without
// the family of hostile kinds that did it (hostile.ts `familyOf`). fast-check takes the
// run's seed from test/setup (FC_SEED as everywhere). FUZZ_RUNS=<n> asks for n runs per entry
// (default 200, each entry cut short after about a second), FUZZ_REPORT=<file> writes every group
// of findings to a file. The known slow repros of issue 11 are in repros.test.ts (FUZZ_REPROS=1).
import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTRIES, MODULES, schemaNames } from './entries.js';
import { NAMED_KIND_COUNT } from './hostile.js';
import { type CampaignResult, runCampaign } from './pool.js';
import { formatGroup, groupFindings, summaryLine } from './report.js';

const DEFAULT_RUNS = 200;
const DEFAULT_BUDGET_MS = 1_000;

function runsAsked(): number | undefined {
  const text = process.env['FUZZ_RUNS']?.trim() ?? '';
  if (text === '') return undefined;
  const runs = Number(text);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`FUZZ_RUNS=${text} is not a whole number of runs from 1`);
  return runs;
}

const asked = runsAsked();
const runs = asked ?? DEFAULT_RUNS;
// Runs asked for are made in full; by default each entry stops after its time budget.
const budgetMs = asked === undefined ? DEFAULT_BUDGET_MS : 3_600_000;
// The default run takes well under a minute; each hang adds 10 s. More runs take longer.
const CAMPAIGN_TIMEOUT = asked === undefined ? 600_000 : Math.max(600_000, runs * ENTRIES.length * 100);

const names = ENTRIES.map((entry) => entry.name);

describe('fuzz entries', () => {
  it('cover every exported function and schema of every entry point', () => {
    const functions = new Map<string, unknown>();
    for (const [module, exports] of Object.entries(MODULES)) {
      for (const [name, value] of Object.entries(exports)) {
        if (typeof value !== 'function') continue;
        // A subpath re-exports the main entry's function; a different function would need an entry of its own.
        const known = functions.get(name);
        expect(known === undefined || known === value, `${module} exports a different ${name}`).toBe(true);
        functions.set(name, value);
      }
    }
    const missing = [...functions.keys(), ...schemaNames()].filter((name) => !names.includes(name));
    expect(missing, 'exports without a fuzz entry in test/fuzz/entries.ts').toEqual([]);
    const stale = names.filter((name) => !functions.has(name) && !schemaNames().includes(name));
    expect(stale, 'fuzz entries of no export').toEqual([]);
  });
});

describe('fuzz: every export keeps the contract with hostile input', () => {
  let result: CampaignResult;

  beforeAll(async () => {
    const seed = fc.readConfigureGlobal().seed;
    if (typeof seed !== 'number') throw new Error('test/setup gave fast-check no seed');
    result = await runCampaign({ entries: names, seed, runs, budgetMs });
  }, CAMPAIGN_TIMEOUT);

  afterAll(() => {
    if (result === undefined) return;
    console.log(summaryLine(result, names, NAMED_KIND_COUNT));
    const file = process.env['FUZZ_REPORT'];
    if (file !== undefined && file !== '') {
      const lines = [...groupFindings(result.findings)].flatMap(([entry, groups]) => [
        `## ${entry}`,
        ...groups.map((group) => `- ${formatGroup(group)}`),
        '',
      ]);
      writeFileSync(file, `${summaryLine(result, names, NAMED_KIND_COUNT)}\n\n${lines.join('\n')}`);
    }
  });

  it.each(names)('%s', (name) => {
    expect(result.calls.get(name) ?? 0, `${name} was not called`).toBeGreaterThan(0);
    const groups = groupFindings(result.findings).get(name) ?? [];
    expect(groups.map(formatGroup), `${name} broke the contract`).toEqual([]);
  });
});
