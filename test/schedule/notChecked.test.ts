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
    const paris = { ...place('Paris', 'FR'), holidays: [{ date: '04-16', name: 'Stadtfest' }] };
    const items: ScheduleItem[] = [
      { id: 'p1', ...hour, place: paris },
      { id: 'p2', start: '2024-11-15T09:00+01:00', end: '2024-11-15T10:00+01:00', place: paris },
      { id: 'z', ...hour, place: place('Zürich', 'CH') },
      // Austria's public holidays are built in: no note for Wien.
      { id: 'w', ...hour, place: place('Wien', 'AT') },
      { id: 'x', ...hour, place: place('Wiesbaden', 'DE') },
      { id: 'h', ...hour, place: place('Wiesbaden', 'DE', 'DE-HE') },
    ];
    const conflicts = detectConflicts(items);
    expect(notes(conflicts)).toEqual([
      'public-holiday no-state - x',
      'public-holiday abroad CH z',
      'public-holiday abroad FR p1+p2',
    ]);
    expect(conflicts.filter((conflict) => conflict.kind === 'public-holiday').map((c) => c.itemIds[0])).toEqual(['p1']);
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

  it('writes its sentences in German and English, naming the country', () => {
    const items: ScheduleItem[] = [
      { id: 'a', ...hour, place: place('Chicago', 'US') },
      { id: 'b', ...hour, place: place('Chicago', 'US') },
      { id: 'c', ...hour, place: place('Chicago', 'US') },
      { id: 'd', ...hour, place: place('Chicago', 'US') },
      { id: 'e', ...hour },
      { id: 'f', ...hour, place: place('Zürich', 'CH') },
      { id: 'g', ...hour, place: place('Osaka', 'JP') },
    ];
    const messages = (locale: 'de' | 'en') =>
      detectConflicts(items, { locale })
        .filter((conflict) => conflict.kind === 'not-checked')
        .map((conflict) => conflict.message);
    expect(messages('de')).toEqual([
      'Feiertage sind für 1 Termin nicht geprüft, weil sein Ort nicht bekannt ist: „e“.',
      'Gesetzliche Feiertage in der Schweiz sind für 1 Termin nicht geprüft: kommunal kennt sie nicht, und die Option „holidays“ gibt keine Quelle für sie an („f“).',
      'Gesetzliche Feiertage in Japan sind für 1 Termin nicht geprüft: kommunal kennt sie nicht, und die Option „holidays“ gibt keine Quelle für sie an („g“).',
      'Gesetzliche Feiertage in den USA sind für 4 Termine nicht geprüft: kommunal kennt sie nicht, und die Option „holidays“ gibt keine Quelle für sie an („a“, „b“, „c“ und 1 weiterer).',
    ]);
    expect(messages('en')).toEqual([
      'Public holidays were not checked for 1 item because its place is unknown: "e".',
      'Public holidays in Switzerland were not checked for 1 item: kommunal does not know them, and the option "holidays" gives no source for them ("f").',
      'Public holidays in Japan were not checked for 1 item: kommunal does not know them, and the option "holidays" gives no source for them ("g").',
      'Public holidays in the United States were not checked for 4 items: kommunal does not know them, and the option "holidays" gives no source for them ("a", "b", "c" and 1 more).',
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
