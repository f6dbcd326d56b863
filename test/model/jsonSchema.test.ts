// The shipped JSON Schema, checked with an independent validator (ajv): it accepts the seed
// dataset, and agrees with the zod schemas on shape for randomly broken copies of it and for the
// edge values of every string format, in every field that has the format.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { DatasetSchema } from '../../src/index.js';
import { toDatasetJsonSchema } from '../../src/model/jsonSchema.js';
import { DAY_OR_WALL_CLOCK_TIME_PATTERN, PARTIAL_DATE_PATTERN } from '../../src/model/patterns.js';
import { agreeingDecision, isoDates, partialDates, relationFields, withRelationFields } from '../arbitraries.js';
import { PROPERTY_TIMEOUT } from '../property.js';
import { frozenSeedsJson, seedCollections, seedsJson } from '../seeds.js';

// ajv-formats ships CommonJS whose default export TypeScript sees as the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
// With the formats a user of ajv would add, though the schema no longer names any.
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(toDatasetJsonSchema());

const agree = (data: unknown) => expect(validate(data)).toBe(DatasetSchema.safeParse(data).success);

/** Values that probe any string rule: emptiness, white space of several kinds, odd code points, length. */
const ANY_STRING = [
  '',
  ' ',
  '\t',
  '\n',
  '\u00a0',
  '\u2028',
  '\u3000',
  '\ufeff',
  '\u200b',
  '\u0000',
  '\u007f',
  '\ud800',
  '\udc00x',
  '😀',
  'x',
  ' x ',
  'x\n',
  '\nx',
  'x'.repeat(100_000),
];

/** Edge values of a day `YYYY-MM-DD`: a programme item's start without a time. */
const DAY_EDGES: readonly string[] = [
  '2024-04-15',
  '2024-02-29',
  '2023-02-29',
  '2024-02-30',
  '2024-04-31',
  '2024-13-01',
  '2024-00-10',
  '2024-01-00',
  '2024-01-32',
  '0000-01-01',
  '0000-02-29',
  '0000-12-31',
  '0001-01-01',
  '0004-02-29',
  '0100-02-29',
  '0400-02-29',
  '1900-02-29',
  '2000-02-29',
  '2100-02-29',
  '9999-12-31',
  '10000-01-01',
  '+002024-01-01',
  '-2024-01-01',
  '2024-1-1',
  '2024/01/01',
  '20240101',
  '2024-01-01T00:00',
  '2024-01-01Z',
  ' 2024-01-01',
  '2024-01-01\n',
  '２０２４-01-01',
  '٢٠٢٤-01-01',
];

/** Edge values of a wall-clock time `YYYY-MM-DDTHH:mm`, optionally with an offset. */
const DATETIME_EDGES: readonly string[] = [
  '2024-04-15T09:00',
  '2024-04-15T00:00',
  '2024-04-15T23:59',
  '2024-04-15T24:00',
  '2024-04-15T09:60',
  '2024-04-15T9:00',
  '2024-04-15T09:00Z',
  '2024-04-15T09:00z',
  '2024-04-15t09:00',
  '2024-04-15 09:00',
  '2024-04-15T09:00:00',
  '2024-04-15T09:00:00Z',
  '2024-04-15T09:00:00.000Z',
  '2024-04-15T09:00+02:00',
  '2024-04-15T09:00-00:00',
  '2024-04-15T09:00+23:59',
  '2024-04-15T09:00+24:00',
  '2024-04-15T09:00+02:60',
  '2024-04-15T09:00+0200',
  '2024-04-15T09:00+02',
  '2024-04-15T09:00 +02:00',
  '2024-02-29T09:00',
  '2023-02-29T09:00',
  '2024-02-30T09:00',
  '0000-01-01T00:00',
  '0000-12-31T23:59Z',
  '0001-01-01T00:00',
  '0004-02-29T12:00',
  '9999-12-31T23:59+01:00',
  '2024-04-15',
  '2024-04-15T',
  '2024-04-15T09:00\n',
  'T09:00',
];

