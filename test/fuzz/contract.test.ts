// The fuzz suite's own checks find what they are there to find: functions that break the contract
// on purpose are caught, each in its category, and the worker pool survives calls that never
// return or fill the heap.
import { types } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KommunalValidationError } from '../../src/index.js';
import { type CallLabel, checkCall, fuzzEntry, type WorkerMessage } from './campaign.js';
import { changeSince, type FailureCategory, pollutionSince, prototypeState, snapshot } from './contract.js';
import { ENTRIES } from './entries.js';
import { familyOf, HOSTILE_KINDS, HostileTrap, LOOK_ALIKE_KINDS, type LookAlikeKind } from './hostile.js';
import { fuzzCalls, lookAlikeTargets } from './inputs.js';
import { runCampaign } from './pool.js';

const isKommunalError = (value: unknown) => value instanceof KommunalValidationError;

function categories(call: (...args: any[]) => unknown, args: unknown[], extra: { mustRefuse?: boolean } = {}) {
  return checkCall({ call, params: ['value', 'options'], returns: 'string' }, { args, ...extra }, isKommunalError).map(
    (violation) => violation.category,
  );
}

describe('checkCall', () => {
  it('passes a call that returns the documented type or throws a well-formed KommunalValidationError', () => {
    expect(categories(() => 'ok', ['a'])).toEqual([]);
    const refuse = () => {
      throw new KommunalValidationError([{ path: [], code: 'invalid_option', message: 'Nein.' }]);
    };
    expect(categories(refuse, ['a'], { mustRefuse: true })).toEqual([]);
  });

  it.each<[string, (...args: any[]) => unknown, unknown[], FailureCategory]>([
    ['a TypeError', (value) => value.missing.field, [{}], 'exception'],
    [
      'a thrown string',
      () => {
        throw 'not an error';
      },
      [],
      'exception',
    ],
    [
      "the input's own exception",
      (value) => value.id,
      [
        Object.defineProperty({}, 'id', {
          get: () => {
            throw new HostileTrap('getter');
          },
        }),
      ],
      'input exception',
    ],
    [
      'an error without issues',
      () => {
        // The constructor refuses an empty list, so the malformed error is made by hand.
        const error = new KommunalValidationError([{ path: [], code: 'custom', message: 'x' }]);
        Object.defineProperty(error, 'issues', { value: [] });
        throw error;
      },
      [],
      'malformed error',
    ],
    [
      'an error with a message of 5,000 characters',
      () => {
        throw new KommunalValidationError([{ path: [], code: 'custom', message: 'x'.repeat(5_000) }]);
      },
      [],
      'unbounded error',
    ],
    ['a function where a string is documented', () => () => 'x', [], 'wrong result'],
    ['a changed argument', (value) => Object.assign(value, { changed: true }) && 'x', [{ a: 1 }], 'input changed'],
    ['a frozen argument', (value) => Object.freeze(value) && 'x', [{ a: [1] }], 'input changed'],
    ['a changed nested array', (value) => value.a.push(2) && 'x', [{ a: [1] }], 'input changed'],
    ['a changed Date', (value) => value.setTime(0) && 'x', [new Date(1)], 'input changed'],
    [
      'a polluted prototype',
      () => {
        (Object.prototype as Record<string, unknown>)['polluted'] = 'yes';
        return 'x';
      },
      [],
      'prototype pollution',
    ],
  ])('finds %s', (_, call, args, category) => {
    expect(categories(call, args)).toContain(category);
  });

  it('finds a safeParse result whose error has no issues', () => {
    const result = () => ({ success: false, error: { issues: [] } });
    const found = checkCall({ call: result, params: [], returns: 'object' }, { args: [] }, isKommunalError);
    expect(found).toEqual([
      { category: 'wrong result', thrown: '', detail: 'returned an error whose issues is empty' },
    ]);
  });

  it('finds an invalid option that was accepted', () => {
    expect(categories(() => 'ok', ['a', { style: 'x' }], { mustRefuse: true })).toEqual(['invalid option accepted']);
  });

  it('takes a safeParse result with success false as a refusal', () => {
    const refuse = () => ({
      success: false,
      error: new KommunalValidationError([{ path: [], code: 'invalid_option', message: 'Nein.' }]),
    });
    const entry = { call: refuse, params: [], returns: 'object', neverThrows: true } as const;
    expect(checkCall(entry, { args: [], mustRefuse: true }, isKommunalError)).toEqual([]);
    const accept = { ...entry, call: () => ({ success: true, data: {} }) };
    expect(checkCall(accept, { args: [], mustRefuse: true }, isKommunalError).map((found) => found.category)).toEqual([
      'invalid option accepted',
    ]);
  });

  it('finds a function that throws where it is documented never to throw', () => {
    const refuse = () => {
      throw new KommunalValidationError([{ path: [], code: 'custom', message: 'Nein.' }]);
    };
    const found = checkCall(
      { call: refuse, params: [], returns: 'object', neverThrows: true },
      { args: [] },
      isKommunalError,
    );
    expect(found.map((violation) => violation.category)).toEqual(['threw']);
  });

  it('puts a polluted prototype back as it was', () => {
    const before = prototypeState();
    (Array.prototype as unknown as Record<string, unknown>)['extra'] = 1;
    expect(pollutionSince(before)).toBe('Array.prototype.extra added');
    expect(Object.hasOwn(Array.prototype, 'extra')).toBe(false);
    expect(pollutionSince(before)).toBeUndefined();
  });
});

