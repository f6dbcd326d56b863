// Calls for the fuzz suite: a well-formed argument list of an entry with one hostile change, made
// at the top (an argument), in an options object (a field the function reads), or deep inside (any
// field at any depth of any argument). Deep changes reach the code that top-level garbage never
// reaches, because a function refuses it first.
import { types } from 'node:util';
import fc from 'fast-check';
import {
  HOSTILE_KEYS,
  HOSTILE_KINDS,
  type HostileKind,
  HostileTrap,
  hostileKind,
  LOOK_ALIKE_KINDS,
  type LookAlikeKind,
} from './hostile.js';
import { OPTIONS_ARGUMENT, type Refuses } from './rules.js';

/** One call to make: its arguments, what is hostile in it and where. */
export interface FuzzCall {
  readonly args: unknown[];
  /** How the well-formed arguments were changed. */
  readonly change: ChangeKind;
  /** Where: `options.workingHours.start`, `items[2].personIds[0]`, or the argument's name. */
  readonly where: string;
  /** The hostile kind's name, or `none` for a call with well-formed arguments. */
  readonly kind: string;
  /** Whether the changed argument was deep-frozen before the call. */
  readonly frozen: boolean;
  /** The hostile value written out, for kinds whose name does not say it (random ones). */
  readonly sample?: string;
  /** Set when the change makes a documented option certainly invalid: the call must be refused. */
  readonly mustRefuse?: boolean;
  /**
   * Set when the change keeps the arguments' meaning (a Date from another realm in place of a
   * Date): well-formed arguments as they were before it, with which the call must end the same way.
   */
  readonly reference?: () => unknown[];
}

/** The ways a well-formed argument list is changed. */
export type ChangeKind =
  | 'none'
  | 'argument'
  | 'option'
  | 'field'
  | 'throwing getter'
  | 'look-alike'
  | 'deleted field'
  | 'added key'
  | 'fewer arguments'
  | 'extra argument';

/** What the fuzz suite needs to know of an entry to make its calls. */
export interface CallShape {
  readonly params: readonly string[];
  /** Well-formed argument lists; each call takes a fresh one. */
  readonly bases: readonly (() => unknown[])[];
  /**
   * Per options argument (by index), the fields the function documents, each with what it
   * certainly refuses; the suite sets them even where a base leaves them out.
   */
  readonly options?: Readonly<Record<number, Readonly<Record<string, Refuses>>>>;
}

const isObject = (value: unknown): value is object =>
  (typeof value === 'object' && value !== null) || typeof value === 'function';

function isPlainContainer(value: unknown): value is Record<PropertyKey, unknown> {
  if (!isObject(value) || types.isProxy(value) || typeof value === 'function') return false;
  if (Array.isArray(value)) return true;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Every `[container, key]` slot of plain objects and arrays inside a value, at most `limit` of them. */
function slotsOf(root: unknown, limit = 20_000): [Record<PropertyKey, unknown>, string][] {
  const slots: [Record<PropertyKey, unknown>, string][] = [];
  const seen = new Set<object>();
  const pending: unknown[] = [root];
  while (pending.length > 0 && slots.length < limit) {
    const value = pending.pop();
    if (!isPlainContainer(value) || seen.has(value)) continue;
    seen.add(value);
    for (const key of Object.keys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor === undefined || !('value' in descriptor)) continue;
      slots.push([value, key]);
      pending.push(descriptor.value);
    }
  }
  return slots;
}

/** The path from `root` to a container, as `.key` and `[index]` steps; found by a walk, since slots keep no parents. */
function pathTo(root: unknown, target: object): string | undefined {
  const parents = new Map<object, [object, string]>();
  const pending: unknown[] = [root];
  const seen = new Set<object>();
  while (pending.length > 0) {
    const value = pending.pop();
    if (!isPlainContainer(value) || seen.has(value)) continue;
    seen.add(value);
    if (value === target) break;
    for (const key of Object.keys(value)) {
      const child = Object.getOwnPropertyDescriptor(value, key)?.value;
      if (isObject(child) && !parents.has(child)) parents.set(child, [value, key]);
      pending.push(child);
    }
  }
  if (target !== root && !parents.has(target)) return undefined;
  const steps: string[] = [];
  for (let current: object = target; current !== root; ) {
    const [parent, key] = parents.get(current) as [object, string];
    steps.push(step(parent, key));
    current = parent;
  }
  return steps.reverse().join('');
}

