// The contract every exported function keeps, whatever it is called with (see fuzz.test.ts), and
// the checks that tell whether one call kept it: what it threw, how long it took, whether it changed
// its arguments or a built-in prototype, and whether what it returned is bounded.
import { types } from 'node:util';
import { HostileTrap } from './hostile.js';

/** A call slower than this breaks the contract (the brief: no hang; generous for a busy two-core machine). */
export const CALL_TIME_LIMIT_MS = 3_000;
/** At most this many issues in one error: kommunal lists 1,000 and counts the rest in one more. */
export const MAX_ISSUES = 1_001;
/** One issue's message names the input shortened; longer than this, it copies the input. */
export const MAX_MESSAGE_LENGTH = 1_000;
/** A returned string or array larger than this is bloat for inputs of the sizes the fuzz suite makes. */
export const MAX_RESULT_LENGTH = 10_000_000;

/** How a call broke the contract. */
export type FailureCategory =
  | 'exception' // threw something other than a KommunalValidationError
  | 'input exception' // let an exception of the input's own (a getter, a Proxy trap, toString) escape
  | 'malformed error' // threw a KommunalValidationError whose issues are not as documented
  | 'unbounded error' // threw a KommunalValidationError with too many or too long issues
  | 'threw' // threw, where the function is documented never to throw
  | 'slow' // took longer than CALL_TIME_LIMIT_MS
  | 'hang' // did not return at all: the watchdog ended it
  | 'out of memory' // the worker ran out of its heap during the call
  | 'input changed' // changed an argument, or froze or unfroze an object in it
  | 'prototype pollution' // added, removed or replaced a property of a built-in prototype
  | 'wrong result' // returned a value of the wrong type, or an unbounded one
  | 'invalid option accepted' // returned although an option was certainly invalid (rules.ts)
  | 'suite fault'; // the fuzz suite itself failed to check a call: a bug to fix in test/fuzz

/** One broken promise, as found; `thrown` names the constructor and message of what was thrown. */
export interface Violation {
  readonly category: FailureCategory;
  readonly thrown: string;
  readonly detail: string;
}

/** Names what was thrown: `TypeError: Cannot read properties of null (reading 'x')`. */
export function describeThrown(thrown: unknown): string {
  if (thrown instanceof Error) {
    const name = thrown.constructor?.name ?? thrown.name;
    return `${name}: ${firstLine(String(thrown.message))}`;
  }
  return `${typeof thrown} thrown: ${firstLine(safeString(thrown))}`;
}

