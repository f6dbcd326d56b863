import { describe, expect, it } from 'vitest';
import { KommunalValidationError, parseDataset, safeParseDataset } from '../src/index.js';
import { issuesOf } from './issues.js';

describe('KommunalValidationError', () => {
  it('lists every issue in its message, with the path where there is one', () => {
    const error = new KommunalValidationError([
      { path: ['exchanges', 0, 'startDate'], code: 'invalid_date', message: '„2024-02-30“ ist kein gültiges Datum.' },
      { path: [], code: 'invalid_type', message: 'null ist kein Datensatz.' },
    ]);
    expect(error.message).toBe(
      '2 Probleme gefunden:\n- exchanges.0.startDate: „2024-02-30“ ist kein gültiges Datum.\n- null ist kein Datensatz.',
    );
    expect(error.name).toBe('KommunalValidationError');
    expect(error).toBeInstanceOf(Error);
  });

  it('keeps its own copy of the issues, frozen', () => {
    const issues = [{ path: [], code: 'invalid_date' as const, message: 'x' }];
    const error = new KommunalValidationError(issues);
    issues.push({ path: [], code: 'invalid_date', message: 'y' });
    expect(error.issues).toHaveLength(1);
    expect(Object.isFrozen(error.issues)).toBe(true);
  });
});

describe('KommunalValidationError with many issues', () => {
  const issue = (index: number) => ({ path: ['municipalities', index], code: 'invalid_type' as const, message: 'x' });

  it('joins at most 1,000 issues into its message and counts the rest', () => {
    const error = new KommunalValidationError(Array.from({ length: 200_000 }, (_, index) => issue(index)));
    expect(error.issues).toHaveLength(200_000);
    const lines = error.message.split('\n');
    expect(lines).toHaveLength(1002);
    expect(lines[0]).toBe('Mehr als 1000 Probleme gefunden, die ersten 1000:');
    expect(lines[1000]).toBe('- municipalities.999: x');
    expect(lines[1001]).toBe('- … und 199\u202f000 weitere Probleme.');
  });

  it('ends a report that a too_many_issues issue already shortened with that issue', () => {
    const issues = [
      ...Array.from({ length: 1000 }, (_, index) => issue(index)),
      { path: [], code: 'too_many_issues' as const, message: '… and 5 more problems.' },
    ];
    const lines = new KommunalValidationError(issues, { locale: 'en' }).message.split('\n');
    expect(lines[0]).toBe('More than 1,000 problems found, the first 1,000:');
    expect(lines.at(-1)).toBe('- … and 5 more problems.');
    expect(lines).toHaveLength(1002);
  });

  it('writes its heading in the language asked for', () => {
    expect(new KommunalValidationError([issue(0), issue(1)], { locale: 'en' }).message).toBe(
      '2 problems found:\n- municipalities.0: x\n- municipalities.1: x',
    );
    expect(new KommunalValidationError([issue(0), issue(1)], null as never).message).toMatch(/^2 Probleme gefunden:/);
  });
});

describe('KommunalValidationError with arguments that are not issues', () => {
  function refusal(run: () => unknown): { code: string; message: string } {
    const [issue] = issuesOf(run);
    return { code: issue?.code ?? '', message: issue?.message ?? '' };
  }
  const make =
    (...args: unknown[]) =>
    () =>
      new KommunalValidationError(...(args as [never, never]));

  it.each([
    [
      undefined,
      'KommunalValidationError erwartet eine nicht leere Liste von Problemen { path, code, message }, nicht undefined.',
    ],
    [
      [],
      'KommunalValidationError erwartet eine nicht leere Liste von Problemen { path, code, message }, keine leere Liste.',
    ],
    ['x', 'KommunalValidationError erwartet eine nicht leere Liste von Problemen { path, code, message }, nicht „x“.'],
    [
      [null],
      'KommunalValidationError erwartet Probleme { path, code, message }: Bei Index 0 ist das Problem null, erwartet wird ein Objekt.',
    ],
    [
      [{ path: '2024', code: 'custom', message: 'm' }],
      'KommunalValidationError erwartet Probleme { path, code, message }: Bei Index 0 ist path „2024“, erwartet wird eine Liste aus Texten und Zahlen.',
    ],
    [
      [{ path: [{}], code: 'custom', message: 'm' }],
      'KommunalValidationError erwartet Probleme { path, code, message }: Bei Index 0 ist path[0] ein Wert vom Typ object, erwartet wird eine Liste aus Texten und Zahlen.',
    ],
    [
      [{ path: [], code: '', message: 'm' }],
      'KommunalValidationError erwartet Probleme { path, code, message }: Bei Index 0 ist code „“, erwartet wird ein nicht leerer Text.',
    ],
    [
      [
        { path: [], code: 'custom', message: 'm' },
        { path: [], code: 'custom', message: 1 },
      ],
      'KommunalValidationError erwartet Probleme { path, code, message }: Bei Index 1 ist message 1, erwartet wird ein nicht leerer Text.',
    ],
    [
      new Array(4_000_000_000),
      'KommunalValidationError erwartet Probleme { path, code, message }: Bei Index 0 ist das Problem undefined, erwartet wird ein Objekt.',
    ],
  ])('refuses issues %#', (issues, message) => {
    expect(refusal(make(issues))).toEqual({ code: 'invalid_type', message });
  });

  it('refuses an unknown locale and issues that throw when read, in the language asked for', () => {
    const issue = { path: [], code: 'custom', message: 'm' };
    expect(refusal(make([issue], { locale: 'fr' }))).toEqual({
      code: 'invalid_option',
      message: 'Die Option „locale“ von KommunalValidationError muss „de“ oder „en“ sein, nicht „fr“.',
    });
    const throwing = Object.defineProperty({ path: [], code: 'custom' }, 'message', {
      get() {
        throw new Error('Falle');
      },
    });
    expect(refusal(make([throwing], { locale: 'en' }))).toEqual({
      code: 'invalid_type',
      message: 'KommunalValidationError cannot read its arguments ("Error: Falle"): expected plain data.',
    });
    expect(refusal(make([null], { locale: 'en' })).message).toBe(
      'KommunalValidationError expects issues { path, code, message }: at index 0, the issue is null, expected an object.',
    );
  });

  it('keeps frozen copies of the issues, not the caller’s objects', () => {
    const path = ['a', 1];
    const issue = { path, code: 'custom' as const, message: 'm' };
    const error = new KommunalValidationError([issue]);
    path.push('b');
    expect(error.issues[0]).toEqual({ path: ['a', 1], code: 'custom', message: 'm' });
    expect(Object.isFrozen(error.issues[0])).toBe(true);
    expect(Object.isFrozen(error.issues[0]?.path)).toBe(true);
    expect(Object.isFrozen(issue)).toBe(false);
  });
});

describe('the heading of errors that kommunal throws', () => {
  // Four problems: no municipalities list, and three wrong collections.
  const broken = { exchanges: 4, persons: 'x', venues: null };
  const headingOf = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return (error as Error).message.split('\n')[0];
    }
    return undefined;
  };

  it('is in English where a caller asks for English, in German otherwise', () => {
    expect(headingOf(() => parseDataset(broken, { locale: 'en' }))).toBe('4 problems found:');
    expect(headingOf(() => parseDataset(broken))).toBe('4 Probleme gefunden:');
    const refused = safeParseDataset(broken, { locale: 'en' });
    expect(refused.success ? undefined : refused.error.message).not.toMatch(/Probleme|gefunden/);
  });
});
