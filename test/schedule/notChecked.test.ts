// A check that cannot run for an item is said once per check and reason (and per country abroad),
// in a conflict of kind `not-checked`, never skipped in silence.
import { describe, expect, it } from 'vitest';
import {
  type Conflict,
  detectConflicts,
  type NotCheckedConflict,
  parseDataset,
  type ScheduleItem,
} from '../../src/index.js';
import { seedsJson } from '../seeds.js';

const hour = { start: '2024-04-16T09:00+02:00', end: '2024-04-16T10:00+02:00' };
const notes = (conflicts: Conflict[]) =>
  conflicts
    .filter((conflict): conflict is NotCheckedConflict => conflict.kind === 'not-checked')
    .map(({ check, reason, country, itemIds }) => `${check} ${reason} ${country ?? '-'} ${itemIds.join('+')}`);

const place = (name: string, country: string, state?: string) => ({
  name,
  country,
  state,
  timeZone: country === 'DE' ? 'Europe/Berlin' : 'Europe/Vienna',
});

describe('detectConflicts: checks that could not run', () => {
  it('says once per reason which items had no place, with every one of them', () => {
    const items: ScheduleItem[] = [
      { id: 'a', ...hour, personIds: ['p'] },
      { id: 'b', ...hour, personIds: ['q'] },
      { id: 'c', ...hour },
    ];
    expect(notes(detectConflicts(items))).toEqual(['public-holiday no-place - a+b+c', 'travel-time no-place - a+b']);
    expect(notes(detectConflicts(items, { holidays: false, travelBufferMinutes: 0 }))).toEqual([]);
  });

  it('says once per country which items lie abroad, and checks their local holidays', () => {
    const wien = { ...place('Wien', 'AT'), holidays: [{ date: '11-15', name: 'Leopolditag' }] };
    const items: ScheduleItem[] = [
      { id: 'w1', ...hour, place: wien },
      { id: 'w2', start: '2024-11-15T09:00+01:00', end: '2024-11-15T10:00+01:00', place: wien },
      { id: 'p', ...hour, place: place('Paris', 'FR') },
      { id: 'x', ...hour, place: place('Wiesbaden', 'DE') },
      { id: 'h', ...hour, place: place('Wiesbaden', 'DE', 'DE-HE') },
    ];
    const conflicts = detectConflicts(items);
    expect(notes(conflicts)).toEqual([
      'public-holiday no-state - x',
      'public-holiday abroad AT w1+w2',
      'public-holiday abroad FR p',
    ]);
    expect(conflicts.filter((conflict) => conflict.kind === 'public-holiday').map((c) => c.itemIds[0])).toEqual(['w2']);
    expect(conflicts.find((conflict) => conflict.kind === 'not-checked')?.severity).toBe('info');
  });

  it('says which items lie before 1990, when kommunal knows no public holidays', () => {
    const items: ScheduleItem[] = [
      {
        id: 'alt',
        start: '1989-10-03T09:00+01:00',
        end: '1989-10-03T10:00+01:00',
        place: place('Bonn', 'DE', 'DE-NW'),
      },
    ];
    expect(notes(detectConflicts(items))).toEqual(['public-holiday before-1990 - alt']);
  });

  it('says which items of an exchange have no known days', () => {
    const items: ScheduleItem[] = [{ id: 'a', ...hour, exchangeId: 'unbekannt', place: place('Kiel', 'DE', 'DE-SH') }];
    expect(notes(detectConflicts(items))).toEqual(['outside-exchange-period no-period - a']);
    // With the dataset that knows the exchange, the check runs.
    const known = [{ ...items[0], exchangeId: 'wiesbaden-2024-04' } as ScheduleItem];
    expect(notes(detectConflicts(known, { dataset: parseDataset(seedsJson()) }))).toEqual([]);
  });

  it('writes its sentences in German and English', () => {
    const items: ScheduleItem[] = [
      { id: 'a', ...hour, place: place('Wien', 'AT') },
      { id: 'b', ...hour, place: place('Wien', 'AT') },
      { id: 'c', ...hour, place: place('Wien', 'AT') },
      { id: 'd', ...hour, place: place('Wien', 'AT') },
      { id: 'e', ...hour },
    ];
    const messages = (locale: 'de' | 'en') =>
      detectConflicts(items, { locale })
        .filter((conflict) => conflict.kind === 'not-checked')
        .map((conflict) => conflict.message);
    expect(messages('de')).toEqual([
      'Feiertage sind für 1 Termin nicht geprüft, weil sein Ort nicht bekannt ist: „e“.',
      'Für 4 Termine in AT sind nur örtliche Feiertage geprüft: Gesetzliche Feiertage kennt kommunal nur für die deutschen Länder („a“, „b“, „c“ und 1 weiterer).',
    ]);
    expect(messages('en')).toEqual([
      'Public holidays were not checked for 1 item because its place is unknown: "e".',
      'Only local holidays were checked for 4 items in AT: kommunal knows public holidays for the German states only ("a", "b", "c" and 1 more).',
    ]);
  });

  it('comes after the conflicts found and before the end of a cut list', () => {
    const items: ScheduleItem[] = ['a', 'b', 'c'].map((id) => ({ id, ...hour, personIds: ['p'] }));
    expect(detectConflicts(items, { maxConflicts: 1 }).map((conflict) => conflict.kind)).toEqual([
      'person-double-booked',
      'not-checked',
      'not-checked',
      'truncated',
    ]);
  });
});
