import { describe, expect, it } from 'vitest';
import { detectConflicts, formatTimeRange } from '../../src/index.js';

// Conflict messages write an item's times as formatTimeRange does: one precision per range, an end
// at midnight as 24 Uhr, a range of no length as one time (issue 13).
const person = (id: string, start: string, end: string) => ({ id, start, end, personIds: ['p'] });
const messages = (items: Parameters<typeof detectConflicts>[0], options = {}) =>
  detectConflicts(items, { holidays: false, travelBufferMinutes: 0, ...options }).map((conflict) => conflict.message);

describe('the times in a conflict message', () => {
  it('give both ends one precision, as formatTimeRange does', () => {
    expect(
      messages([
        person('a', '2024-04-15T09:00+02:00', '2024-04-15T10:00+02:00'),
        person('b', '2024-04-15T09:30+02:00', '2024-04-15T11:00+02:00'),
      ]),
    ).toEqual([
      '„p“ ist doppelt gebucht: „a“ (Montag, 15. April 2024, 9–10 Uhr) und „b“ (Montag, 15. April 2024, 9:30–11:00 Uhr).',
    ]);
    expect(formatTimeRange('2024-04-15T09:30', '2024-04-15T11:00')).toBe('9:30–11:00 Uhr');
  });

  it('write an end at midnight as 24 Uhr of the day before', () => {
    expect(
      messages([
        person('a', '2024-04-15T22:00+02:00', '2024-04-16T00:00+02:00'),
        person('b', '2024-04-15T23:00+02:00', '2024-04-16T01:00+02:00'),
      ]),
    ).toEqual([
      '„p“ ist doppelt gebucht: „a“ (Montag, 15. April 2024, 22–24 Uhr) und „b“ (Montag, 15. April 2024, 23 Uhr – Dienstag, 16. April 2024, 1 Uhr).',
    ]);
    expect(formatTimeRange('2024-04-15T22:00', '2024-04-16T00:00')).toBe('22–24 Uhr');
  });

  it('write an item of no length as one time', () => {
    expect(
      messages([{ id: 'a', start: '2024-04-15T19:00+02:00', end: '2024-04-15T19:00+02:00' }], {
        workingHours: { start: '08:30', end: '17:00' },
      }),
    ).toEqual([
      '„a“ (Montag, 15. April 2024, 19 Uhr) liegt außerhalb der Arbeitszeit (Montag bis Freitag, 8:30–17:00 Uhr).',
    ]);
  });

  it('keep the English form, ISO 8601 with the zone', () => {
    expect(
      messages(
        [
          person('a', '2024-04-15T22:00+02:00', '2024-04-16T00:00+02:00'),
          person('b', '2024-04-15T23:00+02:00', '2024-04-16T01:00+02:00'),
        ],
        {
          locale: 'en',
        },
      ),
    ).toEqual([
      '"p" is double-booked: "a" (2024-04-15 22:00–2024-04-16 00:00, Europe/Berlin) and "b" (2024-04-15 23:00–2024-04-16 01:00, Europe/Berlin).',
    ]);
  });
});