/**
 * Edge values of each string format, by the name zod gives the format (`issue.format`); `string`
 * is a string without a format (ids). Each list mixes values the format accepts and values it refuses.
 */
const EDGES: Record<string, readonly string[]> = {
  string: ['x', 'ä', '0', '-', '😀', ' x'],
  text: ['Wiesbaden', 'x', ' x', 'x ', '\t\u00a0x', '\u200b', '\ufeff\u3000'],
  url: [
    'https://www.wiesbaden.de',
    'http://x.de',
    'https://x',
    'https://x.de/',
    'https://x.de/a/b?c=d&e=f#g',
    'https://x.de:8080/a',
    'https://x.de:65535',
    'https://x.de:65536',
    'https://x.de:0',
    'https://x.de:',
    'HTTPS://WWW.WIESBADEN.DE',
    'HtTp://x.de',
    'https://münchen.de',
    'https://MÜNCHEN.DE',
    'https://xn--mnchen-3ya.de',
    'https://例え.jp',
    'https://пример.рф',
    'https://x.de/städte?ü=ö#ß',
    'https://x.de/%20',
    'https://x.de/%zz',
    'https://1.2.3.4',
    'https://1.2.3.4:443/x',
    'https://1.2.3.256',
    'https://01.2.3.4',
    'https://x.123',
    'https://123',
    'https://[::1]/',
    'https://-x.de',
    'https://x-.de',
    'https://x--y.de',
    'https://x..de',
    'https://.x.de',
    'https://x.de.',
    'https://x_y.de',
    'https://user@x.de',
    'https://user:pw@x.de',
    'https://x.de@evil.example',
    'A:&',
    'a:b',
    'http://',
    'https://',
    'https:/',
    'https:x.de',
    'https:/x.de',
    'https:///x.de',
    'https:\\\\x.de',
    '//x.de',
    'x.de',
    'www.x.de',
    'ftp://x.de',
    'file:///etc/passwd',
    'mailto:a@b.de',
    'javascript:alert(1)',
    'data:text/html,<b>x</b>',
    ' https://x.de',
    'https://x.de ',
    '\thttps://x.de',
    'https://x.de\n',
    'https://x\t.de',
    'https://x\n.de',
    'https://x .de',
    'https://x.de/a b',
    'https://x.de/a\u00a0b',
    'https://x.de/"><script>',
    'https://x.de/a\\b',
    'https://x.de/{a}|^`',
    'https://x.de/\u0000',
    'https://x.de#\ud800',
    `https://${'a'.repeat(10_000)}.de`,
    `https://x.de/${'a'.repeat(100_000)}`,
    `https://${'a-'.repeat(10_000)}!`,
  ],
  email: [
    'info@wiesbaden.de',
    'a@b.de',
    'A@B.DE',
    'a.b@c.de',
    'a+tag@c.de',
    'a_b@c.de',
    "o'hara@c.de",
    "a'@c.de",
    '-a@c.de',
    '.a@c.de',
    'a.@c.de',
    'a..b@c.de',
    'a@b-.de',
    'a@-b.de',
    'a@b..de',
    'a@b.d',
    'a@b.d1',
    'a@b',
    'a@localhost',
    'a@[1.2.3.4]',
    'a@1.2.3.4',
    'a b@c.de',
    'ä@c.de',
    'a@ä.de',
    'a@xn--4ca.de',
    ' a@c.de',
    'a@c.de ',
    'a@c.de\n',
    'mailto:a@c.de',
    '"a"@c.de',
    '@c.de',
    'a@',
    'a@@c.de',
    `${'a'.repeat(10_000)}@c.de`,
  ],
  datetime: DATETIME_EDGES,
  'date-or-datetime': [...DAY_EDGES, ...DATETIME_EDGES],
  'partial-date': [
    '2024',
    '2024-04',
    '2024-04-15',
    '2024-02-30',
    '2024-4',
    '2024-13',
    '2024-00',
    '24',
    '20245',
    '2024-',
    '0000',
    '0000-01',
    '0000-01-01',
    '0001',
    '0001-01-01',
    '２０２４',
  ],
  'holiday-date': [
    '05-01',
    '02-29',
    '02-30',
    '12-31',
    '13-01',
    '00-01',
    '5-1',
    '2024-05-01',
    '2024-02-30',
    '0000-05-01',
    '0001-05-01',
    '--05-01',
    '05-01 ',
  ],
  'country-code': ['DE', 'AT', 'de', 'De', 'DEU', 'D', 'ÄÖ', 'DE ', 'DE\n', 'D1'],
  'state-code': ['DE-HE', 'AT-9', 'US-IL', 'FR-75C', 'DE-', 'DE-HEXX', 'de-he', 'DE_HE', 'DE-HE\n', 'DEU-HE'],
  ags: [
    '06414000',
    '00000000',
    '06440',
    '064',
    '06',
    '0644',
    '064400',
    '6414000',
    '064140000',
    '0641400a',
    '０６４１４０００',
    '06414000\n',
    ' 06414000',
  ],
  ars: ['065320023023', '000000000000', '06532002302', '0653200230230', '06532002302a', '065320023023\n'],
  'time-zone': [
    'Europe/Berlin',
    'UTC',
    'Etc/GMT+1',
    'Etc/GMT-14',
    'America/Argentina/Buenos_Aires',
    'Europe/Wiesbaden',
    'europe/berlin',
    'Europe/',
    '/Europe',
    'Europe//Berlin',
    'Europe/Berlin ',
    '+02:00',
    '1Europe',
    'Europe/Berlin\n',
  ],
  currency: ['EUR', 'USD', 'eur', 'EU', 'EURO', 'E1R', 'EUR\n'],
  language: ['de', 'en', 'ar', 'prs', 'DE', 'De', 'd', 'deu1', 'deut', 'de-DE', 'de_DE', 'ä', 'de\n', ' de', ''],
  'field-path': [
    'startDate',
    'programme.0.venueId',
    'programme.10.personIds.2',
    'a1.b2',
    'programme[0]',
    'programme.01',
    'programme.-1',
    '0.startDate',
    '.startDate',
    'startDate.',
    'start..date',
    'start date',
    'start_date',
    'Straße',
    'startDate\n',
  ],
};

