// Hostile values for the fuzz suite: everything a plain JavaScript caller or JSON from outside can
// pass where kommunal expects a date, a string, a number, an options object or a dataset. Each kind
// has a name, so that reports say what broke a function, and a maker that builds a fresh value per
// call, so that a function that changes its input cannot spoil later calls.
import { types } from 'node:util';
import { createContext, runInContext } from 'node:vm';
import fc from 'fast-check';

/** What a hostile getter, method or Proxy trap throws: the input's own exception, told apart from the library's. */
export class HostileTrap extends Error {
  override readonly name = 'HostileTrap';
}

/** A named kind of hostile value and a maker of fresh values of that kind. */
export interface HostileKind {
  readonly kind: string;
  readonly make: () => unknown;
  /** Kinds that break a function the same way share a family (see familyOf); by default a kind is its own. */
  readonly family?: string;
}

/** A hostile value as generated: its kind's name and the value itself, made for one call. */
export interface Hostile {
  readonly kind: string;
  readonly value: unknown;
}

const trap = (what: string) => () => {
  throw new HostileTrap(`hostile ${what}`);
};

// Every trap a Proxy can have; each throws.
const THROWING_HANDLER: ProxyHandler<object> = {
  get: trap('get trap'),
  set: trap('set trap'),
  has: trap('has trap'),
  ownKeys: trap('ownKeys trap'),
  getOwnPropertyDescriptor: trap('getOwnPropertyDescriptor trap'),
  defineProperty: trap('defineProperty trap'),
  deleteProperty: trap('deleteProperty trap'),
  getPrototypeOf: trap('getPrototypeOf trap'),
  setPrototypeOf: trap('setPrototypeOf trap'),
  isExtensible: trap('isExtensible trap'),
  preventExtensions: trap('preventExtensions trap'),
  apply: trap('apply trap'),
  construct: trap('construct trap'),
};

/** Field names that kommunal reads somewhere; a hostile getter on each reaches whichever a function reads. */
export const FIELD_NAMES = [
  'id',
  'start',
  'end',
  'title',
  'personIds',
  'venueId',
  'room',
  'municipalityId',
  'exchangeId',
  'measureId',
  'endApproximate',
  'timeZone',
  'locale',
  'style',
  'dateStyle',
  'showTimeZone',
  'timeSeparator',
  'withRole',
  'role',
  'year',
  'on',
  'kinds',
  'depth',
  'dataset',
  'weekends',
  'holidays',
  'travelBufferMinutes',
  'workingHours',
  'days',
  'items',
  'durationMinutes',
  'within',
  'state',
  'limit',
  'stepMinutes',
  'name',
  'uidDomain',
  'now',
  'defaultDurationMinutes',
  'municipalities',
  'exchanges',
  'measures',
  'partnerships',
  'persons',
  'venues',
  'organisations',
  'grants',
  'givenName',
  'familyName',
  'roles',
  'postalCode',
  'locality',
  'length',
  'path',
  'code',
  'message',
  'getTime',
  'toISOString',
  'valueOf',
  'toString',
  'toJSON',
] as const;

function throwingGetters(): object {
  const value: Record<PropertyKey, unknown> = {};
  for (const name of FIELD_NAMES) Object.defineProperty(value, name, { get: trap(`getter ${name}`), enumerable: true });
  Object.defineProperty(value, Symbol.toPrimitive, { get: trap('getter Symbol.toPrimitive') });
  Object.defineProperty(value, Symbol.iterator, { get: trap('getter Symbol.iterator') });
  return value;
}

function nested(depth: number, wrap: (inner: unknown) => unknown): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level += 1) value = wrap(value);
  return value;
}

function sparse(): unknown[] {
  const array: unknown[] = [];
  array[2] = 'x';
  array[9] = 'y';
  return array;
}

function cyclicObject(): object {
  const value: Record<string, unknown> = { id: 'cycle', name: 'Zyklus' };
  value['self'] = value;
  value['items'] = [value];
  return value;
}

function cyclicArray(): unknown[] {
  const value: unknown[] = [];
  value.push(value, { list: value });
  return value;
}

function deepFrozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFrozen(child);
    Object.freeze(value);
  }
  return value;
}

/** A Proxy that was revoked: every operation on it (`Array.isArray` too) throws a TypeError. */
function revoked<T extends object>(target: T): T {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy;
}

/** A Proxy around a real Date: `instanceof Date` runs its getPrototypeOf trap, which throws. */
function dateProxyWithThrowingPrototype(date: Date): Date {
  return new Proxy(date, { getPrototypeOf: trap('getPrototypeOf trap of a Date Proxy') });
}