/** A look-alike kind by name. */
function lookAlike(kind: string) {
  const found = LOOK_ALIKE_KINDS.find((candidate) => candidate.kind === kind);
  if (found === undefined) throw new Error(`no look-alike ${kind}`);
  return found;
}

/** The value a look-alike kind (not a getter) puts in place of `original`. */
const standIn = (kind: string, original: unknown): unknown => lookAlike(kind).make(original).value;

/** `{ [key]: look-alike of original }`, as inputs.ts puts it. */
function holding(kind: string, key: string, original: unknown): object {
  const descriptor = lookAlike(kind).make(original);
  return Object.defineProperty({}, key, { ...descriptor, enumerable: true, configurable: true });
}

/** A hostile kind of the catalogue by name, made fresh. */
function made(kind: string): unknown {
  const found = HOSTILE_KINDS.find((candidate) => candidate.kind === kind);
  if (found === undefined) throw new Error(`no hostile kind ${kind}`);
  return found.make();
}

const refuse = (): never => {
  throw new KommunalValidationError([{ path: [], code: 'invalid_type', message: 'Nein.' }]);
};

describe('checkCall with look-alikes', () => {
  // Each broken function checks a field and then reads it again, and so uses what it never checked;
  // its twin reads the field once and keeps the contract with the same input.
  const checksThenReadsList = (value: any) => (Array.isArray(value.list) ? value.list.join(',') : refuse());
  const readsListOnce = (value: any) => {
    const list = value.list;
    return Array.isArray(list) ? list.join(',') : refuse();
  };
  const checksThenReadsName = (value: any) => (typeof value.name === 'string' ? value.name.toUpperCase() : refuse());
  const readsNameOnce = (value: any) => {
    const name = value.name;
    return typeof name === 'string' ? name.toUpperCase() : refuse();
  };

  it.each<[string, (value: any) => unknown, (value: any) => unknown, string, unknown, FailureCategory]>([
    ["getter: well-formed, then 'sabine'", checksThenReadsList, readsListOnce, 'list', ['a'], 'exception'],
    ['getter: well-formed, then 42', checksThenReadsName, readsNameOnce, 'name', 'Zoë', 'exception'],
    ['getter: well-formed, then null', checksThenReadsList, readsListOnce, 'list', ['a'], 'exception'],
    ['getter: well-formed, then throws', checksThenReadsList, readsListOnce, 'list', ['a'], 'input exception'],
  ])('%s: finds a function that checks a field and reads it again', (kind, broken, fixed, key, original, category) => {
    expect(categories(broken, [holding(kind, key, original)])).toEqual([category]);
    expect(categories(fixed, [holding(kind, key, original)])).toEqual([]);
  });

  it('finds a function that asks a revoked Proxy anything, at the top, as options and nested', () => {
    const asks = (value: unknown, options?: any) =>
      Array.isArray(value) || Array.isArray(options?.kinds) ? 'list' : 'other';
    const guarded = (value: unknown) => {
      try {
        return Array.isArray(value) ? 'list' : 'other';
      } catch {
        return refuse();
      }
    };
    expect(categories(asks, [made('revoked Proxy')])).toEqual(['input exception']);
    expect(categories(asks, ['a', made('revoked array Proxy')])).toEqual(['input exception']);
    expect(categories(asks, ['a', { kinds: made('revoked Proxy') }])).toEqual(['input exception']);
    expect(categories(asks, [standIn('well-formed value in a revoked Proxy', {})])).toEqual(['input exception']);
    expect(categories(guarded, [made('revoked function Proxy')])).toEqual([]);
  });

  it('finds a function that trusts instanceof Date with a Date in a Proxy', () => {
    const trusts = (value: any) => (value instanceof Date ? value.toISOString() : refuse());
    const realDate = (value: unknown) => (types.isDate(value) ? Date.prototype.toISOString.call(value) : refuse());
    const now = () => new Date(Date.UTC(2024, 3, 15));
    const throwing = standIn('well-formed Date in a Proxy whose getPrototypeOf throws', now());
    const plain = standIn('well-formed Date in a Proxy without traps', now());
    expect(categories(trusts, [throwing])).toEqual(['input exception']);
    expect(categories(trusts, [made('Date Proxy whose getPrototypeOf throws')])).toEqual(['input exception']);
    // It passes `instanceof Date`, and is no Date: toISOString on it throws a TypeError.
    expect(categories(trusts, [plain])).toEqual(['exception']);
    expect(categories(trusts, [made('Date Proxy without traps')])).toEqual(['exception']);
    expect(categories(realDate, [throwing])).toEqual([]);
    expect(categories(realDate, [plain])).toEqual([]);
  });

  it('finds a function that refuses a Date from another realm, or reads it otherwise', () => {
    const kind = lookAlike('well-formed Date from another realm');
    expect(kind.sameOutcome).toBe(true);
    const now = () => new Date(Date.UTC(2024, 3, 15));
    const foreign = standIn(kind.kind, now());
    expect(foreign instanceof Date).toBe(false);
    expect(types.isDate(foreign)).toBe(true);
    const check = (call: (value: any) => unknown) =>
      checkCall(
        { call, params: ['value'], returns: 'string' },
        { args: [foreign], reference: () => [now()] },
        isKommunalError,
      );
    const trusts = (value: any) => (value instanceof Date ? value.toISOString() : refuse());
    expect(check(trusts).map((found) => found.category)).toEqual(['wrong result']);
    expect(check(trusts)[0]?.detail).toBe('refused, where the same call with the well-formed value returns');
    // Taken, but not as the Date it is: read as text.
    const asText = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value).slice(0, 10));
    expect(check(asText).map((found) => found.category)).toEqual(['wrong result']);
    const realDate = (value: unknown) => (types.isDate(value) ? Date.prototype.toISOString.call(value) : refuse());
    expect(check(realDate)).toEqual([]);
    expect(categories(realDate, [made('Date from another realm')])).toEqual([]);
  });

  it('finds a function that sizes its work by the length an array claims', () => {
    // Bounded by what is in the array: fine. Sized by `length`: a RangeError (or a hang, or out of
    // memory, which the worker pool finds; see runCampaign below).
    const sizesByLength = (value: any) => new Array(value.list.length + 2 ** 32).join('');
    const walksEntries = (value: any) =>
      Object.keys(value.list)
        .map((index) => String(value.list[index]))
        .join(',');
    for (const kind of ['well-formed items, then length 1e9', 'well-formed items, then length 2**32 - 1']) {
      const list = standIn(kind, ['a', 'b']) as unknown[];
      expect(list).toHaveLength(kind.endsWith('1e9') ? 1e9 : 2 ** 32 - 1);
      expect(Object.keys(list)).toEqual(['0', '1']);
      expect(categories(sizesByLength, [{ list }])).toEqual(['exception']);
      expect(categories(walksEntries, [{ list }])).toEqual([]);
    }
    for (const kind of ['array of 2**32 - 1 holes', 'one item, then length 1e9']) {
      expect(categories(sizesByLength, [{ list: made(kind) }])).toEqual(['exception']);
    }
  });
});