/**
 * A place for a look-alike: an argument itself (`container` is the argument list, `path` is empty)
 * or a field inside one, with its path from the argument (`.items[2].personIds`).
 */
interface Place {
  readonly container: Record<PropertyKey, unknown>;
  readonly key: string;
  readonly path: string;
}

/** The argument itself and every data field inside it, with paths; like slotsOf, at most `limit`. */
function placesIn(args: unknown[], arg: number, limit = 20_000): Place[] {
  const places: Place[] = [{ container: args as unknown as Record<PropertyKey, unknown>, key: String(arg), path: '' }];
  const seen = new Set<object>();
  const pending: [unknown, string][] = [[args[arg], '']];
  while (pending.length > 0 && places.length < limit) {
    const [value, path] = pending.pop() as [unknown, string];
    if (!isPlainContainer(value) || seen.has(value)) continue;
    seen.add(value);
    for (const key of Object.keys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor === undefined || !('value' in descriptor)) continue;
      const at = `${path}${step(value, key)}`;
      places.push({ container: value, key, path: at });
      pending.push([descriptor.value, at]);
    }
  }
  return places;
}

const fitsAt = (kind: LookAlikeKind, place: Place) =>
  (place.path !== '' || kind.asArgument) && kind.fits(place.container[place.key]);

/** The path of a place with indexes aside: `items[#].personIds`. */
const shapeOf = (place: Place) => place.path.replace(/\[\d+\]/g, '[#]');

/**
 * Where each look-alike kind can go in an argument list, as putLookAlike chooses: per kind, the
 * paths (indexes aside, led by the argument's name) of the places it fits.
 */
export function lookAlikeTargets(args: unknown[], names: readonly string[]): Map<string, Set<string>> {
  const targets = new Map<string, Set<string>>();
  args.forEach((_, arg) => {
    for (const place of placesIn(args, arg)) {
      for (const kind of LOOK_ALIKE_KINDS) {
        if (!fitsAt(kind, place)) continue;
        const paths = targets.get(kind.kind) ?? new Set();
        targets.set(kind.kind, paths.add(`${names[arg] ?? `arg${arg}`}${shapeOf(place)}`));
      }
    }
  });
  return targets;
}

/**
 * Puts a look-alike in place of a well-formed value, all chosen by `choice.spot`: a kind that fits
 * somewhere in the arguments, an argument where it fits, a field of it where it fits. Fields are
 * chosen by their path with indexes aside, then by index, so that `items[#].personIds` is as likely
 * as the one `options.now`, however many items there are. The argument is copied first; undefined
 * when no kind fits anywhere.
 */
function putLookAlike(
  args: unknown[],
  choice: Choice,
): (Place & { readonly arg: number; readonly kind: LookAlikeKind; readonly value: unknown }) | undefined {
  const placesOfArgs = args.map((_, arg) => placesIn(args, arg));
  const fitting = LOOK_ALIKE_KINDS.map((kind) => ({
    kind,
    args: placesOfArgs.flatMap((places, arg) => (places.some((place) => fitsAt(kind, place)) ? [arg] : [])),
  })).filter((candidate) => candidate.args.length > 0);
  if (fitting.length === 0) return undefined;
  let spot = choice.spot;
  const next = (count: number) => {
    const index = spot % count;
    spot = Math.floor(spot / count);
    return index;
  };
  const { kind, args: where } = fitting[next(fitting.length)] as (typeof fitting)[number];
  const arg = where[next(where.length)] as number;
  // The copy has the same places in the same order: structuredClone keeps key order and Dates.
  args[arg] = copy(args[arg]);
  const byShape = new Map<string, Place[]>();
  for (const place of placesIn(args, arg)) {
    if (!fitsAt(kind, place)) continue;
    const shape = shapeOf(place);
    byShape.set(shape, [...(byShape.get(shape) ?? []), place]);
  }
  const shapes = [...byShape.values()];
  const same = shapes[next(shapes.length)] as Place[];
  const place = same[next(same.length)] as Place;
  const original = place.container[place.key];
  const descriptor = kind.make(original);
  if (place.path === '') args[arg] = descriptor.value;
  else {
    const writable = 'value' in descriptor ? { writable: true } : {};
    Object.defineProperty(place.container, place.key, {
      ...descriptor,
      ...writable,
      enumerable: true,
      configurable: true,
    });
  }
  // The value the rules of an option judge: a getter's first read gives the well-formed value.
  const value = 'value' in descriptor ? descriptor.value : original;
  return { ...place, arg, kind, value };
}

