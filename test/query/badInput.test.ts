// Queries on what is not a dataset from parseDataset, and with options outside their values: a
// KommunalValidationError that says what is wrong, never a TypeError.
import { describe, expect, it } from 'vitest';
import {
  type Dataset,
  exchangesOf,
  grantsOf,
  measuresOf,
  parseDataset,
  partnershipNetwork,
  partnersOf,
  reciprocalChain,
} from '../../src/index.js';
import { issuesOf } from '../issues.js';
import { seedsJson } from '../seeds.js';

const dataset = parseDataset(seedsJson());

const QUERIES: readonly [string, (dataset: unknown, options?: unknown) => unknown][] = [
  ['partnersOf', (data, options) => partnersOf(data as Dataset, 'chicago', options as never)],
  [
    'partnershipNetwork',
    (data, options) => partnershipNetwork(data as Dataset, 'hamburg', { depth: 2, ...(options as object) }),
  ],
  ['exchangesOf', (data, options) => exchangesOf(data as Dataset, 'wiesbaden', options as never)],
  ['reciprocalChain', (data, options) => reciprocalChain(data as Dataset, 'wien-2024-02', options as never)],
  ['grantsOf', (data, options) => grantsOf(data as Dataset, 'wetteraukreis', options as never)],
  ['measuresOf', (data, options) => measuresOf(data as Dataset, 'wetzlar', options as never)],
];

function refusal(run: () => unknown): { code: string; message: string } {
  const [issue] = issuesOf(run);
  return { code: issue?.code ?? '', message: issue?.message ?? '' };
}

const entity = { id: 'e' };
const getter = Object.defineProperty({ id: 'g' }, 'municipalityIds', {
  enumerable: true,
  get() {
    throw new Error('Falle');
  },
});

describe.each(QUERIES)('%s on what is not a parsed dataset', (name, query) => {
  it.each([
    [null, 'Es ist null, erwartet wird ein Objekt.'],
    [undefined, undefined],
    ['x', 'Es ist „x“, erwartet wird ein Objekt.'],
    [[], 'Es ist ein Array, erwartet wird ein Objekt.'],
    [{}, '„municipalities“ ist undefined, erwartet wird eine Liste.'],
    [{ municipalities: 'x' }, '„municipalities“ ist „x“, erwartet wird eine Liste.'],
    [{ municipalities: [{}] }, '„municipalities.0.id“ ist undefined, erwartet wird eine Id (ein nicht leerer Text).'],
    [{ municipalities: [null] }, '„municipalities.0“ ist null, erwartet wird ein Objekt.'],
    [{ municipalities: [], exchanges: {} }, '„exchanges“ ist ein Wert vom Typ object, erwartet wird eine Liste.'],
    [
      { municipalities: [], partnerships: [{ ...entity, kind: 'friendship', municipalityIds: ['a'] }] },
      '„partnerships.0.municipalityIds“ ist ein Array, erwartet wird eine Liste von zwei Ids.',
    ],
    [
      { municipalities: [], partnerships: [{ ...entity, kind: 'friendship', municipalityIds: ['a', 1] }] },
      '„partnerships.0.municipalityIds.1“ ist 1, erwartet wird ein Text.',
    ],
    [
      { municipalities: [], partnerships: [{ ...entity, kind: 'friendship', municipalityIds: ['a', 'b'], since: 5 }] },
      '„partnerships.0.since“ ist 5, erwartet wird ein Datum (JJJJ, JJJJ-MM oder JJJJ-MM-TT).',
    ],
    [
      { municipalities: [], exchanges: [{ ...entity, hostId: 'a', guestIds: 'b', startDate: '2024-01-01' }] },
      '„exchanges.0.guestIds“ ist „b“, erwartet wird eine Liste von Ids.',
    ],
    [
      { municipalities: [], exchanges: [{ ...entity, hostId: 'a', guestIds: [], startDate: '1.1.2024' }] },
      '„exchanges.0.startDate“ ist „1.1.2024“, erwartet wird ein Datum (JJJJ-MM-TT).',
    ],
    [
      { municipalities: [], grants: [{ ...entity, recipientId: 7, startDate: '2024-01-01', endDate: '2024-01-01' }] },
      '„grants.0.recipientId“ ist 7, erwartet wird ein Text.',
    ],
    [
      { municipalities: [], measures: [{ ...entity, partnerIds: [null] }] },
      '„measures.0.partnerIds.0“ ist null, erwartet wird ein Text.',
    ],
    [{ municipalities: new Array(4_000_000_000) }, '„municipalities.0“ ist undefined, erwartet wird ein Objekt.'],
  ])('refuses case %#', (input, reason) => {
    if (input === undefined) return; // no dataset: an empty index, tested with the answers below
    const { code, message } = refusal(() => query(input));
    expect(code).toBe('invalid_type');
    expect(message).toBe(`Das Argument von ${name} ist kein Datensatz aus parseDataset: ${reason}`);
  });

  it('refuses a dataset whose getter throws, and one that is a throwing Proxy, saying where', () => {
    const broken = { municipalities: [], partnerships: [getter] };
    expect(refusal(() => query(broken)).message).toBe(
      `Das Argument von ${name} ist kein Datensatz aus parseDataset: „partnerships.0“ lässt sich nicht lesen („Error: Falle“).`,
    );
    const trap = new Proxy(
      {},
      {
        get() {
          throw new Error('Falle');
        },
      },
    );
    expect(refusal(() => query(trap)).message).toContain('lässt sich nicht lesen („Error: Falle“)');
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(refusal(() => query(proxy)).message).toContain('lässt sich nicht lesen');
  });

  it('says it in English on request', () => {
    expect(refusal(() => query(null, { locale: 'en' })).message).toBe(
      `The argument of ${name} is not a dataset from parseDataset: it is null, expected an object.`,
    );
  });

  it.each([[{ locale: 'fr' }], [{ locale: 1 }]])('refuses the options %j', (options) => {
    expect(refusal(() => query(dataset, options)).code).toBe('invalid_option');
  });

  it('accepts a dataset built in code, with the fields it reads in their types', () => {
    const built: Dataset = { municipalities: [{ id: 'a', name: 'A', kind: 'city', country: 'DE' }] };
    expect(query(built)).toEqual([]);
  });
});