describe('fuzzCalls', () => {
  // Every look-alike kind reaches the nested fields of real entries, as the other kinds do.
  const entry = (name: string) => ENTRIES.find((candidate) => candidate.name === name) as (typeof ENTRIES)[number];
  const sample = (name: string, runs: number) => fc.sample(fuzzCalls(entry(name), name), runs).map((make) => make());

  it('make every look-alike kind, in each entry that has a place for it', () => {
    for (const name of ['detectConflicts', 'toICalendar', 'findFreeSlots']) {
      const kinds = new Set(sample(name, 1_500).map((call) => call.kind));
      for (const { kind } of LOOK_ALIKE_KINDS) expect(kinds, `${name}: ${kind}`).toContain(kind);
    }
  }, 60_000);

  it('can put each look-alike at every field where it fits, at any depth', () => {
    const targets = (name: string) => {
      const { bases, params } = entry(name);
      const found = new Map<string, Set<string>>();
      for (const base of bases) {
        for (const [kind, paths] of lookAlikeTargets(base(), params)) {
          found.set(kind, new Set([...(found.get(kind) ?? []), ...paths]));
        }
      }
      return found;
    };
    const [conflicts, calendar, slots] = ['detectConflicts', 'toICalendar', 'findFreeSlots'].map(targets) as [
      Map<string, Set<string>>,
      Map<string, Set<string>>,
      Map<string, Set<string>>,
    ];
    const at = (found: Map<string, Set<string>>, kind: LookAlikeKind) => [...(found.get(kind.kind) ?? [])];
    for (const kind of LOOK_ALIKE_KINDS.filter((candidate) => candidate.kind.startsWith('getter'))) {
      expect(at(conflicts, kind), kind.kind).toEqual(
        expect.arrayContaining(['items[#].personIds', 'options.dataset.persons[#].roles', 'options.workingHours.days']),
      );
      expect(at(calendar, kind), kind.kind).toEqual(expect.arrayContaining(['items[#].personIds', 'options.now']));
      expect(at(slots, kind), kind.kind).toEqual(expect.arrayContaining(['items[#].personIds', 'options.within']));
      if (kind.fits('Begrüßung')) {
        expect(at(conflicts, kind), kind.kind).toEqual(
          expect.arrayContaining(['items[#].title', 'options.dataset.persons[#].givenName', 'options.timeZone']),
        );
      }
      // A getter needs an object to sit on: never an argument itself.
      expect(at(conflicts, kind), kind.kind).not.toContain('items');
    }
    for (const kind of LOOK_ALIKE_KINDS.filter((candidate) => candidate.kind.includes('Date'))) {
      expect(at(calendar, kind), kind.kind).toEqual(
        expect.arrayContaining(['options.now', 'items[#].start', 'items[#].end']),
      );
      expect(at(conflicts, kind), kind.kind).toEqual(expect.arrayContaining(['items[#].start']));
      expect(at(slots, kind), kind.kind).toEqual(expect.arrayContaining(['options.within.start']));
      expect(at(targets('formatDate'), kind), kind.kind).toEqual(['value']);
    }
    for (const kind of LOOK_ALIKE_KINDS.filter((candidate) => candidate.kind.includes('length'))) {
      expect(at(conflicts, kind), kind.kind).toEqual(
        expect.arrayContaining(['items', 'items[#].personIds', 'options.dataset.persons', 'options.workingHours.days']),
      );
      expect(at(calendar, kind), kind.kind).toEqual(expect.arrayContaining(['items']));
      expect(at(slots, kind), kind.kind).toEqual(expect.arrayContaining(['items', 'options.personIds']));
    }
    expect(at(conflicts, lookAlike('well-formed value in a revoked Proxy'))).toEqual(
      expect.arrayContaining(['items', 'options', 'items[#]', 'options.dataset', 'options.dataset.persons[#]']),
    );
  });

  it('compare a Date from another realm with the well-formed call', () => {
    const calls = sample('toICalendar', 1_500);
    const foreign = calls.filter((call) => call.kind === 'well-formed Date from another realm');
    expect(foreign.length).toBeGreaterThan(0);
    for (const call of foreign) expect(call.reference).toBeTypeOf('function');
    expect(calls.filter((call) => call.reference !== undefined)).toEqual(foreign);
  }, 60_000);
});

