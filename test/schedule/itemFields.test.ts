// The fields an item carries for the checks (place, personNames, location, period) are read and
// checked like the others: each once, every problem listed with its path, in the caller's language.
import { describe, expect, it } from 'vitest';
import { detectConflicts, type ScheduleItem } from '../../src/index.js';
import { joinedIssuesOf } from '../issues.js';

const hour = { start: '2024-04-16T09:00+02:00', end: '2024-04-16T10:00+02:00' };
const WIESBADEN = { name: 'Wiesbaden', country: 'DE', state: 'DE-HE', timeZone: 'Europe/Berlin' };

describe('the fields an item carries for the checks', () => {
  const items = [
    { id: 'a', ...hour, place: 'Wiesbaden' },
    { id: 'b', ...hour, place: { ...WIESBADEN, state: 'DE-XX' } },
    { id: 'c', ...hour, place: { ...WIESBADEN, timeZone: 'Mars/Base' } },
    { id: 'd', ...hour, place: { ...WIESBADEN, holidays: [{ date: '2024-13-01', name: 'x' }] } },
    { id: 'e', ...hour, place: { country: 'DE', timeZone: 'Europe/Berlin' } },
    { id: 'f', ...hour, period: { start: '2024-04-18', end: '2024-04-15' } },
    { id: 'g', ...hour, period: { start: '2024-04-15', end: '2024-04-18', timeZone: 'Nowhere' } },
    { id: 'h', ...hour, personIds: ['p', 'q'], personNames: ['P'] },
    { id: 'i', ...hour, personNames: 'P' },
    { id: 'j', ...hour, location: 7 },
  ] as unknown as ScheduleItem[];

  it('lists every problem with its path and code', () => {
    expect(joinedIssuesOf(() => detectConflicts(items)).map(({ path, code }) => `${path} ${code}`)).toEqual([
      '0.place invalid_type',
      '1.place.state unknown_state',
      '2.place.timeZone invalid_time_zone',
      '3.place.holidays.0.date invalid_date',
      '4.place.name invalid_type',
      '5.period.end invalid_range',
      '6.period.timeZone invalid_time_zone',
      '7.personNames invalid_value',
      '8.personNames invalid_type',
      '9.location invalid_type',
    ]);
  });

  it('words them in German and in English', () => {
    const messages = (locale: 'de' | 'en') =>
      joinedIssuesOf(() => detectConflicts(items, { locale })).map((issue) => issue.message);
    expect(messages('de')[1]).toBe(
      'Das Feld „place.state“ des Termins „b“ muss ein deutsches Land wie „DE-HE“ sein, nicht „DE-XX“.',
    );
    expect(messages('de')[7]).toBe(
      'Das Feld „personNames“ des Termins „h“ nennt 1 Namen, „personIds“ aber 2 Personen: Erwartet wird ein Name je Person, in derselben Reihenfolge.',
    );
    expect(messages('en')[1]).toBe(
      'The field "place.state" of the item "b" must be a German state such as "DE-HE", not "DE-XX".',
    );
    expect(messages('en')[5]).toBe('The period ("period") of the item "f" ends before it starts.');
  });

  it('reads each field of a place once, and a place that items share once for all of them', () => {
    const reads = new Map<string, number>();
    const place = new Proxy(WIESBADEN, {
      get(target, key, receiver) {
        reads.set(String(key), (reads.get(String(key)) ?? 0) + 1);
        return Reflect.get(target, key, receiver);
      },
    });
    const shared: ScheduleItem[] = ['a', 'b', 'c'].map((id) => ({ id, ...hour, place }));
    expect(detectConflicts(shared).map((conflict) => conflict.kind)).toEqual([]);
    expect(Object.fromEntries(reads)).toEqual({
      name: 1,
      country: 1,
      state: 1,
      timeZone: 1,
      holidays: 1,
      ags: 1,
      holidaysNotKept: 1,
    });
  });

  it('takes a place that answers differently on a second read by its first answer', () => {
    let calls = 0;
    const fickle = {
      name: 'Wiesbaden',
      country: 'DE',
      get state() {
        calls += 1;
        return calls === 1 ? 'DE-HE' : 42;
      },
      timeZone: 'Europe/Berlin',
    };
    const conflicts = detectConflicts([
      { id: 'x', start: '2024-10-03T09:00+02:00', end: '2024-10-03T10:00+02:00', place: fickle as never },
    ]);
    expect(conflicts.map((conflict) => conflict.kind)).toEqual(['public-holiday']);
    expect(calls).toBe(1);
  });
});