let otherRealm: object | undefined;

/**
 * A Date made in another realm (an iframe, a `vm` context): a real Date, which `instanceof Date`
 * misses. One context per process; each call makes a new Date in it.
 */
function dateOfAnotherRealm(millis: number): Date {
  otherRealm ??= createContext();
  return runInContext(`new Date(${String(millis)})`, otherRealm) as Date;
}

/** An array of the given items that claims `length` entries: the rest are holes. */
function claiming(items: readonly unknown[], length: number): unknown[] {
  const array: unknown[] = new Array(length);
  items.forEach((item, index) => {
    array[index] = item;
  });
  return array;
}

const APRIL_15 = Date.UTC(2024, 3, 15, 7, 30);

/** The family of arrays that claim far more entries than they hold. */
const HUGE_LENGTH = 'array claiming a huge length';

const KB = 1024;
const MB = 1024 * KB;

/**
 * Every named kind, in groups as the brief lists them. Big values are strings built by `repeat`
 * (flat, built in well under a millisecond) and arrays filled once per call.
 */
export const HOSTILE_KINDS: readonly HostileKind[] = [
  // Nothing, and the wrong primitive.
  { kind: 'undefined', make: () => undefined },
  { kind: 'null', make: () => null },
  { kind: 'true', make: () => true },
  { kind: 'false', make: () => false },
  // Numbers a check for "a number" lets through.
  { kind: 'NaN', make: () => Number.NaN },
  { kind: 'Infinity', make: () => Number.POSITIVE_INFINITY },
  { kind: '-Infinity', make: () => Number.NEGATIVE_INFINITY },
  { kind: '-0', make: () => -0 },
  { kind: '0', make: () => 0 },
  { kind: '-1', make: () => -1 },
  { kind: '1e21', make: () => 1e21 },
  { kind: '2**53', make: () => 2 ** 53 },
  { kind: '-(2**53)', make: () => -(2 ** 53) },
  { kind: 'Number.MAX_VALUE', make: () => Number.MAX_VALUE },
  { kind: 'Number.MIN_VALUE', make: () => Number.MIN_VALUE },
  { kind: 'non-integer 1.5', make: () => 1.5 },
  { kind: 'non-integer 0.1', make: () => 0.1 },
  { kind: 'huge integer 1e9', make: () => 1e9 },
  { kind: 'year 2024 as number', make: () => 2024 },
  { kind: 'BigInt', make: () => 2024n },
  { kind: 'Symbol', make: () => Symbol('hostile') },
  { kind: 'well-known Symbol', make: () => Symbol.iterator },
  // Callables.
  { kind: 'function', make: () => () => 'called' },
  { kind: 'throwing function', make: () => trap('function call') },
  {
    kind: 'class',
    make: () =>
      class Hostile {
        id = 'class';
      },
  },
  // Text that looks empty, breaks lines or is not UTF-16.
  { kind: 'empty string', make: () => '' },
  { kind: 'whitespace', make: () => ' \t\n\u00a0\u2028 ' },
  { kind: 'NUL', make: () => 'a\u0000b' },
  { kind: 'CR', make: () => 'Zeile\rzwei' },
  { kind: 'VT and FF', make: () => 'a\u000bb\u000cc' },
  { kind: 'ESC', make: () => '\u001b[31mrot\u001b[0m' },
  { kind: 'DEL', make: () => 'a\u007fb' },
  { kind: 'CRLF injection', make: () => 'x\r\nEND:VEVENT\r\nBEGIN:VEVENT' },
  { kind: 'lone high surrogate', make: () => 'a\ud800b' },
  { kind: 'lone low surrogate', make: () => '\udc00' },
  { kind: 'emoji and combining marks', make: () => 'Zoë 👩🏽‍💻 e\u0301' },
  { kind: '100 KB string', make: () => 'a'.repeat(100 * KB) },
  { kind: '1 MB string', make: () => 'x'.repeat(MB) },
  { kind: '1 MB digits', make: () => '1'.repeat(MB) },
  { kind: '1 MB whitespace', make: () => ' '.repeat(MB) },
  { kind: '100 KB ISO prefix', make: () => `2024-04-15T09:00${'0'.repeat(100 * KB)}` },
  { kind: '100 KB German date prefix', make: () => `Montag, den ${' '.repeat(100 * KB)}15. April 2024` },
  // Names that are properties of every object.
  { kind: "'__proto__'", make: () => '__proto__' },
  { kind: "'constructor'", make: () => 'constructor' },
  { kind: "'toString'", make: () => 'toString' },
  { kind: "'prototype'", make: () => 'prototype' },
  { kind: "'hasOwnProperty'", make: () => 'hasOwnProperty' },
  { kind: "'valueOf'", make: () => 'valueOf' },
  // Dates and times that look right and are not, or lie at the edge of what is supported.
  { kind: "'2024-12-25junk'", make: () => '2024-12-25junk' },
  { kind: "'2024-02-30'", make: () => '2024-02-30' },
  { kind: "'2023-02-29'", make: () => '2023-02-29' },
  { kind: "'+275760-09-13'", make: () => '+275760-09-13' },
  { kind: "'-000001-01-01'", make: () => '-000001-01-01' },
  { kind: "'0000-01-01'", make: () => '0000-01-01' },
  { kind: "'0001-01-01T00:00+14:00'", make: () => '0001-01-01T00:00+14:00' },
  { kind: "'9999-12-31T23:59Z'", make: () => '9999-12-31T23:59Z' },
  { kind: "'9999-12-31T23:59-14:00'", make: () => '9999-12-31T23:59-14:00' },
  { kind: "'9999-12-31'", make: () => '9999-12-31' },
  { kind: "'2024-04-15T24:00'", make: () => '2024-04-15T24:00' },
  { kind: "'2024-04-15T09:00+99:99'", make: () => '2024-04-15T09:00+99:99' },
  { kind: "'2024-03-31T02:30' (clock skips it in Berlin)", make: () => '2024-03-31T02:30' },
  { kind: "'2024-04-15T09:00:00.123456789Z'", make: () => '2024-04-15T09:00:00.123456789Z' },
  { kind: "'2024-04'", make: () => '2024-04' },
  { kind: "'2024'", make: () => '2024' },
  { kind: "'15.04.2024'", make: () => '15.04.2024' },
  { kind: "'31.04.2024'", make: () => '31.04.2024' },
  { kind: "'24:00'", make: () => '24:00' },
  { kind: "'25:61'", make: () => '25:61' },
  { kind: "'Europe/Berlin'", make: () => 'Europe/Berlin' },
  { kind: "'Not/AZone'", make: () => 'Not/AZone' },
  { kind: "'+01:00' as zone", make: () => '+01:00' },
  { kind: "'DE-XX'", make: () => 'DE-XX' },
  { kind: "'DE-HE'", make: () => 'DE-HE' },
  { kind: "'en'", make: () => 'en' },
  { kind: "'fr'", make: () => 'fr' },
  // Dates the Date constructor makes but kommunal does not support.
  { kind: 'invalid Date', make: () => new Date(Number.NaN) },
  { kind: 'Date(8.64e15)', make: () => new Date(8.64e15) },
  { kind: 'Date(-8.64e15)', make: () => new Date(-8.64e15) },
  // The last Date that leaves a year's room after it: code that adds a year does not overflow.
  { kind: 'Date(8.64e15 - 400 days)', make: () => new Date(8.64e15 - 3456e7) },
  { kind: 'Date in year 10000', make: () => new Date(Date.UTC(10_000, 0, 1)) },
  { kind: 'Date in year -5', make: () => new Date(Date.UTC(-5, 0, 1)) },
  { kind: 'Date in year 0', make: () => new Date(Date.UTC(0, 0, 1)) },
  { kind: 'Date 9999-12-31T23:59:59.999Z', make: () => new Date(253_402_300_799_999) },
  { kind: 'frozen Date', make: () => Object.freeze(new Date(Date.UTC(2024, 3, 15, 7))) },
  // `instanceof Date` without a time value: getTime throws a TypeError.
  { kind: 'fake Date (Object.create(Date.prototype))', make: () => Object.create(Date.prototype) },
  // A Proxy around a real Date is no Date (getTime on it throws a TypeError), and asking
  // `instanceof Date` of this one runs a trap that throws.
  { kind: 'Date Proxy whose getPrototypeOf throws', make: () => dateProxyWithThrowingPrototype(new Date(APRIL_15)) },
  { kind: 'Date Proxy without traps', make: () => new Proxy(new Date(APRIL_15), {}) },
  // A real Date that `instanceof Date` misses; where a look-alike puts one in place of a Date, the
  // call must take it as that Date (LOOK_ALIKE_KINDS).
  { kind: 'Date from another realm', make: () => dateOfAnotherRealm(APRIL_15) },
  // Arrays.
  { kind: 'empty array', make: () => [] },
  { kind: 'sparse array', make: sparse },
  { kind: 'array of holes (new Array(5))', make: () => new Array(5) },
  { kind: 'array of 100k numbers', make: () => Array.from({ length: 100_000 }, (_, index) => index) },
  { kind: 'array of 100k empty strings', make: () => new Array(100_000).fill('') },
  { kind: 'array nested 10k deep', make: () => nested(10_000, (inner) => [inner]) },
  // Arrays that claim far more entries than they hold: a loop to `length` never ends, a copy fills the heap.
  { kind: 'array of 2**32 - 1 holes', make: () => new Array(2 ** 32 - 1), family: HUGE_LENGTH },
  { kind: 'one item, then length 1e9', make: () => claiming(['sabine-herrmann'], 1e9), family: HUGE_LENGTH },
  { kind: 'frozen array', make: () => Object.freeze(['2024-04-15', 'a']) },
  {
    kind: 'array with a hostile getter',
    make: () => Object.defineProperty(['a', 'b'], 0, { get: trap('index getter') }),
  },
  // Objects.
  { kind: 'empty object', make: () => ({}) },
  { kind: 'Object.create(null)', make: () => Object.create(null) },
  { kind: 'frozen object', make: () => Object.freeze({ id: 'frozen', start: '2024-04-15', locale: 'de' }) },
  { kind: 'object with throwing getters', make: throwingGetters },
  {
    kind: 'object with throwing toString/valueOf',
    make: () => ({ toString: trap('toString'), valueOf: trap('valueOf'), toJSON: trap('toJSON') }),
  },
  {
    kind: 'object whose methods are not functions',
    make: () => ({ toString: 'x', valueOf: 1, hasOwnProperty: 2, constructor: 3 }),
  },
  { kind: 'Proxy whose traps throw', make: () => new Proxy({}, THROWING_HANDLER) },
  // A revoked Proxy cannot be read at all: typeof says 'object', every other operation throws.
  { kind: 'revoked Proxy', make: () => revoked({ id: 'revoked' }) },
  { kind: 'revoked array Proxy', make: () => revoked(['sabine-herrmann']) },
  { kind: 'revoked function Proxy', make: () => revoked(() => 0) },
  { kind: 'array Proxy whose traps throw', make: () => new Proxy(['a'], THROWING_HANDLER) },
  { kind: 'function Proxy whose traps throw', make: () => new Proxy(() => 0, THROWING_HANDLER) },
  { kind: 'cyclic object', make: cyclicObject },
  { kind: 'cyclic array', make: cyclicArray },
  { kind: 'object nested 10k deep', make: () => nested(10_000, (inner) => ({ id: 'deep', inner })) },
  { kind: 'JSON with own __proto__', make: () => JSON.parse('{"__proto__": {"polluted": "yes"}, "id": "p"}') },
  {
    kind: 'JSON with constructor.prototype',
    make: () => JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}, "id": "c"}'),
  },
  {
    kind: 'JSON with prototype keys everywhere',
    make: () =>
      JSON.parse(
        '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "prototype": {"polluted": "yes"}, "municipalities": [{"__proto__": {"polluted": "yes"}, "id": "x"}]}',
      ),
  },
  { kind: 'boxed String', make: () => new String('2024-04-15') },
  { kind: 'boxed Number', make: () => new Number(1) },
  { kind: 'Map', make: () => new Map([['id', 'map']]) },
  { kind: 'Set', make: () => new Set(['a']) },
  { kind: 'Uint8Array', make: () => new Uint8Array(8) },
  { kind: 'RegExp', make: () => /2024-04-15/ },
  { kind: 'Error', make: () => new Error('an error as input') },
  { kind: 'Promise', make: () => Promise.resolve('2024-04-15') },
  { kind: 'deep-frozen JSON', make: () => deepFrozen(JSON.parse('{"a": [1, {"b": "c"}], "id": "f"}')) },
];