describe('snapshot', () => {
  it('reads no getter and enters no Proxy, and names where a change is', () => {
    const trap = () => {
      throw new HostileTrap('read');
    };
    const value = {
      list: [{ deep: 1 }],
      proxy: new Proxy({}, { get: trap, ownKeys: trap, getOwnPropertyDescriptor: trap }),
    };
    Object.defineProperty(value, 'getter', { get: trap, enumerable: true });
    const taken = snapshot([value]);
    expect(changeSince(taken, ['input'])).toBeUndefined();
    (value.list[0] as { deep: number }).deep = 2;
    expect(changeSince(taken, ['input'])).toBe('input.list[0]: property deep changed');
  });

  it('walks values nested 10,000 deep', () => {
    let value: unknown = 'bottom';
    for (let level = 0; level < 10_000; level += 1) value = [value];
    const taken = snapshot([value]);
    expect(taken.states.size).toBe(10_000);
    let innermost = value as unknown[];
    while (Array.isArray(innermost[0])) innermost = innermost[0];
    Object.freeze(innermost);
    // The path is 10,000 steps long; the message keeps its end.
    const change = changeSince(taken, ['input']) ?? '';
    expect(change).toMatch(/^….*\[0\]: Object.isFrozen false → true/);
    expect(change.length).toBeLessThan(300);
  });
});