const ALL_EDGES = [...ANY_STRING, ...Object.values(EDGES).flat()];

type Step = string | number;
interface StringField {
  /** Where the field sits, with `'*'` for every element of an array. */
  readonly path: readonly Step[];
  readonly format: string;
  /** The rule zod applies, if it is one regular expression. */
  readonly pattern: RegExp | undefined;
}

/** Every string field of a zod schema, found by walking its definition. */
function stringFields(schema: z.core.$ZodType, path: readonly Step[] = []): StringField[] {
  const def = schema._zod.def as z.core.$ZodTypeDef & Record<string, any>;
  switch (def.type) {
    case 'object':
      return Object.entries(def['shape'] as Record<string, z.core.$ZodType>).flatMap(([key, value]) =>
        stringFields(value, [...path, key]),
      );
    case 'optional':
    case 'readonly':
    case 'nullable':
    case 'default':
      return stringFields(def['innerType'], path);
    case 'array':
      return stringFields(def['element'], [...path, '*']);
    case 'tuple':
      return (def['items'] as z.core.$ZodType[]).flatMap((item, index) => stringFields(item, [...path, index]));
    case 'string':
      return [{ path, format: def['format'] ?? 'string', pattern: def['pattern'] }];
    default:
      return [];
  }
}

/**
 * The seed dataset with at least one of every entity and nested entry, so that every field of the
 * schema has a place in it.
 */
