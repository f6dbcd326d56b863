// Queries on what is not a dataset from parseDataset, and with options outside their values: a
// KommunalValidationError that says what is wrong, never a TypeError.
import { describe, expect, it } from 'vitest';
import {
  COLLECTIONS,
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
const exchange = { ...entity, title: 'E', hostId: 'a', guestIds: [], startDate: '2024-01-01', endDate: '2024-01-02' };
const getter = Object.defineProperty({ id: 'g' }, 'municipalityIds', {
  enumerable: true,
  get() {
    throw new Error('Falle');
  },
});

describe.each(QUERIES)('%s on what is not a parsed dataset', (name, query) => {
  it.each([
    [null, '', ', nicht null.'],
    [undefined, '', undefined],
    ['x', '', ', nicht „x“.'],
    [[], '', ', nicht eine Liste.'],
    [{}, 'municipalities', ': „municipalities“ muss eine Liste sein, nicht undefined.'],
    [{ municipalities: 'x' }, 'municipalities', ': „municipalities“ muss eine Liste sein, nicht „x“.'],
    [
      { municipalities: [{}] },
      'municipalities.0.id',
      ': „municipalities.0.id“ muss eine ID (ein nicht leerer Text) sein, nicht undefined.',
    ],
    [{ municipalities: [null] }, 'municipalities.0', ': „municipalities.0“ muss ein Objekt sein, nicht null.'],
    [
      { municipalities: [], exchanges: {} },
      'exchanges',
      ': „exchanges“ muss eine Liste sein, nicht ein Wert vom Typ object.',
    ],
    [
      { municipalities: [], partnerships: [{ ...entity, kind: 'friendship', municipalityIds: ['a'] }] },
      'partnerships.0.municipalityIds',
      ': „partnerships.0.municipalityIds“ muss eine Liste von zwei IDs sein, nicht eine Liste.',
    ],
    [
      { municipalities: [], partnerships: [{ ...entity, kind: 'friendship', municipalityIds: ['a', 1] }] },
      'partnerships.0.municipalityIds.1',
      ': „partnerships.0.municipalityIds.1“ muss ein Text sein, nicht 1.',
    ],
    [
      { municipalities: [], partnerships: [{ ...entity, kind: 'friendship', municipalityIds: ['a', 'b'], since: 5 }] },
      'partnerships.0.since',
      ': „partnerships.0.since“ muss ein Datum (JJJJ, JJJJ-MM oder JJJJ-MM-TT) sein, nicht 5.',
    ],
    [
      { municipalities: [], exchanges: [{ ...exchange, guestIds: 'b' }] },
      'exchanges.0.guestIds',
      ': „exchanges.0.guestIds“ muss eine Liste von IDs sein, nicht „b“.',
    ],
    [
      { municipalities: [], exchanges: [{ ...exchange, startDate: '1.1.2024' }] },
      'exchanges.0.startDate',
      ': „exchanges.0.startDate“ muss ein Datum (JJJJ, JJJJ-MM oder JJJJ-MM-TT) sein, nicht „1.1.2024“.',
    ],
    [
      { municipalities: [], grants: [{ ...entity, recipientId: 7, startDate: '2024-01-01', endDate: '2024-01-01' }] },
      'grants.0.recipientId',
      ': „grants.0.recipientId“ muss ein Text sein, nicht 7.',
    ],
    [
      { municipalities: [], measures: [{ ...entity, partnerIds: [null] }] },
      'measures.0.partnerIds.0',
      ': „measures.0.partnerIds.0“ muss ein Text sein, nicht null.',
    ],
    [
      { municipalities: new Array(4_000_000_000) },
      'municipalities.0',
      ': „municipalities.0“ muss ein Objekt sein, nicht undefined.',
    ],
  ])('refuses case %#', (input, path, reason) => {
    if (input === undefined) return; // no dataset: an empty index, tested with the answers below
    // The first problem; a dataset's other misfits follow it (see below).
    expect(issuesOf(() => query(input))[0]).toEqual({
      path: path === '' ? [] : path.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key)),
      code: 'invalid_type',
      message: `${name} erwartet einen Datensatz aus parseDataset${reason}`,
    });
  });

  it('lists every misfit of a dataset at once, up to 1,000 and a count of the rest', () => {
    const issues = issuesOf(() =>
      query({
        municipalities: [{ id: 'a', name: 'A', country: 7 }],
        persons: [{ id: 'p' }],
        exchanges: [{ ...exchange, programme: [{ id: 'x', title: 'X', start: 9, personIds: 'p' }] }],
      }),
    );
    expect(issues.map((issue) => issue.path.join('.'))).toEqual([
      'municipalities.0.country',
      'persons.0.givenName',
      'persons.0.familyName',
      'exchanges.0.programme.0.start',
      'exchanges.0.programme.0.personIds',
    ]);
    const many = issuesOf(() => query({ municipalities: Array.from({ length: 5000 }, () => 1) }));
    expect(many).toHaveLength(1001);
    expect(many[1000]).toEqual({ path: [], code: 'too_many_issues', message: '… und 4000 weitere Probleme.' });
  });

  it('refuses a dataset whose getter throws, and one that is a throwing Proxy, saying where', () => {
    const broken = { municipalities: [], partnerships: [getter] };
    expect(issuesOf(() => query(broken))).toEqual([
      {
        path: ['partnerships', 0, 'municipalityIds'],
        code: 'invalid_type',
        message: 'Dieser Wert lässt sich nicht lesen: Beim Lesen wird „Error: Falle“ geworfen.',
      },
    ]);
    const trap = new Proxy(
      {},
      {
        get() {
          throw new Error('Falle');
        },
      },
    );
    // Every collection the queries use is read, and each read throws.
    const unreadable = issuesOf(() => query(trap));
    expect(unreadable.map((issue) => issue.path.join('.'))).toEqual(
      // Funding programmes, memberships and committees answer no query.
      COLLECTIONS.filter((collection) => !['fundingProgrammes', 'memberships', 'committees'].includes(collection)),
    );
    expect(unreadable[0]).toEqual({
      path: ['municipalities'],
      code: 'invalid_type',
      message: 'Dieser Wert lässt sich nicht lesen: Beim Lesen wird „Error: Falle“ geworfen.',
    });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(refusal(() => query(proxy)).message).toMatch(/^Dieser Wert lässt sich nicht lesen: Beim Lesen wird/);
  });

  it('says it in English on request', () => {
    expect(refusal(() => query(null, { locale: 'en' })).message).toBe(
      `${name} expects a dataset from parseDataset, not null.`,
    );
    expect(refusal(() => query({ municipalities: [null] }, { locale: 'en' })).message).toBe(
      `${name} expects a dataset from parseDataset: "municipalities.0" must be an object, not null.`,
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
      'partnersOf erwartet als municipalityId eine ID (einen Text), nicht 42.',
    ],
    [
      'exchangesOf',
      () => exchangesOf(dataset, null as never),
      'exchangesOf erwartet als municipalityId eine ID (einen Text), nicht null.',
    ],
    [
      'grantsOf',
      () => grantsOf(dataset, {} as never),
      'grantsOf erwartet als recipientId eine ID (einen Text), nicht ein Wert vom Typ object.',
    ],
    [
      'measuresOf',
      () => measuresOf(dataset, undefined as never),
      'measuresOf erwartet als organisationOrMunicipalityId eine ID (einen Text), nicht undefined.',
    ],
    [
      'reciprocalChain',
      () => reciprocalChain(dataset, ['x'] as never),
      'reciprocalChain erwartet als exchangeId eine ID (einen Text), nicht eine Liste.',
    ],
    [
      'partnershipNetwork',
      () => partnershipNetwork(dataset, Symbol('x') as never, { depth: 1 }),
      'partnershipNetwork erwartet als municipalityId eine ID (einen Text), nicht ein Wert vom Typ symbol.',
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
      code: 'invalid_option',
      message: 'The option "role" of exchangesOf cannot be read: reading it throws "Error: no".',
    });
    const broken = { municipalities: [], partnerships: [getter] };
    expect(issuesOf(() => partnersOf(broken as never, 'x', { locale: 'en' }))).toEqual([
      {
        path: ['partnerships', 0, 'municipalityIds'],
        code: 'invalid_type',
        message: 'This value cannot be read: reading it throws "Error: Falle".',
      },
    ]);
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
    [() => partnersOf(dataset, 'chicago', { kinds: 'town-twinning' as never }), '„kinds“', 'eine Liste von Texten'],
    [
      () => partnersOf(dataset, 'chicago', { kinds: ['town-twinning', 'twinning' as never] }),
      '„kinds[1]“',
      '„town-twinning“, „friendship“ oder „project-partnership“ sein, nicht „twinning“',
    ],
    [() => partnersOf(dataset, 'chicago', { kinds: new Array(4_000_000_000) }), '„kinds[0]“', 'ein Text'],
    [() => partnershipNetwork(dataset, 'hamburg', { depth: 0 }), '„depth“', 'eine ganze Zahl ab 1'],
    [() => partnershipNetwork(dataset, 'hamburg', { depth: 1.5 }), '„depth“', 'eine ganze Zahl ab 1'],
    [() => partnershipNetwork(dataset, 'hamburg', {} as never), '„depth“', 'eine ganze Zahl ab 1'],
    [() => partnershipNetwork(dataset, 'hamburg', undefined as never), '„depth“', 'eine ganze Zahl ab 1'],
    [() => partnershipNetwork(dataset, 'hamburg', { depth: 2, kinds: [null as never] }), '„kinds[0]“', 'ein Text'],
    [() => exchangesOf(dataset, 'wiesbaden', { role: 'visitor' as never }), '„role“', '„host“ oder „guest“'],
    [() => grantsOf(dataset, 'wetteraukreis', { year: 0 }), '„year“', 'eine ganze Zahl von 1 bis 9999'],
    [() => grantsOf(dataset, 'wetteraukreis', { year: 2017.5 }), '„year“', 'eine ganze Zahl von 1 bis 9999'],
    [() => grantsOf(dataset, 'wetteraukreis', { year: '2017' as never }), '„year“', 'eine ganze Zahl von 1 bis 9999'],
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
      code: 'invalid_option',
      message: 'Die Option „role“ von exchangesOf lässt sich nicht lesen: Beim Lesen wird „Error: nein“ geworfen.',
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
