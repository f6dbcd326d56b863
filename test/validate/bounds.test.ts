// Bounded work and bounded reports: however broken or hostile the input, safeParseDataset returns
// (never throws), lists at most 1,000 issues and counts the rest, and takes time in proportion to
// what the input really holds.
import { describe, expect, it } from 'vitest';
import {
  type KommunalIssue,
  KommunalValidationError,
  parseDataset,
  type SafeParseDatasetResult,
  safeParseDataset,
} from '../../src/index.js';

const municipality = { id: 'w', name: 'Wetzlar', kind: 'city', country: 'DE' };

function issuesOf(result: SafeParseDatasetResult): readonly KommunalIssue[] {
  if (result.success) throw new Error('expected a failure');
  return result.error.issues;
}

/** Runs a call and returns its result and wall time; limits below are sized for a busy two-core machine. */
function timed<T>(run: () => T): [T, number] {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
}

describe('safeParseDataset with many problems', () => {
  it('lists the first 1,000 of 200,000 broken entities and counts the rest, quickly', () => {
    const input = { municipalities: Array.from({ length: 200_000 }, () => 1) };
    const [result, ms] = timed(() => safeParseDataset(input));
    const issues = issuesOf(result);
    expect(issues).toHaveLength(1001);
    expect(issues[0]).toEqual({
      path: ['municipalities', 0],
      code: 'invalid_type',
      message: '1 hat den falschen Typ: Erwartet wird ein Objekt.',
    });
    expect(issues[999]?.path).toEqual(['municipalities', 999]);
    expect(issues[1000]).toEqual({
      path: [],
      code: 'too_many_issues',
      message: '… und 199\u202f000 weitere Probleme.',
    });
    if (!result.success) {
      expect(result.error.message.length).toBeLessThan(100_000);
      expect(result.error.message.split('\n')[0]).toBe('Mehr als 1000 Probleme gefunden, die ersten 1000:');
    }
    // About 0.1 s on an idle machine; before the bound, 1 s and 80 MB kept in the error.
    expect(ms).toBeLessThan(10_000);
  });

  it('counts in English on request, and keeps input order across collections and meaning checks', () => {
    const input = {
      municipalities: [...Array.from({ length: 1500 }, (_, index) => ({ ...municipality, id: `m${index}` })), 7],
      exchanges: Array.from({ length: 1500 }, (_, index) => ({
        id: `x${index}`,
        kind: 'conference',
        title: 'T',
        hostId: 'nirgendwo',
        guestIds: [],
        startDate: '2024-01-01',
        endDate: '2024-01-01',
      })),
      organisations: [{ id: 'o', name: 'O', kind: 'authority', municipalityId: 'nirgendwo' }],
    };
    const issues = issuesOf(safeParseDataset(input, { locale: 'en' }));
    expect(issues.map((issue) => issue.path.slice(0, 2).join('.')).slice(0, 3)).toEqual([
      'municipalities.1500',
      'organisations.0',
      'exchanges.0',
    ]);
    expect(issues[999]?.path).toEqual(['exchanges', 997, 'hostId']);
    expect(issues[1000]).toEqual({ path: [], code: 'too_many_issues', message: '… and 502 more problems.' });
  });

  it('says “weiteres Problem” for one', () => {
    const input = { municipalities: Array.from({ length: 1001 }, () => null) };
    expect(issuesOf(safeParseDataset(input)).at(-1)?.message).toBe('… und 1 weiteres Problem.');
  });

  it('refuses an entity whose lists hold more than 10,000 entries, without reading them', () => {
    const holidays = Array.from({ length: 200_000 }, () => 1);
    const [result, ms] = timed(() => safeParseDataset({ municipalities: [{ ...municipality, holidays }] }));
    expect(issuesOf(result)).toEqual([
      {
        path: ['municipalities', 0, 'holidays'],
        code: 'too_big',
        message:
          'Zu viele Listeneinträge: Mit dieser Liste (200\u202f000) enthalten die Listen dieser Kommune zusammen mehr als 10\u202f000 Einträge; kommunal liest höchstens 10\u202f000.',
      },
    ]);
    expect(ms).toBeLessThan(10_000);
  });

  it('adds up the lists of one entity, also nested ones', () => {
    // 8,999 guests, one programme item and its 1,001 persons: 10,001 entries.
    const exchange = {
      id: 'x',
      kind: 'conference',
      title: 'T',
      hostId: 'w',
      guestIds: Array(8_999).fill('w'),
      startDate: '2024-02-12',
      endDate: '2024-02-12',
      programme: [{ id: 'p', title: 'P', start: '2024-02-12T10:00', personIds: Array(1_001).fill('nobody') }],
    };
    const input = { municipalities: [municipality], exchanges: [exchange] };
    expect(issuesOf(safeParseDataset(input))[0]?.message).toBe(
      'Zu viele Listeneinträge: Mit dieser Liste (1001) enthalten die Listen dieses Austauschs zusammen mehr als 10\u202f000 Einträge; kommunal liest höchstens 10\u202f000.',
    );
    const issues = issuesOf(safeParseDataset(input, { locale: 'en' }));
    expect(issues.map((issue) => [issue.path.join('.'), issue.code])).toEqual([
      ['exchanges.0.programme.0.personIds', 'too_big'],
    ]);
    expect(issues[0]?.message).toBe(
      'Too many list entries: with this list (1,001) the lists of this exchange hold more than 10,000 entries together; kommunal reads at most 10,000.',
    );
    // One entry less, and the entity is read: its unknown persons are the problems.
    exchange.programme[0]?.personIds.pop();
    const codes = new Set(issuesOf(safeParseDataset(input)).map((issue) => issue.code));
    expect([...codes]).toEqual(['unresolved_reference']);
  });

  it('counts an oversized entity after the first 1,000 problems without describing it', () => {
    const input = { municipalities: [...Array(1000).fill(1), { ...municipality, holidays: Array(20_000) }] };
    expect(issuesOf(safeParseDataset(input)).at(-1)?.message).toBe('… und 1 weiteres Problem.');
  });

  it('refuses more than 10,000 notes of the dataset itself', () => {
    const issues = issuesOf(safeParseDataset({ municipalities: [], notes: Array(10_001).fill('n') }));
    expect(issues.map((issue) => [issue.path.join('.'), issue.code])).toEqual([['notes', 'too_big']]);
    expect(issues[0]?.message).toBe(
      'Zu viele Listeneinträge: Mit dieser Liste (10\u202f001) enthalten die Listen dieses Datensatzes zusammen mehr als 10\u202f000 Einträge; kommunal liest höchstens 10\u202f000.',
    );
  });

  it('names at most ten unknown keys of an object with a million', () => {
    const entity: Record<string, unknown> = { ...municipality };
    for (let index = 0; index < 1_000_000; index += 1) entity[`k${index}`] = 1;
    const issues = issuesOf(safeParseDataset({ municipalities: [entity] }));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toBe(
      'Unbekannte Felder „k0“, „k1“, „k2“, „k3“, „k4“, „k5“, „k6“, „k7“, „k8“, „k9“ und 999\u202f990 weitere.',
    );
    const english = issuesOf(safeParseDataset({ municipalities: [entity] }, { locale: 'en' }));
    expect(english[0]?.message).toMatch(/^Unknown fields "k0", .*"k9" and 999,990 more\.$/);
  });

  it('skips the holes of a list that claims billions of entries', () => {
    const list: unknown[] = [];
    list[5] = municipality;
    list[4_000_000_000] = { ...municipality, id: 'v' };
    const [result, ms] = timed(() => safeParseDataset({ municipalities: list }));
    const issues = issuesOf(result);
    expect(issues.slice(0, 5).map((issue) => [issue.path.join('.'), issue.message])).toEqual(
      [0, 1, 2, 3, 4].map((index) => [
        `municipalities.${index}`,
        `In der Liste „municipalities“ fehlt der Eintrag bei Index ${index}.`,
      ]),
    );
    expect(issues[5]?.path).toEqual(['municipalities', 6]);
    expect(issues[1000]?.message).toBe('… und 3\u202f999\u202f998\u202f999 weitere Probleme.');
    expect(ms).toBeLessThan(10_000);
  });

  it('finds cycles of parent organisations in one walk, also along 100,000 of them', () => {
    const organisations = Array.from({ length: 100_000 }, (_, index) => ({
      id: `o${index}`,
      name: 'Amt',
      kind: 'authority',
      ...(index > 0 ? { parentId: `o${index - 1}` } : {}),
    }));
    // Following each chain to its end took 21 s for 20,000 organisations; vitest's timeout catches that.
    expect(safeParseDataset({ municipalities: [], organisations }).success).toBe(true);
    organisations[0] = { ...organisations[0], id: 'o0', parentId: 'o99999' } as (typeof organisations)[number];
    organisations.push({ id: 'branch', name: 'Amt', kind: 'authority', parentId: 'o5' });
    const issues = issuesOf(safeParseDataset({ municipalities: [], organisations }));
    expect(issues.filter((issue) => issue.code === 'reference_cycle')).toHaveLength(1000);
    expect(issues.at(-1)?.message).toBe('… und 99\u202f000 weitere Probleme.');
  });
});

