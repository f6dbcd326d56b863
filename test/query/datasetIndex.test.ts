// The index of a dataset is its one structural check: built once per dataset object, reading each
// field the queries and the schedule functions use once, listing every misfit with its path.
import { describe, expect, it } from 'vitest';
import { type Dataset, exchangesOf, parseDataset, partnersOf, scheduleOf } from '../../src/index.js';
import { indexOf } from '../../src/query/datasetIndex.js';
import { issuesOf } from '../issues.js';
import { seedsJson } from '../seeds.js';

const paths = (run: () => unknown) => issuesOf(run).map((issue) => `${issue.path.join('.')} ${issue.code}`);

describe('indexOf', () => {
  it('builds an index once per dataset, and an empty one without a dataset', () => {
    const dataset = parseDataset(seedsJson());
    const index = indexOf(dataset, 'partnersOf', 'de');
    expect(indexOf(dataset, 'detectConflicts', 'en')).toBe(index);
    expect(index.places.get('wiesbaden')).toMatchObject({ name: 'Wiesbaden', zone: 'Europe/Berlin', state: 'DE-HE' });
    expect(index.periods.get('wiesbaden-2024-04')).toMatchObject({ hostId: 'wiesbaden' });
    expect(indexOf(undefined, 'partnersOf', 'de').municipalities.size).toBe(0);
  });

  it('reads an entry of a list that throws, or a nested list, as a problem at its path', () => {
    const data = seedsJson();
    Object.defineProperty(data.persons, 2, {
      get() {
        throw new Error('Eintrag');
      },
    });
    Object.defineProperty(data.exchanges[1], 'programme', {
      get() {
        throw new Error('Programm');
      },
    });
    expect(issuesOf(() => partnersOf(data, 'wiesbaden'))).toEqual([
      {
        path: ['persons', 2],
        code: 'invalid_type',
        message: 'Dieser Wert lässt sich nicht lesen: Beim Lesen wird „Error: Eintrag“ geworfen.',
      },
      {
        path: ['exchanges', 1, 'programme'],
        code: 'invalid_type',
        message: 'Dieser Wert lässt sich nicht lesen: Beim Lesen wird „Error: Programm“ geworfen.',
      },
    ]);
  });

  it('stops a list at its first hole, and reads the entries before it', () => {
    const data = seedsJson();
    data.persons[0].familyName = 7;
    data.persons.length = 4_000_000_000;
    expect(paths(() => partnersOf(data, 'wiesbaden'))).toEqual([
      'persons.0.familyName invalid_type',
      'persons.11 invalid_type',
    ]);
  });

  it('checks every field it reads: ids, pairs, texts, dates and flags', () => {
    const data = seedsJson();
    data.municipalities[0].id = '';
    data.partnerships[0].municipalityIds = ['a', 'b', 'c'];
    data.exchanges[0].endDate = '15.4.2024';
    data.exchanges[1].programme[0].endApproximate = 'ja';
    data.grants[0].endDate = 2024;
    data.measures[0].sessions = 'keine';
    expect(paths(() => scheduleOf(data as Dataset))).toEqual([
      'municipalities.0.id invalid_type',
      'partnerships.0.municipalityIds invalid_type',
      'exchanges.0.endDate invalid_type',
      'exchanges.1.programme.0.endApproximate invalid_type',
      'grants.0.endDate invalid_type',
      'measures.0.sessions invalid_type',
    ]);
    expect(issuesOf(() => scheduleOf(data as Dataset))[3]?.message).toBe(
      'scheduleOf erwartet einen Datensatz aus parseDataset: „exchanges.1.programme.0.endApproximate“ muss true oder false sein, nicht „ja“.',
    );
  });

  it('turns what an entity throws when a query reads it again into a KommunalValidationError', () => {
    // The index reads each field once; a query's filter may read an entity of a dataset built in
    // code again, and a getter there may throw the second time.
    const data = seedsJson();
    const exchange = data.exchanges[1];
    const guestIds = exchange.guestIds;
    let reads = 0;
    Object.defineProperty(exchange, 'guestIds', {
      enumerable: true,
      get() {
        reads += 1;
        if (reads > 1) throw new Error('zweites Lesen');
        return guestIds;
      },
    });
    expect(issuesOf(() => exchangesOf(data, guestIds[0], { role: 'guest', locale: 'en' }))).toEqual([
      {
        path: [],
        code: 'invalid_type',
        message: 'This value cannot be read: reading it throws "Error: zweites Lesen".',
      },
    ]);
  });
});
