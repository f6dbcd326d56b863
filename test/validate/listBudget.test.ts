// The guard that bounds the list entries zod reads per entity: it follows any schema's lists.

import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { listGuard, MAX_LIST_ENTRIES } from '../../src/validate/listBudget.js';

describe('listGuard', () => {
  it('counts the entries of every list a schema reads, nested ones too, and says where the bound passed', () => {
    const guard = listGuard(
      z.object({
        tags: z.array(z.string()).optional(),
        items: z.array(z.object({ ids: z.array(z.string()).nullable() })).readonly(),
        name: z.string(),
      }),
    );
    expect(guard({ tags: Array(MAX_LIST_ENTRIES - 2), items: [{ ids: ['a'] }] })).toBeUndefined();
    expect(guard({ tags: Array(MAX_LIST_ENTRIES - 2), items: [{ ids: ['a', 'b'] }] })).toEqual({
      path: ['items', 0, 'ids'],
      length: 2,
    });
    expect(guard({ tags: Array(4_000_000_000) })).toEqual({ path: ['tags'], length: 4_000_000_000 });
    expect(guard({ tags: 'no list', items: 'no list either' })).toBeUndefined();
    expect(guard(null)).toBeUndefined();
  });

  it('reads a tuple’s fixed items, and its rest like a list', () => {
    const fixed = listGuard(z.tuple([z.string(), z.array(z.number())]));
    expect(fixed(['a', Array(MAX_LIST_ENTRIES + 1)])).toEqual({ path: [1], length: MAX_LIST_ENTRIES + 1 });
    expect(fixed(['a', [1, 2]])).toBeUndefined();
    expect(fixed('no tuple')).toBeUndefined();
    const rest = listGuard(z.tuple([z.string()], z.number()));
    expect(rest(Array(MAX_LIST_ENTRIES + 1))).toEqual({ path: [], length: MAX_LIST_ENTRIES + 1 });
  });

  it('has nothing to do for schemas without lists', () => {
    expect(listGuard(z.tuple([z.string(), z.number()]))(Array(MAX_LIST_ENTRIES + 1))).toBeUndefined();
    expect(listGuard(z.object({ name: z.string() }))({ name: 'x' })).toBeUndefined();
    expect(listGuard(z.string())('x')).toBeUndefined();
  });
});
