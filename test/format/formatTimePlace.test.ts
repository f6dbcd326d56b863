// A time abroad labelled by its place: „Ortszeit Osaka“, not the zone's city („Ortszeit Tokio“).
import { describe, expect, it } from 'vitest';
import {
  formatDateTime,
  formatTime,
  formatTimeRange,
  formatTimeZone,
  KommunalValidationError,
} from '../../src/index.js';

describe('the option placeName', () => {
  it.each([
    ['Asia/Tokyo', 'Osaka', '2024-04-15T10:00', '10 Uhr Ortszeit Osaka'],
    ['Africa/Johannesburg', 'Durban', '2024-06-15T10:00', '10 Uhr Ortszeit Durban'],
    ['Europe/London', 'Birmingham', '2024-06-15T10:00', '10 Uhr Ortszeit Birmingham'],
    ['America/Chicago', 'Chicago', '2017-06-13T10:00', '10 Uhr Ortszeit Chicago'],
    // Zones with an abbreviation German readers know keep it.
    ['Europe/Vienna', 'Wien', '2024-06-15T10:00', '10 Uhr MESZ'],
    ['Europe/Athens', 'Athen', '2024-06-15T10:00', '10 Uhr OESZ'],
  ])('labels a time in %s by %s', (timeZone, placeName, time, expected) => {
    expect(formatTime(time, { timeZone, placeName })).toBe(expected);
    expect(formatTime(time, { timeZone, placeName, showTimeZone: true })).toBe(expected);
  });

  it('keeps today’s label without a place: the zone’s city', () => {
    expect(formatTime('2024-04-15T10:00', { timeZone: 'Asia/Tokyo', showTimeZone: true })).toBe(
      '10 Uhr Ortszeit Tokio',
    );
    expect(formatTimeZone('2024-04-15T10:00', { timeZone: 'Africa/Johannesburg' })).toBe('Ortszeit Johannesburg');
  });

  it('shows no zone where showTimeZone is false', () => {
    expect(formatTime('2024-04-15T10:00', { timeZone: 'Asia/Tokyo', placeName: 'Osaka', showTimeZone: false })).toBe(
      '10 Uhr',
    );
  });

  it('labels ranges, date and time, and the zone alone', () => {
    expect(formatTimeZone('2024-04-15T10:00', { timeZone: 'Asia/Tokyo', placeName: 'Osaka' })).toBe('Ortszeit Osaka');
    expect(
      formatTimeRange('2024-04-15T10:00', '2024-04-15T11:30', { timeZone: 'Asia/Tokyo', placeName: 'Osaka' }),
    ).toBe('10:00–11:30 Uhr Ortszeit Osaka');
    expect(formatDateTime('2024-04-15T10:00', { timeZone: 'Asia/Tokyo', placeName: 'Osaka' })).toBe(
      'Montag, 15. April 2024, 10 Uhr Ortszeit Osaka',
    );
  });

  it.each([42, '', '  ', null])('refuses %j as a place name, in German', (placeName) => {
    for (const call of [
      () => formatTime('2024-04-15T10:00', { timeZone: 'Asia/Tokyo', placeName } as never),
      () => formatTimeZone('2024-04-15T10:00', { timeZone: 'Asia/Tokyo', placeName } as never),
    ]) {
      expect(call).toThrow(KommunalValidationError);
      try {
        call();
      } catch (error) {
        expect((error as KommunalValidationError).issues[0]?.code).toBe('invalid_option');
        expect((error as KommunalValidationError).issues[0]?.message).toMatch(
          /^Die Option „placeName“ von formatTime(Zone)? muss der Name des Ortes, dessen Ortszeit gemeint ist, als Text wie „Osaka“ sein, nicht /,
        );
      }
    }
  });
});