function fullDataset(): any {
  const data = seedsJson();
  data.municipalities[0].holidays = [{ date: '11-11', name: 'Fastnacht' }];
  data.municipalities[0].holidaysNotKept = ['Fronleichnam'];
  data.grants[0].amount = { value: 1000, currency: 'EUR' };
  data.measures[0].topics = ['Vielfalt'];
  data.measures[0].sessions = [
    { id: 'stand', title: 'Infostand', start: '2017-05-30T10:00', personIds: ['daniela-less'] },
  ];
  data.exchanges[0].status = 'held';
  data.exchanges[0].sources = [
    { title: 'Pressemitteilung', publisher: 'Stadt Wien', date: '2024-02', url: 'https://www.wien.gv.at/' },
  ];
  data.exchanges[0].assumed = ['startDate'];
  // Relations and office records: every field of theirs, valid.
  data.exchanges[0].coHostIds = ['wiesbaden'];
  data.exchanges[0].aims = ['Methoden vergleichen'];
  data.exchanges[0].delegations = [
    {
      municipalityId: 'wien',
      organisationId: 'zefas',
      description: 'Fachkräfte',
      size: { value: 12, qualifier: 'about' },
      members: ['daniela-less'],
      leaderId: 'daniela-less',
      languages: ['de', 'prs'],
      interpreters: ['daniela-less'],
    },
  ];
  data.exchanges[0].attendance = { participants: 12, organisations: { value: 3, qualifier: 'at-least' } };
  data.exchanges[0].programme = [
    { id: 'p', title: 'Besuch', start: '2024-02-12T10:00', role: 'visit', contributorIds: ['wien'] },
  ];
  data.partnerships[0].carriedBy = ['zefas'];
  data.partnerships[0].councilDecision = { date: '2024-01', body: 'Gemeinderat', reference: 'Drs. 1/2' };
  data.measures[0].volunteers = { value: 20, qualifier: 'about' };
  data.measures[0].participants = { value: 15 };
  data.measures[0].languages = ['de', 'ar'];
  data.measures[0].sessions[0].contributorIds = ['wien'];
  data.fundingProgrammes[0].goals = ['Interkulturelle Öffnung'];
  data.grants[0].appliedOn = '2013-11';
  data.grants[0].decisions = [agreeingDecision()];
  data.memberships[0] = { ...data.memberships[0], id: 'm', since: '2015', until: '2024', founding: true, notes: 'x' };
  data.committees = [
    {
      id: 'beirat',
      name: 'Integrationsbeirat',
      kind: 'advisory-board',
      municipalityId: 'wetzlar',
      organisationId: 'zefas',
      memberIds: ['daniela-less'],
      since: '2011',
      until: '2024',
      notes: 'x',
    },
  ];
  for (const collection of [
    'municipalities',
    'organisations',
    'persons',
    'venues',
    'partnerships',
    'fundingProgrammes',
    'grants',
    'measures',
    'memberships',
    'committees',
  ]) {
    data[collection][0].sources = [{ title: 'Quelle', publisher: 'Herausgeber', date: '2024', url: 'https://x.de' }];
    data[collection][0].assumed = ['id'];
  }
  return data;
}

/** The first place in the data where a field sits (its parent exists), as a concrete path. */
function placeOf(data: unknown, path: readonly Step[]): Step[] | undefined {
  if (path.length === 1) return typeof data === 'object' && data !== null ? [path[0] as Step] : undefined;
  const [step, ...rest] = path;
  if (step === '*') {
    if (!Array.isArray(data)) return undefined;
    for (const [index, element] of data.entries()) {
      const place = placeOf(element, rest);
      if (place) return [index, ...place];
    }
    return undefined;
  }
  const child = typeof data === 'object' && data !== null ? (data as Record<Step, unknown>)[step as Step] : undefined;
  const place = child === undefined ? undefined : placeOf(child, rest);
  return place && [step as Step, ...place];
}

/** Runs `check` with the value at the place, then puts back what was there. */
function withValue(data: any, place: readonly Step[], value: unknown, check: () => void): void {
  const parent = place.slice(0, -1).reduce((node, step) => node[step], data);
  const key = place.at(-1) as Step;
  const had = Object.hasOwn(parent, key);
  const before = parent[key];
  parent[key] = value;
  try {
    check();
  } finally {
    if (had) parent[key] = before;
    else delete parent[key];
  }
}

const FIELDS = stringFields(DatasetSchema);
const FULL = fullDataset();
const PLACES = FIELDS.map((field) => ({ ...field, place: placeOf(FULL, field.path) }));

