import { describe, expect, it } from 'vitest';
import { formatSince } from '../../src/index.js';

describe('formatSince', () => {
  it('writes a year, a month and a day after „seit“, the day with its article', () => {
    expect(formatSince('1997')).toBe('seit 1997');
    expect(formatSince('2024-02')).toBe('seit Februar 2024');
    expect(formatSince('2024-02-15')).toBe('seit dem 15. Februar 2024');
  });

  it('places a wall-clock time or an instant on the calendar of the zone', () => {
    expect(formatSince('2024-02-15T09:30')).toBe('seit dem 15. Februar 2024');
    expect(formatSince(new Date('2024-02-14T23:30:00Z'))).toBe('seit dem 15. Februar 2024');
    expect(formatSince(new Date('2024-02-14T23:30:00Z'), { timeZone: 'UTC' })).toBe('seit dem 14. Februar 2024');
  });

  it('refuses what is no beginning, naming the value', () => {
    expect(() => formatSince('2024-13')).toThrow('„2024-13“ ist kein gültiger Monat: Es gibt keinen Monat 13.');
    expect(() => formatSince('0000')).toThrow('„0000“ ist kein gültiges Jahr: Das Jahr muss mindestens 1 sein.');
    expect(() => formatSince('2024-02-30')).toThrow(
      '„2024-02-30“ ist kein gültiges Datum: Der Februar 2024 hat 29 Tage.',
    );
    expect(() => formatSince('2024-02-15T24:00')).toThrow(
      '„2024-02-15T24:00“ ist das Ende eines Tages (24 Uhr) und kann keinen Zeitraum beginnen',
    );
    expect(() => formatSince('1997', { timeZone: 'Mars/Olympus' })).toThrow('ist keine bekannte IANA-Zeitzone');
    expect(() => formatSince('1997', null as never)).toThrow('formatSince');
    expect(() => formatSince(1997 as never)).toThrow('ist kein Datum');
  });
});
