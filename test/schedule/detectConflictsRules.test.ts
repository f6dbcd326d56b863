// The domain rules of the own-item checks, each at its edge: an end at midnight belongs to the day
// before, an exchange's days are the host's calendar days, working hours end on the minute, and a
// local holiday carries the place's Land.
import { describe, expect, it } from 'vitest';
import { type Conflict, detectConflicts, type ScheduleItem } from '../../src/index.js';

const hessen = { name: 'Wiesbaden', country: 'DE', state: 'DE-HE', timeZone: 'Europe/Berlin' } as const;
const kinds = (conflicts: readonly Conflict[]) =>
  conflicts.filter((conflict) => conflict.kind !== 'not-checked').map((conflict) => conflict.kind);

describe('detectConflicts: the rules at their edges', () => {
  it('counts an end at midnight to the day before: no weekend, no holiday the item does not reach', () => {
    const item = (id: string, start: string, end: string): ScheduleItem => ({ id, start, end, place: hessen });
    const options = { travelBufferMinutes: 0 };
    // Friday 19 April 2024, 22:00 until Saturday 00:00; 30 April, 22:00 until 1 May (Tag der Arbeit) 00:00.
    expect(kinds(detectConflicts([item('fr', '2024-04-19T22:00+02:00', '2024-04-20T00:00+02:00')], options))).toEqual(
      [],
    );
    expect(kinds(detectConflicts([item('ap', '2024-04-30T22:00+02:00', '2024-05-01T00:00+02:00')], options))).toEqual(
      [],
    );
    // One minute later they reach the next day.
    expect(kinds(detectConflicts([item('fr', '2024-04-19T22:00+02:00', '2024-04-20T00:01+02:00')], options))).toEqual([
      'weekend',
    ]);
    expect(kinds(detectConflicts([item('ap', '2024-04-30T22:00+02:00', '2024-05-01T00:01+02:00')], options))).toEqual([
      'public-holiday',
    ]);
  });

  it('reads an exchange’s days in the host’s calendar, not the place’s', () => {
    // 18 April, 20:00 in Chicago is 19 April, 3:00 in Wiesbaden, the host's zone: after the exchange.
    const chicago = { name: 'Chicago', country: 'US', timeZone: 'America/Chicago' };
    const period = { start: '2024-04-15', end: '2024-04-18', title: 'Delegationsreise', timeZone: 'Europe/Berlin' };
    const late: ScheduleItem = {
      id: 'empfang',
      start: '2024-04-18T20:00-05:00',
      end: '2024-04-18T21:00-05:00',
      exchangeId: 'reise',
      place: chicago,
      period,
    };
    const early: ScheduleItem = {
      ...late,
      id: 'fruehstueck',
      start: '2024-04-18T08:00-05:00',
      end: '2024-04-18T09:00-05:00',
    };
    const found = detectConflicts([late, early], { holidays: false, travelBufferMinutes: 0 });
    expect(found.filter((conflict) => conflict.kind === 'outside-exchange-period').map((c) => c.itemIds)).toEqual([
      ['empfang'],
    ]);
  });

  it('lets working hours end on the minute: a second past their end is outside', () => {
    const hours = { workingHours: { start: '08:00', end: '16:30' }, holidays: false, travelBufferMinutes: 0 };
    const until = (end: string): ScheduleItem => ({ id: end, start: '2024-04-15T15:00+02:00', end, place: hessen });
    expect(kinds(detectConflicts([until('2024-04-15T16:30:00+02:00')], hours))).toEqual([]);
    expect(kinds(detectConflicts([until('2024-04-15T16:30:30+02:00')], hours))).toEqual(['outside-working-hours']);
  });

  it('gives a local holiday the place’s Land and its scope', () => {
    const place = { ...hessen, holidays: [{ date: '04-17', name: 'Stadtfeiertag' }] };
    const found = detectConflicts(
      [{ id: 'a', start: '2024-04-17T10:00+02:00', end: '2024-04-17T11:00+02:00', place }],
      { travelBufferMinutes: 0 },
    );
    const holiday = found.find((conflict) => conflict.kind === 'public-holiday');
    expect(holiday?.kind === 'public-holiday' && holiday.holiday).toEqual({
      date: '2024-04-17',
      name: 'Stadtfeiertag',
      scope: 'local',
      state: 'DE-HE',
    });
  });
});
