// Entries that break the contract on purpose, for the suite's own test (contract.test.ts): each
// check of the contract must find what it is there to find, and the worker pool must survive a
// call that never returns or fills the heap.
import type { FuzzEntry } from './entries.js';
import { DATE_STYLE } from './rules.js';

const one = (value: unknown) => [() => [structuredClone(value)]];

export const ENTRIES: readonly FuzzEntry[] = [
  {
    name: 'keeps the contract',
    call: (value) => (typeof value === 'string' ? value : 'ok'),
    params: ['value'],
    bases: one('a'),
    returns: 'string',
  },
  {
    name: 'never returns',
    call: () => {
      for (;;) {
        // Spins until the worker is ended.
      }
    },
    params: ['value'],
    bases: one('a'),
    returns: 'string',
  },
  {
    name: 'fills the heap',
    call: () => {
      const kept: unknown[] = [];
      for (;;) kept.push(new Array(100_000).fill(kept.length));
    },
    params: ['value'],
    bases: one('a'),
    returns: 'string',
  },
  {
    name: 'accepts any style',
    call: () => 'ok',
    params: ['value', 'options'],
    bases: one('a').map((base) => () => [...base(), { style: 'long' }]),
    options: { 1: { style: DATE_STYLE } },
    returns: 'string',
  },
];