describe('hostile values', () => {
  it('have unique names and are made fresh for every call', () => {
    const names = [...HOSTILE_KINDS, ...LOOK_ALIKE_KINDS].map((kind) => kind.kind);
    expect(new Set(names).size).toBe(names.length);
    for (const kind of HOSTILE_KINDS) {
      const [first, second] = [kind.make(), kind.make()];
      // Not expect(…).not.toBe(…): printing a value nested 10,000 deep overflows the stack.
      const isObject = (typeof first === 'object' && first !== null) || typeof first === 'function';
      expect(isObject && first === second, `${kind.kind} makes the same object twice`).toBe(false);
    }
    for (const kind of LOOK_ALIKE_KINDS) {
      const original = [new Date(0), ['a'], { a: 1 }, 'a'].find(kind.fits);
      expect(original, kind.kind).toBeDefined();
      const [first, second] = [kind.make(original), kind.make(original)];
      expect(first.value === undefined || first.value !== second.value, kind.kind).toBe(true);
      expect(first.get === undefined || first.get !== second.get, kind.kind).toBe(true);
    }
  });
});

describe('fuzzEntry', () => {
  it('makes no call of a spared family: after a worker was ended by one, the entry goes on without it', () => {
    const huge = familyOf('well-formed items, then length 1e9');
    expect(['one item, then length 1e9', 'array of 2**32 - 1 holes'].map(familyOf)).toEqual([huge, huge]);
    expect(familyOf('well-formed items, then length 2**32 - 1')).toBe(huge);
    expect(familyOf('NaN')).toBe('NaN');
    const spare = new Set([
      huge,
      ...LOOK_ALIKE_KINDS.filter((kind) => kind.kind.startsWith('getter')).map((kind) => kind.kind),
    ]);
    const labels: CallLabel[] = [];
    const entry = {
      name: 'lists',
      call: () => 'ok',
      params: ['value'],
      bases: [() => [{ list: ['a', 'b'], more: [['c']] }]],
      returns: 'string',
    } as const;
    const send = (message: WorkerMessage) => {
      if (message.type === 'call') labels.push(message.label);
    };
    fuzzEntry(entry, { runs: 600, budgetMs: 60_000 }, 0, isKommunalError, send, spare);
    const kinds = new Set(labels.map((label) => label.kind));
    expect([...kinds].filter((kind) => spare.has(familyOf(kind)))).toEqual([]);
    expect(kinds).toContain('well-formed value in a revoked Proxy');
    fuzzEntry(entry, { runs: 600, budgetMs: 60_000 }, 0, isKommunalError, send);
    expect(labels.some((label) => familyOf(label.kind) === huge)).toBe(true);
  });
});

describe('runCampaign', () => {
  it('ends a worker whose call never returns or fills the heap, names the call, and goes on', async () => {
    const seed = fc.readConfigureGlobal().seed as number;
    const result = await runCampaign({
      entries: ['never returns', 'keeps the contract', 'fills the heap', 'accepts any style'],
      seed,
      runs: 20,
      budgetMs: 5_000,
      hangLimitMs: 2_000,
      heapMb: 256,
      killsPerEntry: 1,
      entriesModule: './fixtures.js',
    });
    const found = (entry: string) =>
      result.findings.filter((finding) => finding.label.entry === entry).map((finding) => finding.violation.category);
    expect(new Set(found('never returns'))).toEqual(new Set(['hang']));
    expect(new Set(found('fills the heap'))).toEqual(new Set(['out of memory']));
    expect(found('keeps the contract')).toEqual([]);
    expect(found('accepts any style')).toContain('invalid option accepted');
    expect(result.calls.get('keeps the contract')).toBe(20);
    expect(result.abandoned).toEqual(['never returns', 'fills the heap']);
  }, 120_000);
});
