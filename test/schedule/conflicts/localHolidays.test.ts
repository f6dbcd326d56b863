// Local public holidays in conflict detection and free slots: by the place's AGS, with `certain:
// false` where kommunal's data cannot say, and as a dataset declares them or declares them not kept.
import { describe, expect, it } from 'vitest';
import {
  type Conflict,
  detectConflicts,
  findFreeSlots,
  formatDateTime,
  type ItemPlace,
  type PublicHolidayConflict,
  parseDataset,
  scheduleOf,
} from '../../../src/index.js';
import { seedsJson } from '../../seeds.js';

const AUGSBURG = { name: 'Augsburg', country: 'DE', state: 'DE-BY', timeZone: 'Europe/Berlin', ags: '09761000' };
const NUERNBERG = { name: 'Nürnberg', country: 'DE', state: 'DE-BY', timeZone: 'Europe/Berlin', ags: '09564000' };
const BAUTZEN = { name: 'Bautzen', country: 'DE', state: 'DE-SN', timeZone: 'Europe/Berlin', ags: '14625020' };
const CROSTWITZ = { name: 'Crostwitz', country: 'DE', state: 'DE-SN', timeZone: 'Europe/Berlin', ags: '14625080' };

const day = (date: string, id: string, place: ItemPlace) => ({
  id,
  title: id,
  start: `${date}T09:00+02:00`,
  end: `${date}T10:00+02:00`,
  place,
});

const holidays = (conflicts: readonly Conflict[]) =>
  conflicts.filter((conflict): conflict is PublicHolidayConflict => conflict.kind === 'public-holiday');

describe('detectConflicts and local public holidays', () => {
  it('a programme in Augsburg on 8 and 15 August: two local holidays that hold there', () => {
    const conflicts = holidays(
      detectConflicts([day('2024-08-08', 'friedensfest', AUGSBURG), day('2024-08-15', 'himmelfahrt', AUGSBURG)]),
    );
    expect(conflicts.map((conflict) => [conflict.holiday, conflict.certain, conflict.message])).toEqual([
      [
        { date: '2024-08-08', name: 'Augsburger Hohes Friedensfest', scope: 'local', state: 'DE-BY' },
        true,
        '„friedensfest“ (Donnerstag, 8. August 2024, 9–10 Uhr) fällt auf einen Feiertag in Augsburg: Augsburger Hohes Friedensfest.',
      ],
      [
        { date: '2024-08-15', name: 'Mariä Himmelfahrt', scope: 'local', state: 'DE-BY' },
        true,
        '„himmelfahrt“ (Donnerstag, 15. August 2024, 9–10 Uhr) fällt auf einen Feiertag in Augsburg: Mariä Himmelfahrt.',
      ],
    ]);
    expect(conflicts.map((conflict) => conflict.severity)).toEqual(['warning', 'warning']);
  });

  it('says nothing in a municipality where they do not hold', () => {
    const items = [day('2024-08-08', 'a', NUERNBERG), day('2024-08-15', 'b', NUERNBERG)];
    expect(holidays(detectConflicts(items))).toEqual([]);
  });

  it('warns that the day may be a holiday where only Ortsteile keep it, naming it', () => {
    const [bautzen] = holidays(detectConflicts([day('2024-05-30', 'sitzung', BAUTZEN)]));
    expect(bautzen?.certain).toBe(false);
    expect(bautzen?.holiday).toEqual({ date: '2024-05-30', name: 'Fronleichnam', scope: 'local', state: 'DE-SN' });
    expect(bautzen?.message).toBe(
      '„sitzung“ (Donnerstag, 30. Mai 2024, 9–10 Uhr) fällt vielleicht auf einen Feiertag in Bautzen: Fronleichnam. Ob er dort gilt, kann kommunal nicht sagen; die Kommune legt es mit „holidays“ oder „holidaysNotKept“ fest.',
    );
    const [english] = holidays(detectConflicts([day('2024-05-30', 'sitzung', BAUTZEN)], { locale: 'en' }));
    expect(english?.message).toContain(
      'may fall on a public holiday in Bautzen: Fronleichnam. kommunal cannot tell whether it holds there; the municipality settles it with "holidays" or "holidaysNotKept".',
    );
    const [crostwitz] = holidays(detectConflicts([day('2024-05-30', 'sitzung', CROSTWITZ)]));
    expect(crostwitz?.certain).toBe(true);
  });

  it('warns that the day may be a holiday at a place without AGS in a Land with local holidays', () => {
    const { ags: _, ...somewhere } = AUGSBURG;
    const conflicts = holidays(detectConflicts([day('2024-08-08', 'a', somewhere), day('2024-08-15', 'b', somewhere)]));
    expect(conflicts.map((conflict) => [conflict.holiday.name, conflict.holiday.scope, conflict.certain])).toEqual([
      ['Augsburger Hohes Friedensfest', 'local', false],
      ['Mariä Himmelfahrt', 'local', false],
    ]);
    // An AGS of another Land, or a Kreis' key, says nothing about the place.
    const wrongKey = holidays(detectConflicts([day('2024-08-15', 'b', { ...AUGSBURG, ags: '06414000' })]));
    expect(wrongKey.map((conflict) => conflict.certain)).toEqual([false]);
  });

  it('takes what a dataset declares: a local holiday it keeps, one it does not keep', () => {
    const bautzenKeeps = { ...BAUTZEN, holidays: [{ date: '2024-05-30', name: 'Fronleichnam' }] };
    expect(holidays(detectConflicts([day('2024-05-30', 'a', bautzenKeeps)])).map((c) => c.certain)).toEqual([true]);
    const bautzenNot = { ...BAUTZEN, holidaysNotKept: ['Fronleichnam'] };
    expect(holidays(detectConflicts([day('2024-05-30', 'a', bautzenNot)]))).toEqual([]);
    // Only local ones: a statewide holiday holds whatever the dataset says.
    const notChristmas = { ...BAUTZEN, holidaysNotKept: ['1. Weihnachtstag'] };
    const christmas = {
      id: 'x',
      start: '2024-12-25T09:00+01:00',
      end: '2024-12-25T10:00+01:00',
      place: notChristmas,
    };
    expect(holidays(detectConflicts([christmas])).map((c) => c.holiday.scope)).toEqual(['statewide']);
  });

  it('reads the AGS and the holidays not kept from the dataset’s municipality', () => {
    const data = seedsJson();
    data.municipalities.push(
      { id: 'augsburg', name: 'Augsburg', kind: 'city', country: 'DE', state: 'DE-BY', ags: '09761000' },
      {
        id: 'bautzen',
        name: 'Bautzen',
        kind: 'city',
        country: 'DE',
        state: 'DE-SN',
        ags: '14625020',
        holidaysNotKept: ['Fronleichnam'],
      },
    );
    const dataset = parseDataset(data);
    const items = [
      { id: 'a', start: '2024-08-15T09:00+02:00', end: '2024-08-15T10:00+02:00', municipalityId: 'augsburg' },
      { id: 'b', start: '2024-05-30T09:00+02:00', end: '2024-05-30T10:00+02:00', municipalityId: 'bautzen' },
    ];
    const found = holidays(detectConflicts(items, { dataset }));
    expect(found.map((conflict) => [conflict.itemIds[0], conflict.holiday.name, conflict.certain])).toEqual([
      ['a', 'Mariä Himmelfahrt', true],
    ]);
    expect(scheduleOf(dataset).length).toBeGreaterThan(0);
  });

  it('refuses a place whose ags is no 8-digit key, naming it', () => {
    expect(() => detectConflicts([day('2024-08-15', 'a', { ...AUGSBURG, ags: '0976' })])).toThrow(
      'Das Feld „place.ags“ des Termins „a“ muss ein achtstelliger Gemeindeschlüssel wie „09761000“ sein, nicht „0976“.',
    );
    expect(() =>
      detectConflicts([day('2024-08-15', 'a', { ...AUGSBURG, holidaysNotKept: 'Fronleichnam' as never })]),
    ).toThrow('place.holidaysNotKept');
  });
});