function firstLine(text: string): string {
  const line = text.split('\n', 1)[0] ?? '';
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

function safeString(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/**
 * Whether a thrown value is the input's own exception: a HostileTrap (a getter, a Proxy trap,
 * toString), or the TypeError a revoked Proxy throws at every operation on it, `Array.isArray` too.
 */
export function isInputException(thrown: unknown): boolean {
  if (thrown instanceof HostileTrap) return true;
  return thrown instanceof TypeError && / on a proxy that has been revoked$/.test(thrown.message);
}

/** What a thrown value breaks, if anything; `isKommunalError` is the library's class, from the same module graph. */
export function checkThrown(
  thrown: unknown,
  isKommunalError: (value: unknown) => boolean,
  neverThrows: boolean,
): Violation | undefined {
  const text = describeThrown(thrown);
  if (isInputException(thrown)) return { category: 'input exception', thrown: text, detail: '' };
  if (!isKommunalError(thrown)) return { category: 'exception', thrown: text, detail: '' };
  if (neverThrows) return { category: 'threw', thrown: 'KommunalValidationError', detail: text };
  const problem = issueProblem((thrown as { issues?: unknown }).issues);
  if (problem !== undefined) {
    const category = problem.startsWith('bounded:') ? 'unbounded error' : 'malformed error';
    return { category, thrown: 'KommunalValidationError', detail: problem.replace(/^bounded: /, '') };
  }
  return undefined;
}

/** Why `issues` is not a non-empty, bounded array of `{ path: array, code: string, message: non-empty string }`. */
export function issueProblem(issues: unknown): string | undefined {
  if (!Array.isArray(issues)) return 'issues is not an array';
  if (issues.length === 0) return 'issues is empty';
  if (issues.length > MAX_ISSUES) return `bounded: ${issues.length} issues, more than ${MAX_ISSUES}`;
  for (const [index, issue] of issues.entries()) {
    if (typeof issue !== 'object' || issue === null) return `issue ${index} is not an object`;
    const { path, code, message } = issue as Record<string, unknown>;
    if (!Array.isArray(path)) return `issue ${index}: path is not an array`;
    if (!path.every((key) => typeof key === 'string' || typeof key === 'number')) {
      return `issue ${index}: path holds something other than strings and numbers`;
    }
    if (typeof code !== 'string' || code === '') return `issue ${index}: code is not a non-empty string`;
    if (typeof message !== 'string' || message.trim() === '') return `issue ${index}: message is empty`;
    if (message.length > MAX_MESSAGE_LENGTH) {
      return `bounded: issue ${index} (${code}): message of ${message.length} characters`;
    }
    if (message.includes('[object Object]')) return `issue ${index} (${code}): message says [object Object]`;
  }
  return undefined;
}

/** What a function returns, as the fuzz suite checks it. */
export type ResultShape = 'string' | 'boolean' | 'number' | 'array' | 'object' | 'object or undefined';

/** Why a result does not have the documented shape or is unbounded, if it is not right. */
export function resultProblem(result: unknown, shape: ResultShape): string | undefined {
  // Reading a Proxy runs its traps; kommunal builds no Proxies, so one is the caller's own value returned.
  if (types.isProxy(result)) return `returned a Proxy, expected ${shape}`;
  const type = result === null ? 'null' : Array.isArray(result) ? 'array' : typeof result;
  const expected = shape === 'object or undefined' ? ['object', 'undefined'] : [shape];
  if (!expected.includes(type)) return `returned ${type}, expected ${shape}`;
  if (type === 'number' && !Number.isFinite(result)) return `returned ${String(result)}`;
  if ((type === 'string' || type === 'array') && (result as { length: number }).length > MAX_RESULT_LENGTH) {
    return `returned ${type} of length ${(result as { length: number }).length}`;
  }
  // A safeParse result carries its error instead of throwing it: the same rules hold for it.
  const failed = result as { success?: unknown; error?: { issues?: unknown } } | undefined;
  if (type === 'object' && failed?.success === false && failed.error !== undefined && 'issues' in failed.error) {
    const problem = issueProblem(failed.error.issues);
    if (problem !== undefined) return `returned an error whose ${problem.replace(/^bounded: /, '')}`;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Inputs unchanged: a snapshot of every object reachable from the arguments, read without calling
// getters or Proxy traps, compared after the call.

interface ObjectState {
  readonly frozen: boolean;
  readonly sealed: boolean;
  readonly extensible: boolean;
  readonly prototype: object | null;
  readonly keys: readonly PropertyKey[];
  readonly slots: readonly unknown[]; // per key: value, or getter and setter, and the attributes
  readonly internal: unknown; // a Date's time, a Map's or Set's entries, a typed array's bytes
}

const isObject = (value: unknown): value is object =>
  (typeof value === 'object' && value !== null) || typeof value === 'function';

function internalOf(value: object): unknown {
  if (types.isDate(value)) return Date.prototype.getTime.call(value);
  if (types.isMap(value)) return [...Map.prototype.entries.call(value)].flat();
  if (types.isSet(value)) return [...Set.prototype.values.call(value)];
  if (ArrayBuffer.isView(value)) return [...new Uint8Array(value.buffer, value.byteOffset, value.byteLength)];
  return undefined;
}

function stateOf(value: object, visit: (child: unknown, key: PropertyKey) => void): ObjectState {
  const keys = Reflect.ownKeys(value);
  const slots: unknown[] = [];
  for (const key of keys) {
    const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
    if (descriptor === undefined) {
      slots.push(undefined, undefined, undefined, undefined);
      continue;
    }
    const flags = `${descriptor.enumerable ? 'e' : ''}${descriptor.configurable ? 'c' : ''}${descriptor.writable ? 'w' : ''}`;
    if ('value' in descriptor) {
      slots.push(descriptor.value, undefined, undefined, flags);
      visit(descriptor.value, key);
    } else {
      slots.push(undefined, descriptor.get, descriptor.set, flags);
    }
  }
  const internal = internalOf(value);
  if (types.isMap(value) || types.isSet(value)) for (const child of internal as unknown[]) visit(child, '<entry>');
  return {
    frozen: Object.isFrozen(value),
    sealed: Object.isSealed(value),
    extensible: Object.isExtensible(value),
    prototype: Object.getPrototypeOf(value),
    keys,
    slots,
    internal,
  };
}

/** Every object reachable from the arguments, with its state, and where it was first reached. */
export interface Snapshot {
  readonly states: Map<object, ObjectState>;
  /** Per object: the object or argument index it was reached from, and the key. */
  readonly parents: Map<object, readonly [object | number, PropertyKey]>;
}

/** The state of every object reachable from `roots`. Iterative: inputs nest 10,000 deep. Proxies are not entered. */
export function snapshot(roots: readonly unknown[]): Snapshot {
  const states = new Map<object, ObjectState>();
  const parents = new Map<object, readonly [object | number, PropertyKey]>();
  const pending: object[] = [];
  roots.forEach((root, index) => {
    if (isObject(root) && !parents.has(root)) {
      parents.set(root, [index, '']);
      pending.push(root);
    }
  });
  while (pending.length > 0) {
    const value = pending.pop() as object;
    if (states.has(value) || types.isProxy(value)) continue;
    states.set(
      value,
      stateOf(value, (child, key) => {
        if (isObject(child) && !parents.has(child)) {
          parents.set(child, [value, key]);
          pending.push(child);
        }
      }),
    );
  }
  return { states, parents };
}

/** Where an object of a snapshot sits in the arguments: `options.workingHours`, `items[3]`. */
export function pathOf(taken: Snapshot, value: object, names: readonly string[]): string {
  const keys: string[] = [];
  let current: object | number = value;
  while (typeof current !== 'number') {
    const link = taken.parents.get(current);
    if (link === undefined) break;
    const [parent, key] = link;
    if (typeof parent === 'number') {
      keys.push(names[parent] ?? `arg${parent}`);
      break;
    }
    keys.push(typeof key === 'string' && /^\d+$/.test(key) ? `[${key}]` : `.${String(key)}`);
    current = parent;
  }
  const path = keys.reverse().join('');
  return path.length > 200 ? `…${path.slice(-200)}` : path;
}

const same = (a: unknown, b: unknown) => Object.is(a, b);

function sameList(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((item, index) => same(item, b[index]));
}

/** What changed in the objects of a snapshot since it was taken, or undefined. */
export function changeSince(before: Snapshot, names: readonly string[]): string | undefined {
  for (const [value, old] of before.states) {
    const change = changeOf(
      old,
      stateOf(value, () => {}),
    );
    if (change !== undefined) return `${pathOf(before, value, names)}: ${change}`;
  }
  return undefined;
}

function changeOf(old: ObjectState, now: ObjectState): string | undefined {
  if (now.frozen !== old.frozen || now.sealed !== old.sealed || now.extensible !== old.extensible) {
    return `Object.isFrozen ${old.frozen} → ${now.frozen}, isExtensible ${old.extensible} → ${now.extensible}`;
  }
  if (now.prototype !== old.prototype) return 'prototype replaced';
  if (!sameList(now.keys, old.keys)) {
    const added = now.keys.filter((key) => !old.keys.includes(key)).map(String);
    const removed = old.keys.filter((key) => !now.keys.includes(key)).map(String);
    const order = added.length === 0 && removed.length === 0 ? ' (reordered)' : '';
    return `keys added [${added.slice(0, 5).join(', ')}] removed [${removed.slice(0, 5).join(', ')}]${order}`;
  }
  if (!sameList(now.slots, old.slots)) {
    const index = now.slots.findIndex((slot, position) => !same(slot, old.slots[position]));
    return `property ${String(now.keys[Math.floor(index / 4)])} changed`;
  }
  const internalChanged = Array.isArray(old.internal)
    ? !sameList(old.internal, now.internal as unknown[])
    : !same(old.internal, now.internal);
  if (internalChanged) {
    return `contents changed (${String(old.internal).slice(0, 40)} → ${String(now.internal).slice(0, 40)})`;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// No prototype pollution: the built-in prototypes keep their own properties, and `{}` has no
// `polluted`.

const GUARDED: readonly (readonly [string, object])[] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
  ['Date.prototype', Date.prototype],
];

type PrototypeState = Map<PropertyKey, PropertyDescriptor>;

/** The own properties of the guarded prototypes, to compare with after each call and restore from. */
export function prototypeState(): PrototypeState[] {
  return GUARDED.map(([, prototype]) => {
    const state: PrototypeState = new Map();
    for (const key of Reflect.ownKeys(prototype)) {
      state.set(key, Reflect.getOwnPropertyDescriptor(prototype, key) as PropertyDescriptor);
    }
    return state;
  });
}

function sameDescriptor(a: PropertyDescriptor, b: PropertyDescriptor): boolean {
  return (
    same(a.value, b.value) &&
    same(a.get, b.get) &&
    same(a.set, b.set) &&
    a.writable === b.writable &&
    a.enumerable === b.enumerable &&
    a.configurable === b.configurable
  );
}

/**
 * What a call did to the built-in prototypes, or undefined; the prototypes are put back as they
 * were, so that one polluting call does not spoil the calls after it.
 */
export function pollutionSince(before: readonly PrototypeState[]): string | undefined {
  const found: string[] = [];
  GUARDED.forEach(([name, prototype], index) => {
    const old = before[index] as PrototypeState;
    const keys = Reflect.ownKeys(prototype);
    for (const key of keys) {
      const descriptor = Reflect.getOwnPropertyDescriptor(prototype, key) as PropertyDescriptor;
      const previous = old.get(key);
      if (previous === undefined) {
        found.push(`${name}.${String(key)} added`);
        Reflect.deleteProperty(prototype, key);
      } else if (!sameDescriptor(previous, descriptor)) {
        found.push(`${name}.${String(key)} replaced`);
        Reflect.defineProperty(prototype, key, previous);
      }
    }
    for (const [key, previous] of old) {
      if (!keys.includes(key as string | symbol)) {
        found.push(`${name}.${String(key)} removed`);
        Reflect.defineProperty(prototype, key, previous);
      }
    }
  });
  const polluted = ({} as { polluted?: unknown }).polluted;
  if (polluted !== undefined) found.push(`({}).polluted is ${safeString(polluted)}`);
  return found.length > 0 ? found.join('; ') : undefined;
}