/** A random string the format accepts (when it is one pattern), changed a little or not at all. */
function nearValues(pattern: RegExp | undefined): fc.Arbitrary<string> {
  const valid = pattern ? fc.stringMatching(pattern) : fc.string();
  return fc
    .tuple(valid, fc.nat(), fc.nat({ max: 2 }), fc.string({ unit: 'binary', maxLength: 2 }))
    .map(([text, at, removed, inserted]) => {
      const index = at % (text.length + 1);
      return text.slice(0, index) + inserted + text.slice(index + removed);
    });
}

// Built once per format: building an arbitrary from a pattern costs more than drawing from it.
const VALUES_BY_FORMAT = new Map(
  FIELDS.map((field) => [
    field.format,
    fc.oneof(
      fc.constantFrom(...(EDGES[field.format] ?? [''])),
      fc.constantFrom(...ALL_EDGES),
      nearValues(field.pattern),
      fc.string({ unit: 'binary' }),
      fc.jsonValue({ maxDepth: 1 }),
    ),
  ]),
);

describe('dataset.schema.json', () => {
  it('is valid JSON Schema 2020-12 that strict ajv compiles', () => {
    expect(validate).toBeTypeOf('function');
    expect(toDatasetJsonSchema()['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('states string rules as patterns only, which every JSON Schema validator applies alike', () => {
    expect(JSON.stringify(toDatasetJsonSchema())).not.toContain('"format"');
  });

  it('accepts the seed dataset', () => {
    expect(validate(frozenSeedsJson()), JSON.stringify(validate.errors)).toBe(true);
  });

  it('refuses what the zod schema refuses', () => {
    const broken = seedsJson();
    broken['exchanges'][0].startDate = '2024-13-01';
    broken['municipalities'][0].kind = 'Großstadt';
    broken['partnerships'][0].municipalityIds = ['wiesbaden'];
    expect(validate(broken)).toBe(false);
    expect([...new Set(validate.errors?.map((error) => error.instancePath))].sort()).toEqual([
      '/exchanges/0/startDate',
      '/municipalities/0/kind',
      '/partnerships/0/municipalityIds',
    ]);
  });

  it(
    'agrees with the zod schema on any seed dataset with one field replaced',
    () => {
      const collections = seedCollections();
      const values = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(...ALL_EDGES));
      fc.assert(
        fc.property(fc.constantFrom(...collections), fc.nat(), fc.nat(), values, (collection, index, key, value) => {
          const data = seedsJson();
          const list = data[collection] as Record<string, unknown>[];
          const entity = list[index % list.length] as Record<string, unknown>;
          const keys = Object.keys(entity);
          entity[keys[key % keys.length] as string] = value;
          agree(data);
        }),
        { numRuns: 2000 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('dataset.schema.json and zod on relations and office records', () => {
  it(
    'agree on the seed dataset with any of the relation fields, valid or not',
    () => {
      fc.assert(
        fc.property(relationFields(), (relation) => {
          agree(withRelationFields(seedsJson(), relation));
        }),
        { numRuns: 1000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it('both accept the new fields where they are valid, and both refuse a bad language code', () => {
    const data = fullDataset();
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    data.measures[0].languages = ['DE'];
    expect(validate(data)).toBe(false);
    expect(DatasetSchema.safeParse(data).success).toBe(false);
  });
});

describe('dataset.schema.json and zod on string formats', () => {
  it('both refuse the year 0000, which kommunal does not read, in every format with a year', () => {
    const data = fullDataset();
    const refused: Record<string, string> = {
      'partial-date': '0000',
      datetime: '0000-01-01T10:00',
      'date-or-datetime': '0000-01-01',
      'holiday-date': '0000-05-01',
    };
    for (const field of PLACES.filter((candidate) => Object.hasOwn(refused, candidate.format))) {
      withValue(data, field.place ?? [], refused[field.format], () => {
        expect(DatasetSchema.safeParse(data).success, field.path.join('.')).toBe(false);
        expect(validate(data), field.path.join('.')).toBe(false);
      });
    }
  });

  it('has edge values for every string format of the dataset, and a place for every string field', () => {
    expect(Object.keys(EDGES).sort()).toEqual([...new Set(FIELDS.map((field) => field.format))].sort());
    expect(PLACES.filter((field) => field.place === undefined).map((field) => field.path.join('.'))).toEqual([]);
    expect(validate(FULL), JSON.stringify(validate.errors)).toBe(true);
    expect(DatasetSchema.safeParse(FULL).success).toBe(true);
  });

  it.each(Object.keys(EDGES))('agree on every edge value of %s in every field of that format', (format) => {
    const data = fullDataset();
    for (const field of PLACES.filter((candidate) => candidate.format === format)) {
      for (const value of [...(EDGES[format] ?? []), ...ANY_STRING]) {
        withValue(data, field.place ?? [], value, () => {
          expect(validate(data), `${field.path.join('.')} = ${JSON.stringify(value).slice(0, 80)}`).toBe(
            DatasetSchema.safeParse(data).success,
          );
        });
      }
    }
  });

  it(
    'agree on any string field set to an edge value of any format, a near miss or any JSON value',
    () => {
      const data = fullDataset();
      const fieldAndValue = fc
        .constantFrom(...PLACES)
        .chain((field) => fc.tuple(fc.constant(field), VALUES_BY_FORMAT.get(field.format) ?? fc.string()));
      fc.assert(
        fc.property(fieldAndValue, ([field, value]) => {
          withValue(data, field.place ?? [], value, () => agree(data));
        }),
        { numRuns: 3000 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('dataset.schema.json and zod on partial dates', () => {
  /** A date as the fields of partial dates take it, a near miss of one, or nothing. */
  const partialOrNot = fc.oneof(
    partialDates(1, 9999).map((date) => date.text),
    nearValues(PARTIAL_DATE_PATTERN),
    fc.constant(undefined),
  );
  /** A programme item's start: a time, a day, a near miss of either, or nothing. */
  const startOrNot = fc.oneof(
    isoDates(),
    isoDates().map((day) => `${day}T09:30`),
    nearValues(DAY_OR_WALL_CLOCK_TIME_PATTERN),
    fc.constant(undefined),
  );
  const set = (target: Record<string, unknown>, key: string, value: unknown) => {
    if (value === undefined) delete target[key];
    else target[key] = value;
  };

  it(
    'agree on exchanges, grants, programmes and roles with dates of any precision or none, and items with a day or no start',
    () => {
      fc.assert(
        fc.property(
          fc.array(partialOrNot, { minLength: 8, maxLength: 8 }),
          startOrNot,
          fc.option(
            isoDates().map((day) => `${day}T10:00`),
            { nil: undefined },
          ),
          (values, start, end) => {
            const data = seedsJson();
            const exchange = data.exchanges.find((candidate: any) => candidate.programme?.length > 0);
            set(exchange, 'startDate', values[0]);
            set(exchange, 'endDate', values[1]);
            set(exchange.programme[0], 'start', start);
            set(exchange.programme[0], 'end', end);
            set(data.grants[0], 'startDate', values[2]);
            set(data.grants[0], 'endDate', values[3]);
            set(data.fundingProgrammes[0], 'startDate', values[4]);
            set(data.fundingProgrammes[0], 'endDate', values[5]);
            const person = data.persons.find((candidate: any) => candidate.roles?.length > 0);
            set(person.roles[0], 'startDate', values[6]);
            set(person.roles[0], 'endDate', values[7]);
            agree(data);
          },
        ),
        { numRuns: 1000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it('accept what the model now allows: no exchange dates, a year, a day without a time, no start', () => {
    const data = seedsJson();
    const exchange = data.exchanges.find((candidate: any) => candidate.programme?.length > 0);
    delete exchange.startDate;
    delete exchange.endDate;
    exchange.programme[0] = { id: 'x', title: 'X', start: '2024-04-16' };
    exchange.programme.push({ id: 'y', title: 'Y' });
    data.grants[0].startDate = '2015';
    data.grants[0].endDate = '2015';
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(DatasetSchema.safeParse(data).success).toBe(true);
  });
});
