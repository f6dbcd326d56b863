// A field with several forms (a whole number or a quantity) gets the message of the form the value
// has the type of, at that form's path; a value of none of the forms' types names them all.
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { QuantitySchema } from '../../src/index.js';
import { errorMap, fromZodIssue } from '../../src/validate/zodIssues.js';

const Schema = z.strictObject({ participants: z.union([z.int().nonnegative(), QuantitySchema]) });

function issuesOf(participants: unknown, locale: 'de' | 'en' = 'de') {
  const result = Schema.safeParse({ participants }, { error: errorMap(locale) });
  return result.success ? [] : result.error.issues.map((issue) => fromZodIssue(issue, ['exchanges', 0]));
}

describe('fields with several forms', () => {
  it('names every form when the value has the type of none', () => {
    expect(issuesOf('viele')).toEqual([
      {
        path: ['exchanges', 0, 'participants'],
        code: 'invalid_union',
        message: '„viele“ hat den falschen Typ: Erwartet wird eine Zahl oder ein Objekt.',
      },
    ]);
    expect(issuesOf(null, 'en')[0]?.message).toBe('null has the wrong type: expected a number or an object.');
  });

  it('reports what is wrong inside the one form the value has the type of', () => {
    expect(issuesOf({ value: 150, qualifier: 'circa' })).toEqual([
      {
        path: ['exchanges', 0, 'participants', 'qualifier'],
        code: 'invalid_value',
        message:
          '„circa“ ist nicht erlaubt: Erwartet wird „about“, „at-least“, „more-than“, „at-most“ oder „fewer-than“.',
      },
    ]);
    expect(issuesOf({ value: -1 })[0]?.path).toEqual(['exchanges', 0, 'participants', 'value']);
    expect(issuesOf(2.5)[0]?.path).toEqual(['exchanges', 0, 'participants']);
  });

  it('accepts either form', () => {
    expect(issuesOf(150)).toEqual([]);
    expect(issuesOf({ value: 150, qualifier: 'more-than' })).toEqual([]);
  });
});
