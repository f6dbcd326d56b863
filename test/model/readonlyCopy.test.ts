// The data model's `.readonly()`: frozen output, untouched input, also where zod parses asynchronously.

import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { readonlyCopy } from '../../src/model/readonlyCopy.js';

describe('readonlyCopy', () => {
  it('freezes what zod built and leaves a refused input as it was, also in asynchronous parses', async () => {
    const schema = readonlyCopy(z.object({ name: z.string().refine(async (name) => name !== 'x') }));
    const parsed = await schema.parseAsync({ name: 'a' });
    expect(Object.isFrozen(parsed)).toBe(true);
    const list: unknown[] = [];
    expect((await schema.safeParseAsync(list)).success).toBe(false);
    expect(Object.isFrozen(list)).toBe(false);
  });

  it('keeps schemas with checks of their own working', () => {
    const schema = readonlyCopy(z.array(z.string()).min(1));
    expect(Object.isFrozen(schema.parse(['a']))).toBe(true);
    const input = {};
    expect(schema.safeParse(input).success).toBe(false);
    expect(Object.isFrozen(input)).toBe(false);
  });
});
