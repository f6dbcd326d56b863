// The data model's `.readonly()`: frozen output, untouched input, also where zod parses asynchronously.

import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { PersonSchema } from '../../src/index.js';
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

describe('lists that only JavaScript can make', () => {
  it('refuses a list that claims more than 10 million entries before zod walks it', () => {
    const roles: unknown[] = [{ role: 'Leiterin' }];
    roles.length = 2 ** 32 - 1;
    const result = PersonSchema.safeParse({ id: 'p', givenName: 'A', familyName: 'B', roles });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([['too_big', 'roles']]);
  });

  it('refuses a list with a hole at its first hole, once', () => {
    const roles: unknown[] = [];
    roles.length = 1_000_000;
    roles[5] = { role: 'Leiterin' };
    const result = PersonSchema.safeParse({ id: 'p', givenName: 'A', familyName: 'B', roles });
    expect(result.error?.issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([
      ['invalid_type', 'roles.0'],
    ]);
  });
});