describe('findFreeSlots and local public holidays', () => {
  const options = {
    durationMinutes: 60,
    within: { start: '2024-08-15T00:00', end: '2024-08-17T00:00' },
    limit: 1,
  };
  const first = (extra: object) =>
    findFreeSlots([], { ...options, ...extra }).map((slot) =>
      formatDateTime(slot.start, { timeZone: 'Europe/Berlin' }),
    );

  it('does not offer 15 August, 8 Uhr, in Augsburg, nor anywhere in Bavaria without a key', () => {
    expect(first({})).toEqual(['Donnerstag, 15. August 2024, 8 Uhr']);
    expect(first({ state: 'DE-BY', ags: '09761000' })).toEqual(['Freitag, 16. August 2024, 8 Uhr']);
    expect(first({ ags: '09761000' })).toEqual(['Freitag, 16. August 2024, 8 Uhr']);
    expect(first({ state: 'DE-BY' })).toEqual(['Freitag, 16. August 2024, 8 Uhr']);
    expect(first({ state: 'DE-BY', ags: '09564000' })).toEqual(['Donnerstag, 15. August 2024, 8 Uhr']);
  });

  it('refuses an ags that is no key of the Land', () => {
    expect(() => findFreeSlots([], { ...options, state: 'DE-BY', ags: '06414000' })).toThrow(
      'Die Option „ags“ von findFreeSlots muss ein achtstelliger Gemeindeschlüssel in Bayern (09…) sein, nicht „06414000“.',
    );
    expect(() => findFreeSlots([], { ...options, ags: '99999999' })).toThrow(
      'Die Option „ags“ von findFreeSlots muss ein achtstelliger Gemeindeschlüssel wie „09761000“ sein, nicht „99999999“.',
    );
  });
});
