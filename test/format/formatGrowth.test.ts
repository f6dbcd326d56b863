import { describe, expect, it } from 'vitest';
import { formatGrowth, KommunalValidationError } from '../../src/index.js';

const OFFICES = { singular: 'Anlaufstelle', plural: 'Anlaufstellen' } as const;

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof KommunalValidationError) return error.issues;
    throw error;
  }
  throw new Error('no error');
}

describe('formatGrowth', () => {
  const series = [
    { date: '2014', value: 11 },
    { date: '2023-09', value: 150, qualifier: 'more-than' },
  ] as const;

  it('writes growth from the earliest to the latest entry, small numbers in words', () => {
    expect(formatGrowth(series)).toBe('von elf auf mehr als 150');
    expect(formatGrowth([...series].reverse())).toBe('von elf auf mehr als 150');
    expect(formatGrowth(series, { noun: 'Teilnehmende' })).toBe('von elf auf mehr als 150 Teilnehmende');
    expect(formatGrowth(series, { numbers: 'digits' })).toBe('von 11 auf mehr als 150');
    expect(formatGrowth(series, { locale: 'en' })).toBe('from 11 to more than 150');
  });

  it('takes entries in date order, the first of a shared start and the last of a shared end', () => {
    expect(
      formatGrowth([
        { date: '2015-03', value: 30 },
        { date: '2014-12-31', value: 12 },
        { date: '2014', value: 2, qualifier: 'about' },
        { date: '2020', value: 40 },
        { date: '2020', value: 0 },
      ]),
    ).toBe('von rund zwei auf null');
    expect(
      formatGrowth(
        [
          { date: '2014', value: 1 },
          { date: '2024', value: 3 },
        ],
        { noun: OFFICES },
      ),
    ).toBe('von 1 auf drei Anlaufstellen');
    expect(
      formatGrowth(
        [
          { date: '2014', value: 5 },
          { date: '2024', value: 1 },
        ],
        { noun: OFFICES },
      ),
    ).toBe('von fünf auf 1 Anlaufstelle');
  });

  it('refuses what is no series of at least two dated entries', () => {
    expect(() => formatGrowth([{ date: '2014', value: 11 }])).toThrow(
      'Eine Entwicklung braucht mindestens zwei Einträge; die Zahlenreihe hat nur einen.',
    );
    expect(issuesOf(() => formatGrowth({} as never))[0]?.code).toBe('invalid_type');
    expect(issuesOf(() => formatGrowth([series[0], { date: '15.04.2024', value: 3 }] as never))[0]).toMatchObject({
      path: [1, 'date'],
      code: 'invalid_format',
    });
    expect(issuesOf(() => formatGrowth([series[0], { date: '2024', value: -3 }]))[0]).toMatchObject({
      path: [1, 'value'],
      code: 'invalid_number',
    });
    expect(issuesOf(() => formatGrowth([series[0], null] as never))[0]).toMatchObject({ path: [1] });
    const huge: unknown[] = [];
    huge.length = 2 ** 32 - 1;
    expect(issuesOf(() => formatGrowth(huge as never))[0]?.code).toBe('too_big');
    expect(issuesOf(() => formatGrowth(series, { numbers: 'roman' } as never))[0]?.code).toBe('invalid_option');
  });
});