/** Keys to add to objects: every object has them, or they reach the prototype. */
export const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'then',
] as const;

const named = (kind: string) => (value: unknown) => ({ kind, make: () => value });

/**
 * A hostile kind: mostly one of the catalogue, sometimes a random string, number or JSON value,
 * so that the run also tries what nobody thought of.
 */
export function hostileKind(): fc.Arbitrary<HostileKind> {
  return fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(...HOSTILE_KINDS) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }).map(named('random string')) },
    { weight: 1, arbitrary: fc.double().map(named('random double')) },
    { weight: 1, arbitrary: fc.integer().map(named('random integer')) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.integer({ min: -99_999, max: 99_999 }),
          fc.integer({ min: -5, max: 20 }),
          fc.integer({ min: -5, max: 40 }),
        )
        .map(([year, month, day]) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`)
        .map(named('random ISO-like date')),
    },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map(named('random JSON value')) },
  );
}

/**
 * A hostile value made from the well-formed value whose place it takes, so that it passes a first
 * look: a getter that gives the well-formed value on its first read and something else after (code
 * that checks a field and reads it again uses what it never checked), the same Date from another
 * realm or inside a Proxy, the same items in an array that claims a billion entries.
 */
export interface LookAlikeKind {
  readonly kind: string;
  /** Whether it can take the place of this well-formed value. */
  readonly fits: (original: unknown) => boolean;
  /** Whether it can be an argument itself; a getter needs an object to sit on. */
  readonly asArgument: boolean;
  /** The property that takes the well-formed value's place: a getter, or a value. */
  readonly make: (original: unknown) => PropertyDescriptor;
  readonly family?: string;
  /**
   * Set where the look-alike is what it looks like (a Date from another realm is a Date): the
   * call must end as it does with the well-formed value, not be refused.
   */
  readonly sameOutcome?: boolean;
}

const isPlainObjectOrArray = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && !types.isProxy(value);

/** A getter that gives the well-formed value on its first read and `later()` on every read after. */
function readTwice(kind: string, fits: (original: unknown) => boolean, later: () => unknown): LookAlikeKind {
  return {
    kind,
    fits,
    asArgument: false,
    make: (original) => {
      let reads = 0;
      return {
        get: () => {
          reads += 1;
          return reads === 1 ? original : later();
        },
      };
    },
  };
}

/** Every look-alike kind; inputs.ts puts each where a well-formed value fits it, at any depth. */
export const LOOK_ALIKE_KINDS: readonly LookAlikeKind[] = [
  // The second read gives a wrong type: 'sabine' where a list or a Date was, 42 where text was.
  readTwice(
    "getter: well-formed, then 'sabine'",
    (original) => typeof original !== 'string',
    () => 'sabine',
  ),
  readTwice(
    'getter: well-formed, then 42',
    (original) => typeof original !== 'number',
    () => 42,
  ),
  readTwice(
    'getter: well-formed, then null',
    (original) => original !== null && original !== undefined,
    () => null,
  ),
  readTwice('getter: well-formed, then throws', () => true, trap('getter on its second read')),
  {
    kind: 'well-formed Date from another realm',
    fits: types.isDate,
    asArgument: true,
    make: (original) => ({ value: dateOfAnotherRealm(Date.prototype.getTime.call(original)) }),
    sameOutcome: true,
  },
  {
    kind: 'well-formed Date in a Proxy whose getPrototypeOf throws',
    fits: types.isDate,
    asArgument: true,
    make: (original) => ({ value: dateProxyWithThrowingPrototype(original as Date) }),
  },
  {
    kind: 'well-formed Date in a Proxy without traps',
    fits: types.isDate,
    asArgument: true,
    make: (original) => ({ value: new Proxy(original as Date, {}) }),
  },
  {
    kind: 'well-formed value in a revoked Proxy',
    fits: isPlainObjectOrArray,
    asArgument: true,
    make: (original) => ({ value: revoked(original as object) }),
  },
  {
    kind: 'well-formed items, then length 1e9',
    fits: Array.isArray,
    asArgument: true,
    make: (original) => ({ value: claiming(original as unknown[], 1e9) }),
    family: HUGE_LENGTH,
  },
  {
    kind: 'well-formed items, then length 2**32 - 1',
    fits: Array.isArray,
    asArgument: true,
    make: (original) => ({ value: claiming(original as unknown[], 2 ** 32 - 1) }),
    family: HUGE_LENGTH,
  },
];

const FAMILIES = new Map(
  [...HOSTILE_KINDS, ...LOOK_ALIKE_KINDS].flatMap((kind) =>
    kind.family === undefined ? [] : [[kind.kind, kind.family] as const],
  ),
);

/**
 * The family of a kind by its name: kinds that break a function the same way (a loop to `length`
 * hangs on any array that claims a billion entries). A kind without one is its own family.
 */
export function familyOf(kind: string): string {
  return FAMILIES.get(kind) ?? kind;
}

/** The number of named kinds, for the summary line. */
export const NAMED_KIND_COUNT = HOSTILE_KINDS.length + LOOK_ALIKE_KINDS.length;
