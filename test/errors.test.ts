import { describe, expect, it } from 'vitest';
import { KommunalValidationError } from '../src/index.js';

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