/** A short, exact rendering of a generated value: JSON where it has one, with -0 kept. */
function render(value: unknown): string {
  if (Object.is(value, -0)) return '-0';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

const step = (container: object, key: string) => (Array.isArray(container) ? `[${key}]` : `.${key}`);

/** Freezes a value and everything inside it, without calling getters or traps and without recursion. */
export function deepFreeze(root: unknown): void {
  const pending: unknown[] = [root];
  const seen = new Set<object>();
  while (pending.length > 0) {
    const value = pending.pop();
    if (!isObject(value) || seen.has(value) || types.isProxy(value) || ArrayBuffer.isView(value)) continue;
    seen.add(value);
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
      if (descriptor !== undefined && 'value' in descriptor) pending.push(descriptor.value);
    }
    Object.freeze(value);
  }
}

/** A copy of well-formed data that a call may change: Dates stay Dates, frozen objects become mutable. */
function copy<T>(value: T): T {
  return isObject(value) ? structuredClone(value) : value;
}

interface Choice {
  readonly base: number;
  readonly change: ChangeKind;
  readonly arg: number;
  readonly pick: number;
  readonly hostile: HostileKind;
  readonly key: number;
  readonly freeze: boolean;
  /** Where a look-alike goes; unbiased, unlike `pick`, so that every field is as likely. */
  readonly spot: number;
}

const CHANGES: readonly { weight: number; change: ChangeKind }[] = [
  { weight: 1, change: 'none' },
  { weight: 4, change: 'argument' },
  { weight: 4, change: 'option' },
  { weight: 8, change: 'field' },
  { weight: 1, change: 'throwing getter' },
  { weight: 6, change: 'look-alike' },
  { weight: 1, change: 'deleted field' },
  { weight: 2, change: 'added key' },
  { weight: 1, change: 'fewer arguments' },
  { weight: 1, change: 'extra argument' },
];

function choices(shape: CallShape): fc.Arbitrary<Choice> {
  return fc.record({
    base: fc.nat({ max: shape.bases.length - 1 }),
    change: fc.oneof(...CHANGES.map(({ weight, change }) => ({ weight, arbitrary: fc.constant(change) }))),
    arg: fc.nat({ max: Math.max(0, shape.params.length - 1) }),
    pick: fc.nat(),
    hostile: hostileKind(),
    key: fc.nat(),
    freeze: fc.boolean(),
    spot: fc.noBias(fc.nat()),
  });
}

const KIND_INDEX = new Map(HOSTILE_KINDS.map((kind, index) => [kind, index]));

/** A number from a name, so that each entry walks the catalogue from its own place. */
function rotationOf(name: string): number {
  let hash = 0;
  for (const character of name) hash = (Math.imul(hash, 31) + (character.codePointAt(0) ?? 0)) >>> 0;
  return hash;
}

/**
 * Calls of an entry: a well-formed argument list with one hostile change, made when the call is
 * generated. Every entry draws from the run's one seed, so the n-th runs of all entries make the
 * same choices; `name` turns the catalogue of hostile kinds by a different amount per entry, so that
 * the entries together try every kind.
 */
export function fuzzCalls(shape: CallShape, name = ''): fc.Arbitrary<() => FuzzCall> {
  const rotation = rotationOf(name);
  // The arbitrary yields a maker, so that the hostile value is built right before its call, fresh.
  return choices(shape).map((choice) => {
    const index = KIND_INDEX.get(choice.hostile);
    const hostile =
      index === undefined ? choice.hostile : (HOSTILE_KINDS[(index + rotation) % HOSTILE_KINDS.length] as HostileKind);
    const turn = (value: number) => (value + rotation) % 0x7fff_ffff;
    return () => makeCall(shape, { ...choice, hostile, pick: turn(choice.pick), spot: turn(choice.spot) });
  });
}

