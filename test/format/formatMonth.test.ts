import { describe, expect, it } from 'vitest';
import { formatMonth } from '../../src/index.js';

describe('formatMonth', () => {
  it('writes month and year of a month, a date or an instant', () => {
    expect(formatMonth('2024-02')).toBe('Februar 2024');
    expect(formatMonth('2024-03-15')).toBe('März 2024');
    expect(formatMonth(new Date('2024-01-31T23:30:00Z'))).toBe('Februar 2024');
    expect(formatMonth(new Date('2024-01-31T23:30:00Z'), { timeZone: 'UTC' })).toBe('Januar 2024');
  });

  it('refuses a month that does not exist', () => {
    expect(() => formatMonth('2024-13')).toThrow('„2024-13“ ist kein gültiger Monat: Es gibt keinen Monat 13.');
  });
});
