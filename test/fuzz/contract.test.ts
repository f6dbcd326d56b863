// The fuzz suite's own checks find what they are there to find: functions that break the contract
// on purpose are caught, each in its category, and the worker pool survives calls that never
// return or fill the heap.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KommunalValidationError } from '../../src/index.js';
import { checkCall } from './campaign.js';
import { changeSince, type FailureCategory, pollutionSince, prototypeState, snapshot } from './contract.js';
import { HOSTILE_KINDS, HostileTrap } from './hostile.js';
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
    const names = HOSTILE_KINDS.map((kind) => kind.kind);
    expect(new Set(names).size).toBe(names.length);
    for (const kind of HOSTILE_KINDS) {
      const [first, second] = [kind.make(), kind.make()];
      // Not expect(…).not.toBe(…): printing a value nested 10,000 deep overflows the stack.
      const isObject = (typeof first === 'object' && first !== null) || typeof first === 'function';
      expect(isObject && first === second, `${kind.kind} makes the same object twice`).toBe(false);
    }
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
