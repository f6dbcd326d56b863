import type * as z from 'zod';

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
  internals.run = (payload, context) => {
    const input = payload.value;
    const before = payload.issues.length;
    const result = viaParse ? internals.parse(payload, context) : run(payload, context);
    return result instanceof Promise
      ? result.then((settled) => dropInput(settled, input, before))
      : dropInput(result, input, before);
  };
  return schema.readonly();
}