describe('query arguments and options', () => {
  it.each([
    [
      'partnersOf',
      () => partnersOf(dataset, 42 as never),
      'partnersOf erwartet als municipalityId eine Id (einen Text), nicht 42.',
    ],
    [
      'exchangesOf',
      () => exchangesOf(dataset, null as never),
      'exchangesOf erwartet als municipalityId eine Id (einen Text), nicht null.',
    ],
    [
      'grantsOf',
      () => grantsOf(dataset, {} as never),
      'grantsOf erwartet als recipientId eine Id (einen Text), nicht ein Wert vom Typ object.',
    ],
    [
      'measuresOf',
      () => measuresOf(dataset, undefined as never),
      'measuresOf erwartet als organisationOrMunicipalityId eine Id (einen Text), nicht undefined.',
    ],
    [
      'reciprocalChain',
      () => reciprocalChain(dataset, ['x'] as never),
      'reciprocalChain erwartet als exchangeId eine Id (einen Text), nicht ein Array.',
    ],
    [
      'partnershipNetwork',
      () => partnershipNetwork(dataset, Symbol('x') as never, { depth: 1 }),
      'partnershipNetwork erwartet als municipalityId eine Id (einen Text), nicht ein Wert vom Typ symbol.',
    ],
  ])('%s refuses an id that is no string', (_, run, message) => {
    expect(refusal(run)).toEqual({ code: 'invalid_type', message });
  });

  it('says it in English on request', () => {
    expect(refusal(() => measuresOf(dataset, 1 as never, { locale: 'en' })).message).toBe(
      'measuresOf expects an id (a string) as organisationOrMunicipalityId, not 1.',
    );
    const throwing = new Proxy(
      { locale: 'en' as const },
      {
        ownKeys() {
          throw new Error('no');
        },
        getOwnPropertyDescriptor(target, key) {
          if (key === 'role') throw new Error('no');
          return Reflect.getOwnPropertyDescriptor(target, key);
        },
      },
    );
    expect(refusal(() => exchangesOf(dataset, 'wiesbaden', throwing))).toEqual({
      code: 'invalid_type',
      message: 'An argument of exchangesOf cannot be read ("Error: no"): expected plain data.',
    });
    const broken = { municipalities: [], partnerships: [getter] };
    expect(refusal(() => partnersOf(broken as never, 'x', { locale: 'en' })).message).toBe(
      'The argument of partnersOf is not a dataset from parseDataset: "partnerships.0" cannot be read ("Error: Falle").',
    );
  });

  it('answers empty for unknown string ids, also __proto__ and constructor', () => {
    for (const id of ['__proto__', 'constructor', '', 'x'.repeat(1_000_000)]) {
      expect(partnersOf(dataset, id)).toEqual([]);
      expect(exchangesOf(dataset, id)).toEqual([]);
      expect(grantsOf(dataset, id)).toEqual([]);
      expect(measuresOf(dataset, id)).toEqual([]);
      expect(reciprocalChain(dataset, id)).toEqual([]);
      expect(partnershipNetwork(dataset, id, { depth: 3 })).toEqual([]);
    }
  });

  it.each([
    [() => partnersOf(dataset, 'chicago', null as never), '„options“', 'ein Objekt'],
    [() => partnersOf(dataset, 'chicago', { on: '2024-02-30' }), '„on“', 'ein Datum der Form JJJJ-MM-TT'],
    [() => partnersOf(dataset, 'chicago', { on: '0000-01-01' }), '„on“', 'ein Datum der Form JJJJ-MM-TT'],
    [() => partnersOf(dataset, 'chicago', { on: 20240101 as never }), '„on“', 'ein Datum der Form JJJJ-MM-TT'],
    [() => partnersOf(dataset, 'chicago', { kinds: 'town-twinning' as never }), '„kinds“', 'eine Liste aus'],
    [
      () => partnersOf(dataset, 'chicago', { kinds: ['town-twinning', 'twinning' as never] }),
      '„kinds“',
      'eine Liste aus',
    ],
    [() => partnersOf(dataset, 'chicago', { kinds: new Array(4_000_000_000) }), '„kinds“', 'eine Liste aus'],
    [() => partnershipNetwork(dataset, 'hamburg', { depth: 0 }), '„depth“', 'eine ganze Zahl ab 1'],
    [() => partnershipNetwork(dataset, 'hamburg', { depth: 1.5 }), '„depth“', 'eine ganze Zahl ab 1'],
    [() => partnershipNetwork(dataset, 'hamburg', {} as never), '„depth“', 'eine ganze Zahl ab 1'],
    [() => partnershipNetwork(dataset, 'hamburg', undefined as never), '„depth“', 'eine ganze Zahl ab 1'],
    [() => partnershipNetwork(dataset, 'hamburg', { depth: 2, kinds: [null as never] }), '„kinds“', 'eine Liste aus'],
    [() => exchangesOf(dataset, 'wiesbaden', { role: 'visitor' as never }), '„role“', '„host“ oder „guest“'],
    [() => grantsOf(dataset, 'wetteraukreis', { year: 0 }), '„year“', 'eine ganze Zahl von 1 bis 9.999'],
    [() => grantsOf(dataset, 'wetteraukreis', { year: 2017.5 }), '„year“', 'eine ganze Zahl von 1 bis 9.999'],
    [() => grantsOf(dataset, 'wetteraukreis', { year: '2017' as never }), '„year“', 'eine ganze Zahl von 1 bis 9.999'],
  ])('refuses an option outside its values (%#)', (run, option, expected) => {
    const { code, message } = refusal(run);
    expect(code).toBe('invalid_option');
    expect(message).toContain(`Die Option ${option}`);
    expect(message).toContain(expected);
  });

  it('reads options the caller set, not inherited ones, and refuses options whose getters throw', () => {
    const inherited = Object.create({ role: 'visitor' }) as object;
    expect(exchangesOf(dataset, 'wiesbaden', inherited)).toHaveLength(2);
    const throwing = Object.defineProperty({}, 'role', {
      enumerable: true,
      get() {
        throw new Error('nein');
      },
    });
    expect(refusal(() => exchangesOf(dataset, 'wiesbaden', throwing))).toEqual({
      code: 'invalid_type',
      message: 'Ein Argument von exchangesOf lässt sich nicht lesen („Error: nein“): Erwartet werden einfache Daten.',
    });
  });

  it('filters by an empty list of kinds to nothing, and walks any depth', () => {
    expect(partnersOf(dataset, 'chicago', { kinds: [] })).toEqual([]);
    expect(partnershipNetwork(dataset, 'hamburg', { depth: 1e300 })).toHaveLength(7);
  });

  it('lists each of 100,000 partners once', () => {
    const municipalities = Array.from({ length: 100_001 }, (_, index) => ({
      id: `m${index}`,
      name: 'M',
      kind: 'city',
      country: 'DE',
    }));
    const partnerships = Array.from({ length: 100_000 }, (_, index) => ({
      id: `p${index}`,
      kind: 'friendship',
      municipalityIds: ['m0', `m${index + 1}`],
    }));
    const built = {
      municipalities,
      partnerships: [...partnerships, ...partnerships.slice(0, 10)],
    } as unknown as Dataset;
    // Partners are kept in a Set: a list search per partner took 1.5 s here, growing with the square.
    expect(partnersOf(built, 'm0')).toHaveLength(100_000);
    expect(partnershipNetwork(built, 'm1', { depth: 5 })).toHaveLength(100_000);
  });
});