describe('safeParseDataset never throws', () => {
  const getter = (message: string) =>
    Object.defineProperty({ ...municipality, id: 'g' }, 'name', {
      enumerable: true,
      get() {
        throw new Error(message);
      },
    });
  const throwing = new Proxy(
    {},
    {
      get() {
        throw new Error('Falle');
      },
      ownKeys() {
        throw new Error('Falle');
      },
      getPrototypeOf() {
        throw new Error('Falle');
      },
    },
  );
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const cyclic: Record<string, unknown> = { ...municipality };
  cyclic['self'] = cyclic;
  const cyclicDataset: Record<string, unknown> = { municipalities: [cyclic] };
  (cyclicDataset['municipalities'] as unknown[]).push(cyclicDataset);
  let deep: unknown = 'unten';
  for (let level = 0; level < 100_000; level += 1) deep = [deep];

  it.each([
    ['a throwing getter in an entity', { municipalities: [getter('kaputt')] }],
    [
      'a throwing getter on the dataset',
      Object.defineProperty({}, 'municipalities', {
        get: () => (null as unknown as { x: unknown[] }).x,
      }),
    ],
    ['a Proxy whose traps throw', throwing],
    ['a Proxy whose traps throw, as an entity', { municipalities: [throwing] }],
    ['a Proxy whose traps throw, as a collection', { municipalities: throwing }],
    ['a revoked Proxy', revoked.proxy],
    ['a revoked Proxy as an entity', { municipalities: [revoked.proxy] }],
    ['a cyclic dataset', cyclicDataset],
    ['arrays nested 100,000 deep', { municipalities: [deep], title: deep }],
    [
      'symbols, BigInts and functions',
      { municipalities: [Symbol('s'), 1n, () => 1, { ...municipality, id: Symbol('i') }] },
    ],
    [
      'a 10 MB string in every field',
      {
        municipalities: [
          {
            id: 'x'.repeat(10_000_000),
            name: 'y'.repeat(10_000_000),
            kind: 'city',
            country: 'DE',
            website: `http://${'a'.repeat(10_000_000)}!`,
          },
        ],
      },
    ],
  ])('returns a result for %s', (_, input) => {
    const result = safeParseDataset(input);
    expect(result.success).toBe(false);
    const issues = issuesOf(result);
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) expect(issue.message.length).toBeLessThan(1000);
    expect(() => parseDataset(input)).toThrow(KommunalValidationError);
  });

  it('reports a value that throws where it is, naming what it threw', () => {
    expect(issuesOf(safeParseDataset({ municipalities: [municipality, getter('kaputt')] }))).toEqual([
      {
        path: ['municipalities', 1],
        code: 'invalid_type',
        message: 'Dieser Wert lässt sich nicht lesen: Beim Lesen wird „Error: kaputt“ geworfen.',
      },
    ]);
    expect(issuesOf(safeParseDataset(throwing, { locale: 'en' }))).toEqual([
      {
        path: [],
        code: 'invalid_type',
        message: 'This value cannot be read: reading it throws "Error: Falle".',
      },
    ]);
  });

  it('reports a collection that throws once it is read again', () => {
    let reads = 0;
    const input = Object.defineProperty({ municipalities: [] }, 'exchanges', {
      enumerable: true,
      get() {
        reads += 1;
        if (reads > 1) throw new RangeError('zu tief');
        return [];
      },
    });
    expect(issuesOf(safeParseDataset(input))).toEqual([
      {
        path: ['exchanges'],
        code: 'invalid_type',
        message: 'Dieser Wert lässt sich nicht lesen: Beim Lesen wird „RangeError: zu tief“ geworfen.',
      },
    ]);
  });

  it('names what was thrown even when reading it throws', () => {
    const thrown = new Error('x');
    Object.defineProperty(thrown, 'message', {
      get() {
        throw new Error('noch einmal');
      },
    });
    const input = {
      municipalities: [
        Object.defineProperty({}, 'id', {
          enumerable: true,
          get() {
            throw thrown;
          },
        }),
      ],
    };
    expect(issuesOf(safeParseDataset(input))[0]?.message).toBe(
      'Dieser Wert lässt sich nicht lesen: Beim Lesen wird ein Wert vom Typ object geworfen.',
    );
  });

  it('names a thrown value that is no Error by its kind', () => {
    const input = {
      municipalities: [
        Object.defineProperty({}, 'id', {
          enumerable: true,
          get() {
            throw { not: 'an error' };
          },
        }),
      ],
    };
    expect(issuesOf(safeParseDataset(input))[0]?.message).toBe(
      'Dieser Wert lässt sich nicht lesen: Beim Lesen wird ein Wert vom Typ object geworfen.',
    );
  });

  it.each([
    [{ locale: 'fr' }, 'Die Option „locale“ von safeParseDataset muss „de“ oder „en“ sein, nicht „fr“.'],
    [{ locale: null }, 'Die Option „locale“ von safeParseDataset muss „de“ oder „en“ sein, nicht null.'],
    [null, 'Die Option „options“ von safeParseDataset muss ein Objekt sein, nicht null.'],
    ['en', 'Die Option „options“ von safeParseDataset muss ein Objekt sein, nicht „en“.'],
  ])('refuses the options %j with invalid_option', (options, message) => {
    const result = safeParseDataset({ municipalities: [] }, options as never);
    expect(issuesOf(result)).toEqual([{ path: [], code: 'invalid_option', message }]);
    expect(() => parseDataset({ municipalities: [] }, options as never)).toThrow(
      message.replace('safeParseDataset', 'parseDataset'),
    );
  });

  it('refuses options whose locale getter throws', () => {
    const options = Object.defineProperty({}, 'locale', {
      enumerable: true,
      get() {
        throw new Error('nein');
      },
    });
    expect(issuesOf(safeParseDataset({ municipalities: [] }, options))[0]?.message).toContain('„Error: nein“');
  });
});