function makeCall(shape: CallShape, choice: Choice): FuzzCall {
  const base = shape.bases[choice.base] as () => unknown[];
  const args = base();
  const name = (index: number) => shape.params[index] ?? `arg${index}`;
  let sample: string | undefined;
  const hostile = () => {
    const value = choice.hostile.make();
    if (choice.hostile.kind.startsWith('random')) sample = render(value);
    return value;
  };
  let mustRefuse = false;
  const done = (change: ChangeKind, where: string, frozenArg?: number): FuzzCall => {
    const frozen = frozenArg !== undefined && choice.freeze && isObject(args[frozenArg]);
    if (frozen) deepFreeze(args[frozenArg]);
    const kind = change === 'none' ? 'none' : choice.hostile.kind;
    return {
      args,
      change,
      where,
      kind,
      frozen,
      ...(sample === undefined ? {} : { sample }),
      ...(mustRefuse ? { mustRefuse } : {}),
    };
  };
  const rulesOf = (index: number) => shape.options?.[index];
  const arg = Math.min(choice.arg, args.length - 1);
  switch (choice.change) {
    case 'none':
      return done('none', '');
    case 'argument': {
      const value = hostile();
      args[choice.arg] = value;
      mustRefuse = rulesOf(choice.arg) !== undefined && OPTIONS_ARGUMENT(value);
      return done('argument', name(choice.arg));
    }
    case 'fewer arguments': {
      const kept = choice.pick % Math.max(1, args.length);
      args.length = kept;
      return {
        args,
        change: 'fewer arguments',
        where: `only ${kept} of ${shape.params.length}`,
        kind: 'none',
        frozen: false,
      };
    }
    case 'extra argument': {
      args.push(hostile());
      return done('extra argument', `argument ${args.length - 1}`);
    }
    case 'option': {
      const fields = Object.entries(shape.options ?? {});
      if (fields.length === 0) return makeCall(shape, { ...choice, change: 'field' });
      const [index, rules] = fields[choice.arg % fields.length] as [string, Readonly<Record<string, Refuses>>];
      const at = Number(index);
      const names = Object.keys(rules);
      const field = names[choice.key % names.length] as string;
      const options = isPlainContainer(args[at]) ? copy(args[at]) : {};
      args[at] = options;
      const value = hostile();
      (options as Record<string, unknown>)[field] = value;
      mustRefuse = (rules[field] as Refuses)(value);
      return done('option', `${name(at)}.${field}`, at);
    }
    case 'look-alike': {
      const made = putLookAlike(args, choice);
      if (made === undefined) return makeCall(shape, { ...choice, change: 'field' });
      // An options field itself: the rules apply to what its first read gives.
      const rule = made.container === args[made.arg] ? rulesOf(made.arg)?.[made.key] : undefined;
      const argument = made.path === '' ? rulesOf(made.arg) !== undefined && OPTIONS_ARGUMENT(made.value) : false;
      mustRefuse = argument || (rule?.(made.value) ?? false);
      const call = { ...done('look-alike', `${name(made.arg)}${made.path}`, made.arg), kind: made.kind.kind };
      return made.kind.sameOutcome === true ? { ...call, reference: base } : call;
    }
    case 'field':
    case 'throwing getter':
    case 'deleted field':
    case 'added key': {
      if (arg < 0) return done('none', '');
      args[arg] = copy(args[arg]);
      const slots = slotsOf(args[arg]);
      if (choice.change === 'added key') {
        const containers = [...new Set(slots.map(([container]) => container))];
        const target = containers.length === 0 ? undefined : containers[choice.pick % containers.length];
        const holder = target ?? (isPlainContainer(args[arg]) ? args[arg] : undefined);
        if (holder === undefined) return makeCall(shape, { ...choice, change: 'argument' });
        const key = HOSTILE_KEYS[choice.key % HOSTILE_KEYS.length] as string;
        // defineProperty, so that `__proto__` becomes an own key as JSON.parse makes it.
        Object.defineProperty(holder, key, { value: hostile(), enumerable: true, writable: true, configurable: true });
        return done('added key', `${name(arg)}${pathTo(args[arg], holder) ?? ''}.${key}`, arg);
      }
      if (slots.length === 0) return makeCall(shape, { ...choice, change: 'argument' });
      const [container, key] = slots[choice.pick % slots.length] as [Record<PropertyKey, unknown>, string];
      const where = `${name(arg)}${pathTo(args[arg], container) ?? ''}${step(container, key)}`;
      if (choice.change === 'deleted field') {
        delete container[key];
        return { ...done('deleted field', where, arg), kind: 'none' };
      }
      if (choice.change === 'throwing getter') {
        Object.defineProperty(container, key, {
          get: () => {
            throw new HostileTrap(`hostile getter ${where}`);
          },
          enumerable: true,
          configurable: true,
        });
        return { ...done('throwing getter', where, arg), kind: 'throwing getter' };
      }
      const value = hostile();
      container[key] = value;
      // A field of an options argument itself is an option: the rules apply as above.
      const rule = container === args[arg] ? rulesOf(arg)?.[key] : undefined;
      mustRefuse = rule?.(value) ?? false;
      return done('field', where, arg);
    }
    default:
      return choice.change satisfies never;
  }
}
