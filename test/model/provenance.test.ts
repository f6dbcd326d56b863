// Sources and assumptions on every entity: what the schemas accept, that datasets without them parse
// as before, and that they round-trip through parseDataset and the JSON Schema (ajv).
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import {
  COLLECTIONS,
  ExchangeSchema,
  MeasureSchema,
  MunicipalitySchema,
  parseDataset,
  SourceSchema,
  safeParseDataset,
} from '../../src/index.js';
import { toDatasetJsonSchema } from '../../src/model/jsonSchema.js';
import { frozenSeedsJson, seedsJson } from '../seeds.js';

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(toDatasetJsonSchema());

const RELEASE = {
  title: 'Fachkräfteaustausch mit Wien',
  publisher: 'Landeshauptstadt Wiesbaden',
  date: '2024-04',
  url: 'https://www.wiesbaden.de/',
};

describe('SourceSchema', () => {
  it('requires a title only: publisher, date and url may be unknown', () => {
    expect(SourceSchema.parse({ title: 'Pressemitteilung' })).toEqual({ title: 'Pressemitteilung' });
    const parsed = SourceSchema.parse(RELEASE);
    expect(parsed).toEqual(RELEASE);
    expect(Object.isFrozen(parsed)).toBe(true);
  });

  it.each(['2024', '2024-04', '2024-04-15'])('takes the date %s, to the year, month or day', (date) => {
    expect(SourceSchema.parse({ title: 'x', date }).date).toBe(date);
  });

  it.each([
    { publisher: 'Stadt Wetzlar' },
    { title: ' ' },
    { title: 'x', date: '15.04.2024' },
    { title: 'x', date: '2024-13' },
    { title: 'x', date: '0000' },
    { title: 'x', url: 'www.wiesbaden.de' },
    { title: 'x', url: 'mailto:info@wiesbaden.de' },
    { title: 'x', author: 'Pressestelle' },
    'Pressemitteilung',
  ])('refuses %o', (input) => {
    expect(SourceSchema.safeParse(input).success).toBe(false);
  });
});

describe('sources and assumed on every entity', () => {
  it('are taken by every collection of a dataset, and frozen', () => {
    const data = seedsJson();
    data.committees ??= [{ id: 'integrationsbeirat', name: 'Integrationsbeirat' }];
    for (const collection of COLLECTIONS) {
      const entity = data[collection][0];
      entity.sources = [RELEASE, { title: 'Ohne Datum' }];
      // A membership's id is optional, and the seeds' have none.
      entity.assumed = [collection === 'memberships' ? 'networkId' : 'id'];
    }
    const dataset = parseDataset(data, { today: '2026-12-01' });
    for (const collection of COLLECTIONS) {
      const entity = dataset[collection]?.[0];
      expect(entity?.sources, collection).toEqual([RELEASE, { title: 'Ohne Datum' }]);
      expect(entity?.assumed, collection).toEqual([collection === 'memberships' ? 'networkId' : 'id']);
      expect(Object.isFrozen(entity?.sources), collection).toBe(true);
      expect(Object.isFrozen(entity?.sources?.[0]), collection).toBe(true);
      expect(Object.isFrozen(entity?.assumed), collection).toBe(true);
    }
  });

  it('leave a dataset without them as it parsed before', () => {
    const dataset = parseDataset(seedsJson(), { today: '2026-12-01' });
    expect(JSON.parse(JSON.stringify(dataset))).toEqual(frozenSeedsJson());
  });

  it.each(['startDate', 'attendance.participants', 'programme.0.venueId', 'programme.10.personIds.2', 'guestIds.0'])(
    'take the field path %s in assumed',
    (path) => {
      const exchange = { ...frozenSeedsJson().exchanges[1], assumed: [path] };
      expect(ExchangeSchema.parse(exchange).assumed).toEqual([path]);
    },
  );

  it.each([
    '',
    'programme[0].venueId',
    'programme.0.',
    '.startDate',
    'programme..venueId',
    '0.startDate',
    'programme.01.venueId',
    'programme.-1',
    'start date',
    'startDate\n',
    'Straße',
  ])('refuse %o in assumed, with a message that says what a field path is', (path) => {
    const result = safeParseDataset({
      municipalities: [{ id: 'w', name: 'Wetzlar', kind: 'city', country: 'DE', assumed: [path] }],
    });
    expect(result.success).toBe(false);
    const issue = result.success ? undefined : result.error.issues[0];
    expect(issue?.path).toEqual(['municipalities', 0, 'assumed', 0]);
    expect(issue?.message).toMatch(/ist kein Feldpfad \(erwartet wie „startDate“ oder „programme\.0\.venueId“\)\.$/);
  });
});

describe('status', () => {
  it.each(['planned', 'confirmed', 'held', 'cancelled'])('is %s on exchanges and measures', (status) => {
    const data = seedsJson();
    data.exchanges[0].status = status;
    data.measures[0].status = status;
    expect(ExchangeSchema.parse(data.exchanges[0]).status).toBe(status);
    expect(MeasureSchema.parse(data.measures[0]).status).toBe(status);
  });

  it('is nothing else, and no field of other entities', () => {
    const data = seedsJson();
    expect(ExchangeSchema.safeParse({ ...data.exchanges[0], status: 'postponed' }).success).toBe(false);
    expect(MunicipalitySchema.safeParse({ ...data.municipalities[0], status: 'held' }).success).toBe(false);
  });
});

describe('status, sources and assumed in the JSON Schema', () => {
  /** The seed dataset with every new field on its first exchange and measure. */
  function withProvenance(): any {
    const data = seedsJson();
    for (const entity of [data.exchanges[1], data.measures[0]]) {
      entity.status = 'held';
      entity.sources = [RELEASE];
      entity.assumed = ['title'];
    }
    return data;
  }

  it('round-trip through parseDataset, JSON and ajv unchanged', () => {
    const data = withProvenance();
    const text = JSON.stringify(parseDataset(data, { today: '2026-12-01' }));
    expect(JSON.parse(text)).toEqual(data);
    expect(validate(JSON.parse(text)), JSON.stringify(validate.errors)).toBe(true);
    expect(JSON.stringify(parseDataset(JSON.parse(text), { today: '2026-12-01' }))).toBe(text);
  });

  it.each<[string, (data: any) => void, string]>([
    ['an unknown status', (d) => (d.exchanges[1].status = 'postponed'), '/exchanges/1/status'],
    ['a status on a grant', (d) => (d.grants[0].status = 'held'), '/grants/0'],
    ['a source without title', (d) => (d.measures[0].sources = [{ url: RELEASE.url }]), '/measures/0/sources/0'],
    ['a source dated by day name', (d) => (d.measures[0].sources[0].date = 'Mai 2024'), '/measures/0/sources/0/date'],
    ['a path with brackets', (d) => (d.exchanges[1].assumed = ['programme[0]']), '/exchanges/1/assumed/0'],
  ])('are refused by ajv and zod alike: %s', (_, breakIt, at) => {
    const data = withProvenance();
    breakIt(data);
    expect(safeParseDataset(data, { today: '2026-12-01' }).success).toBe(false);
    expect(validate(data)).toBe(false);
    expect(validate.errors?.map((error) => error.instancePath)).toContain(at);
  });
});
