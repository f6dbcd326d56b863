import type * as z from 'zod';

/**
 * How many list entries kommunal reads in one entity of a dataset, in all its lists together (and
 * in the dataset's own fields, such as `notes`). zod builds an issue object for every entry it
 * refuses, and hands a nested entry's issues on as function arguments, which overflow the stack
 * above about 100,000: a bound per entity keeps both small. Real entities stay far below it.
 */
export const MAX_LIST_ENTRIES = 10_000;

/** Where the entries passed the bound: the path to the list that did it, and that list's length. */
export interface Overrun {
  readonly path: (string | number)[];
  readonly length: number;
}

/** Counts the list entries in a value where the schema has lists, and stops at the first overrun. */
export type ListGuard = (value: unknown) => Overrun | undefined;

type Walk = (value: unknown, budget: { left: number }) => Overrun | undefined;

// The parts of zod's schema definitions the walk reads; every zod 4 release has them.
interface Definition {
  readonly type: string;
  readonly innerType?: z.core.$ZodType;
  readonly shape?: Readonly<Record<string, z.core.$ZodType>>;
  readonly element?: z.core.$ZodType;
  readonly items?: readonly z.core.$ZodType[];
  readonly rest?: z.core.$ZodType | null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function walkObject(fields: readonly (readonly [string, Walk])[]): Walk {
  return (value, budget) => {
    if (!isObject(value)) return undefined;
    for (const [key, walk] of fields) {
      const overrun = walk(value[key], budget);
      if (overrun !== undefined) {
        overrun.path.unshift(key);
        return overrun;
      }
    }
    return undefined;
  };
}

function walkArray(element: Walk | undefined): Walk {
  return (value, budget) => {
    if (!Array.isArray(value)) return undefined;
    const length = value.length;
    budget.left -= length;
    if (budget.left < 0) return { path: [], length };
    if (element === undefined) return undefined;
    for (let index = 0; index < length; index += 1) {
      const overrun = element(value[index], budget);
      if (overrun !== undefined) {
        overrun.path.unshift(index);
        return overrun;
      }
    }
    return undefined;
  };
}

/** The walk a schema needs, or `undefined` where it has no lists. */
function compile(schema: z.core.$ZodType): Walk | undefined {
  const definition = schema._zod.def as Definition;
  switch (definition.type) {
    case 'object': {
      const fields: [string, Walk][] = [];
      for (const [key, field] of Object.entries(definition.shape ?? {})) {
        const walk = compile(field);
        if (walk !== undefined) fields.push([key, walk]);
      }
      return fields.length === 0 ? undefined : walkObject(fields);
    }
    case 'array':
      return walkArray(definition.element === undefined ? undefined : compile(definition.element));
    case 'tuple': {
      // zod reads a tuple's fixed items and refuses a longer list without reading on, unless it has a rest.
      if (definition.rest) return walkArray(compile(definition.rest));
      const items = (definition.items ?? []).map((item) => compile(item));
      if (items.every((walk) => walk === undefined)) return undefined;
      return (value, budget) => {
        if (!Array.isArray(value)) return undefined;
        for (const [index, walk] of items.entries()) {
          const overrun = walk?.(value[index], budget);
          if (overrun !== undefined) {
            overrun.path.unshift(index);
            return overrun;
          }
        }
        return undefined;
      };
    }
    default:
      // `readonly`, `optional` and the other wrappers hold the schema that reads the value; the
      // rest are leaves, or kinds of schema the data model does not use.
      return definition.innerType === undefined ? undefined : compile(definition.innerType);
  }
}

/**
 * A guard that counts the entries of a value's lists, at the places `schema` has lists, and reports
 * where they pass {@link MAX_LIST_ENTRIES}. It reads only list lengths and the entries that hold
 * lists themselves, so it stops after at most that many entries, however long a list claims to be.
 */
export function listGuard(schema: z.core.$ZodType): ListGuard {
  const walk = compile(schema);
  if (walk === undefined) return () => undefined;
  return (value) => walk(value, { left: MAX_LIST_ENTRIES });
}
