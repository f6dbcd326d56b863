import type * as z from 'zod';
import { isArray } from '../time/quote.js';

type Payload = z.core.ParsePayload;

function isReference(value: unknown): boolean {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

/** After a failed parse that left the caller's own object as the value, hands on no value instead. */
function dropInput(result: Payload, input: unknown, issuesBefore: number): Payload {
  if (result.issues.length > issuesBefore && result.value === input && isReference(input)) result.value = undefined;
  return result;
}

/**
 * The longest list the schemas read: zod walks every index up to a list's `length`, so a sparse
 * array from JavaScript that claims four billion entries would take minutes and gigabytes. JSON
 * has no holes; 10 million entries is far beyond any dataset kommunal is for.
 */
export const MAX_LIST_LENGTH = 10_000_000;

/**
 * Refuses, before zod walks it, a list longer than {@link MAX_LIST_LENGTH} or with a hole (a
 * missing entry, which only JavaScript can make): one issue for the length or the first hole.
 */
function refuseList(payload: Payload, list: readonly unknown[], schema: z.core.$ZodType): boolean {
  const { length } = list;
  if (length > MAX_LIST_LENGTH) {
    payload.issues.push({
      code: 'too_big',
      origin: 'array',
      maximum: MAX_LIST_LENGTH,
      inclusive: true,
      input: list,
      inst: schema,
      path: [],
    });
    return true;
  }
  for (let index = 0; index < length; index += 1) {
    if (!(index in list)) {
      payload.issues.push({
        code: 'invalid_type',
        expected: 'nonoptional',
        input: undefined,
        inst: schema,
        path: [index],
      });
      return true;
    }
  }
  return false;
}

/**
 * `schema.readonly()`, for the data model: the parsed value is frozen and its type is readonly.
 *
 * zod's `.readonly()` freezes whatever value its inner schema hands back, and an object or array
 * schema that fails on the type (a list where an object belongs, an object where a list belongs)
 * hands back the caller's own input, which would then be frozen although parsing failed. Here the
 * inner schema hands on no value when it fails that way, so only objects and arrays zod built are
 * frozen (zod builds new ones for every object, array and tuple it accepts). The inner schema is
 * changed in place, so the guard also holds in copies zod makes of the readonly schema
 * (`.describe()`, `.refine()`), which share it.
 */
export function readonlyCopy<T extends z.ZodType>(schema: T): z.ZodReadonly<T> {
  const internals = schema._zod;
  const run = internals.run;
  // Without checks, zod's `run` is its `parse`, which zod may later replace with a faster one (its
  // memoizer does, once it knows a schema is not recursive): read it at each call.
  const viaParse = run === internals.parse;
  const isList = internals.def.type === 'array';
  internals.run = (payload, context) => {
    const input = payload.value;
    const before = payload.issues.length;
    if (isList && isArray(input) && refuseList(payload, input, schema)) {
      payload.value = undefined;
      return payload;
    }
    const result = viaParse ? internals.parse(payload, context) : run(payload, context);
    return result instanceof Promise
      ? result.then((settled) => dropInput(settled, input, before))
      : dropInput(result, input, before);
  };
  return schema.readonly();
}
