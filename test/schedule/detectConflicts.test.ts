import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Conflict,
  KommunalValidationError,
  parseDataset,
  type ScheduleItem,
  scheduleOf,
} from '../../src/index.js';
import { PROPERTY_TIMEOUT } from '../property.js';
import { seedsJson } from '../seeds.js';
import { detectConflicts, resourceOf } from './conflictsFound.js';

const dataset = parseDataset(seedsJson());
// Wall-clock times in German summer time, unless another offset is given.
const at = (day: string, from: string, to: string, offset = '+02:00') => ({
  start: `${day}T${from}${offset}`,
  end: `${day}T${to}${offset}`,
});
const summary = (conflicts: Conflict[]) =>
  conflicts.map((c) => `${c.severity} ${c.kind} ${c.itemIds.join('+')} ${resourceOf(c)}`.trim());

describe('detectConflicts', () => {
  it('finds a person booked twice, naming them and both items with their times', () => {
    const conflicts = detectConflicts(
      [
        { id: 'a', title: 'Begrüßung', ...at('2024-04-15', '09:00', '10:00'), personIds: ['sabine-herrmann'] },
        {
          id: 'b',
          title: 'Fachgespräch',
          ...at('2024-04-15', '09:30', '11:00'),
          personIds: ['sabine-herrmann', 'daniela-less'],
        },
      ],
      { dataset },
    );
    expect(conflicts).toMatchObject([
      {
        kind: 'person-double-booked',
        severity: 'error',
        itemIds: ['a', 'b'],
        resourceId: 'sabine-herrmann',
        message:
          'Sabine Herrmann ist doppelt gebucht: „Begrüßung“ (Montag, 15. April 2024, 9–10 Uhr) und „Fachgespräch“ (Montag, 15. April 2024, 9:30–11:00 Uhr).',
      },
    ]);
  });

  it('finds a room booked twice; a venue without rooms counts as one room', () => {
    const room = { venueId: 'wiesbaden-konradinerallee-11', room: '4.161' };
    const conflicts = detectConflicts(
      [
        { id: 'a', title: 'Begrüßung', ...at('2024-04-15', '09:00', '10:00'), ...room },
        { id: 'b', title: 'Workshop', ...at('2024-04-15', '09:45', '12:00'), ...room },
        {
          id: 'c',
          title: 'Nebenraum',
          ...at('2024-04-15', '09:45', '12:00'),
          venueId: 'wiesbaden-konradinerallee-11',
          room: '4.162',
        },
        {
          id: 'd',
          title: 'Lotsentreffen',
          ...at('2024-04-15', '09:00', '10:00'),
          venueId: 'freiwilligenzentrum-mittelhessen-haus',
        },
        {
          id: 'e',
          title: 'Sprechstunde',
          ...at('2024-04-15', '09:30', '10:30'),
          venueId: 'freiwilligenzentrum-mittelhessen-haus',
        },
      ],
      { dataset },
    );
    expect(conflicts.map((conflict) => conflict.message)).toEqual([
      'Raum 4.161, Haus B, 4. Stock, Konradinerallee 11, 65189 Wiesbaden ist doppelt belegt: „Begrüßung“ (Montag, 15. April 2024, 9–10 Uhr) und „Workshop“ (Montag, 15. April 2024, 9:45–12:00 Uhr).',
      'Elsa-Brandström-Str. 18, 35578 Wetzlar ist doppelt belegt: „Lotsentreffen“ (Montag, 15. April 2024, 9–10 Uhr) und „Sprechstunde“ (Montag, 15. April 2024, 9:30–10:30 Uhr).',
    ]);
    expect(summary(conflicts)).toEqual([
      'error venue-double-booked a+b wiesbaden-konradinerallee-11/4.161',
      'error venue-double-booked d+e freiwilligenzentrum-mittelhessen-haus',
    ]);
    // An empty room is no room: the venue's default room, named the same in every pair.
    const defaultRoom = detectConflicts([
      { id: 'f', ...at('2024-04-15', '09:00', '10:00'), venueId: 'v' },
      { id: 'g', ...at('2024-04-15', '09:00', '10:00'), venueId: 'v', room: '' },
      { id: 'h', ...at('2024-04-15', '09:00', '10:00'), venueId: 'v' },
    ]);
    expect(summary(defaultRoom)).toEqual([
      'error venue-double-booked f+g v',
      'error venue-double-booked f+h v',
      'error venue-double-booked g+h v',
    ]);
    expect(defaultRoom.map((conflict) => conflict.message.split(' ist ')[0])).toEqual(['„v“', '„v“', '„v“']);
  });

  it('treats intervals as half-open: 9–10 and 10–11 do not overlap', () => {
    const conflicts = detectConflicts([
      { id: 'a', ...at('2024-04-15', '09:00', '10:00'), personIds: ['p'] },
      { id: 'b', ...at('2024-04-15', '10:00', '11:00'), personIds: ['p'] },
      { id: 'c', ...at('2024-04-15', '10:00', '10:00'), personIds: ['p'] },
    ]);
    expect(conflicts).toEqual([]);
    // A moment inside another item does take the person away from it.
    const moment = detectConflicts([
      { id: 'b', ...at('2024-04-15', '10:00', '11:00'), personIds: ['p'] },
      { id: 'c', ...at('2024-04-15', '10:30', '10:30'), personIds: ['p'] },
    ]);
    expect(summary(moment)).toEqual(['error person-double-booked b+c p']);
  });

  it('finds an item outside its exchange, in the host’s calendar', () => {
    const items: ScheduleItem[] = [
      {
        id: 'ausflug',
        title: 'Ausflug',
        ...at('2024-04-19', '10:00', '12:00'),
        exchangeId: 'wiesbaden-2024-04',
        municipalityId: 'wiesbaden',
      },
      {
        id: 'spaet',
        title: 'Abendessen',
        start: '2024-04-18T23:30+02:00',
        end: '2024-04-19T00:00+02:00',
        exchangeId: 'wiesbaden-2024-04',
      },
    ];
    expect(detectConflicts(items, { dataset, weekends: false })).toMatchObject([
      {
        kind: 'outside-exchange-period',
        severity: 'error',
        itemIds: ['ausflug'],
        resourceId: 'wiesbaden-2024-04',
        message:
          '„Ausflug“ (Freitag, 19. April 2024, 10–12 Uhr) liegt außerhalb des Austauschs „Fachkräfteaustausch Wiesbaden–Wien“ (15.–18. April 2024).',
      },
    ]);
  });

  it('warns about public holidays of the place’s Land and its local holidays', () => {
    const data = seedsJson();
    data.municipalities.find((m: { id: string }) => m.id === 'chemnitz').holidays = [
      { date: '08-08', name: 'Friedensfest' },
    ];
    const withLocal = parseDataset(data);
    const conflicts = detectConflicts(
      [
        {
          id: 'fronleichnam',
          title: 'Fortbildung',
          ...at('2024-05-30', '09:00', '16:00'),
          municipalityId: 'wiesbaden',
        },
        {
          id: 'busstag',
          title: 'Netzwerktreffen',
          ...at('2024-11-20', '10:00', '12:00', '+01:00'),
          municipalityId: 'chemnitz',
        },
        {
          id: 'busstag-hessen',
          title: 'Netzwerktreffen',
          ...at('2024-11-20', '10:00', '12:00', '+01:00'),
          municipalityId: 'wetzlar',
        },
        { id: 'lokal', title: 'Lotsentreffen', ...at('2024-08-08', '10:00', '12:00'), municipalityId: 'chemnitz' },
        { id: 'wien', title: 'Fachgespräch', ...at('2024-05-30', '10:00', '12:00'), municipalityId: 'wien' },
      ],
      { dataset: withLocal },
    );
    expect(conflicts.map((conflict) => `${conflict.severity} ${conflict.kind}: ${conflict.message}`)).toEqual([
      'warning public-holiday: „Fortbildung“ (Donnerstag, 30. Mai 2024, 9–16 Uhr) fällt auf einen Feiertag in Hessen: Fronleichnam.',
      // Austria's public holidays are built in (Feiertagsruhegesetz 1957).
      'warning public-holiday: „Fachgespräch“ (Donnerstag, 30. Mai 2024, 10–12 Uhr) fällt auf einen Feiertag in Österreich: Fronleichnam.',
      'warning public-holiday: „Lotsentreffen“ (Donnerstag, 8. August 2024, 10–12 Uhr) fällt auf einen Feiertag in Chemnitz: Friedensfest.',
      'warning public-holiday: „Netzwerktreffen“ (Mittwoch, 20. November 2024, 10–12 Uhr) fällt auf einen Feiertag in Sachsen: Buß- und Bettag.',
    ]);
    expect(
      detectConflicts([{ id: 'x', ...at('2024-05-30', '09:00', '10:00'), municipalityId: 'wiesbaden' }], {
        dataset,
        holidays: false,
      }),
    ).toEqual([]);
  });

  it('notes weekends, unless switched off', () => {
    const items = [{ id: 'a', title: 'Kulturfest', ...at('2024-06-15', '14:00', '18:00') }];
    expect(detectConflicts(items)).toMatchObject([
      {
        kind: 'weekend',
        severity: 'info',
        itemIds: ['a'],
        message: '„Kulturfest“ (Samstag, 15. Juni 2024, 14–18 Uhr) fällt auf einen Samstag.',
      },
    ]);
    expect(detectConflicts(items, { weekends: false })).toEqual([]);
    expect(
      detectConflicts([{ id: 'b', title: 'Flohmarkt', ...at('2024-06-16', '08:00', '13:00') }]).map((c) => c.message),
    ).toEqual(['„Flohmarkt“ (Sonntag, 16. Juni 2024, 8–13 Uhr) fällt auf einen Sonntag.']);
  });

  it('warns when one person has too little time between municipalities', () => {
    const items: ScheduleItem[] = [
      {
        id: 'a',
        title: 'Begrüßung',
        ...at('2024-04-15', '09:00', '10:00'),
        personIds: ['karin-buchner'],
        municipalityId: 'wiesbaden',
      },
      {
        id: 'b',
        title: 'Lotsentreffen',
        ...at('2024-04-15', '10:20', '11:00'),
        personIds: ['karin-buchner'],
        municipalityId: 'wetzlar',
      },
      {
        id: 'c',
        title: 'Mittagessen',
        ...at('2024-04-15', '11:05', '12:00'),
        personIds: ['karin-buchner'],
        municipalityId: 'wetzlar',
      },
      {
        id: 'd',
        title: 'Sprechstunde',
        ...at('2024-04-15', '13:00', '14:00'),
        personIds: ['karin-buchner'],
        municipalityId: 'wiesbaden',
      },
    ];
    expect(detectConflicts(items, { dataset })).toMatchObject([
      {
        kind: 'travel-time',
        severity: 'warning',
        itemIds: ['a', 'b'],
        resourceId: 'karin-buchner',
        message:
          'Karin Buchner hat zwischen „Begrüßung“ (Montag, 15. April 2024, 9–10 Uhr) in Wiesbaden und „Lotsentreffen“ (Montag, 15. April 2024, 10:20–11:00 Uhr) in Wetzlar nur 20 Minuten für den Weg; geplant sind mindestens 30 Minuten.',
      },
    ]);
    expect(summary(detectConflicts(items, { dataset, travelBufferMinutes: 90 }))).toEqual([
      'warning travel-time a+b karin-buchner',
      'warning travel-time c+d karin-buchner',
    ]);
  });

  it('notes items outside working hours only when asked', () => {
    const items = [
      { id: 'frueh', title: 'Frühstück', ...at('2024-04-15', '07:30', '08:30') },
      { id: 'tag', title: 'Sitzung', ...at('2024-04-15', '09:00', '16:30') },
      { id: 'spaet', title: 'Empfang', ...at('2024-04-16', '17:00', '19:00') },
    ];
    expect(detectConflicts(items)).toEqual([]);
    expect(detectConflicts(items, { workingHours: { start: '08:00', end: '16:30' } }).map((c) => c.message)).toEqual([
      '„Frühstück“ (Montag, 15. April 2024, 7:30–8:30 Uhr) liegt außerhalb der Arbeitszeit (Montag bis Freitag, 8:00–16:30 Uhr).',
      '„Empfang“ (Dienstag, 16. April 2024, 17–19 Uhr) liegt außerhalb der Arbeitszeit (Montag bis Freitag, 8:00–16:30 Uhr).',
    ]);
    // Days that are no range are listed; the Tuesday reception is then outside only by its day.
    expect(
      detectConflicts(items, { workingHours: { start: '08:00', end: '20:00', days: [3, 1] } }).map((c) => c.message),
    ).toEqual([
      '„Frühstück“ (Montag, 15. April 2024, 7:30–8:30 Uhr) liegt außerhalb der Arbeitszeit (Montag, Mittwoch, 8–20 Uhr).',
      '„Empfang“ (Dienstag, 16. April 2024, 17–19 Uhr) liegt außerhalb der Arbeitszeit (Montag, Mittwoch, 8–20 Uhr).',
    ]);
    expect(() => detectConflicts(items, { workingHours: { start: '8 Uhr', end: '16:30' } })).toThrow(
      'Die Option „workingHours.start“ von detectConflicts muss eine Uhrzeit „HH:mm“ von „00:00“ bis „24:00“ sein, nicht „8 Uhr“.',
    );
  });

  it('speaks English on request', () => {
    const conflicts = detectConflicts(
      [
        { id: 'a', title: 'Welcome', ...at('2024-04-13', '09:00', '10:00'), personIds: ['sabine-herrmann'] },
        { id: 'b', title: 'Talk', ...at('2024-04-13', '09:30', '11:00'), personIds: ['sabine-herrmann'] },
      ],
      { dataset, locale: 'en' },
    );
    expect(conflicts.map((conflict) => conflict.message)).toEqual([
      '"Welcome" (2024-04-13 09:00–10:00, Europe/Berlin) falls on a Saturday.',
      'Sabine Herrmann is double-booked: "Welcome" (2024-04-13 09:00–10:00, Europe/Berlin) and "Talk" (2024-04-13 09:30–11:00, Europe/Berlin).',
      '"Talk" (2024-04-13 09:30–11:00, Europe/Berlin) falls on a Saturday.',
    ]);
  });

  it('speaks English for every kind', () => {
    const conflicts = detectConflicts(
      [
        { id: 'c', title: 'Tour', ...at('2024-04-14', '09:00', '10:00'), venueId: 'v', room: '1' },
        { id: 'd', title: 'Lunch', ...at('2024-04-14', '09:30', '10:30'), venueId: 'v', room: '1' },
        {
          id: 'e',
          title: 'Visit',
          ...at('2024-04-16', '10:00', '11:00'),
          personIds: ['karin-buchner'],
          municipalityId: 'wiesbaden',
          exchangeId: 'wiesbaden-2024-04',
        },
        {
          id: 'f',
          title: 'Meeting',
          ...at('2024-04-16', '11:01', '12:00'),
          personIds: ['karin-buchner'],
          municipalityId: 'wetzlar',
        },
        { id: 'g', title: 'Unity Day', ...at('2024-10-03', '10:00', '11:00'), municipalityId: 'wiesbaden' },
        {
          id: 'h',
          title: 'Night shift',
          start: '2024-10-07T22:00+02:00',
          end: '2024-10-08T06:00+02:00',
          municipalityId: 'wiesbaden',
          exchangeId: 'wiesbaden-2024-04',
        },
      ],
      { dataset, locale: 'en', workingHours: { start: '08:00', end: '18:00' } },
    );
    expect(conflicts.map((conflict) => `${conflict.kind}: ${conflict.message}`)).toEqual([
      'weekend: "Tour" (2024-04-14 09:00–10:00, Europe/Berlin) falls on a Sunday.',
      'outside-working-hours: "Tour" (2024-04-14 09:00–10:00, Europe/Berlin) lies outside working hours (Monday to Friday, 08:00–18:00).',
      'venue-double-booked: "v", room 1 is double-booked: "Tour" (2024-04-14 09:00–10:00, Europe/Berlin) and "Lunch" (2024-04-14 09:30–10:30, Europe/Berlin).',
      'weekend: "Lunch" (2024-04-14 09:30–10:30, Europe/Berlin) falls on a Sunday.',
      'outside-working-hours: "Lunch" (2024-04-14 09:30–10:30, Europe/Berlin) lies outside working hours (Monday to Friday, 08:00–18:00).',
      'travel-time: Karin Buchner has only 1 minute to get from "Visit" (2024-04-16 10:00–11:00, Europe/Berlin) in Wiesbaden to "Meeting" (2024-04-16 11:01–12:00, Europe/Berlin) in Wetzlar; at least 30 minutes are planned.',
      'public-holiday: "Unity Day" (2024-10-03 10:00–11:00, Europe/Berlin) falls on a public holiday in Hessen: Tag der Deutschen Einheit.',
      'outside-exchange-period: "Night shift" (2024-10-07 22:00–2024-10-08 06:00, Europe/Berlin) lies outside the exchange "Fachkräfteaustausch Wiesbaden–Wien" (2024-04-15 to 2024-04-18).',
      'outside-working-hours: "Night shift" (2024-10-07 22:00–2024-10-08 06:00, Europe/Berlin) lies outside working hours (Monday to Friday, 08:00–18:00).',
    ]);
  });

  it('refuses malformed items, listing every one', () => {
    const items = [
      { id: '', ...at('2024-04-15', '09:00', '10:00') },
      { id: 'a', start: '2024-04-15T09:00', end: '2024-04-15T10:00+02:00' },
      { id: 'b', ...at('2024-04-15', '11:00', '10:00') },
      { id: 'c', start: new Date('2024-04-15T09:00:00Z'), end: 'morgen' },
      { id: 'c', start: 'gestern', end: '2024-04-15T10:00+02:00' },
      { id: 'a', ...at('2024-04-15', '09:00', '10:00') },
      null,
    ] as ScheduleItem[];
    let error: unknown;
    try {
      detectConflicts(items);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(KommunalValidationError);
    expect(
      (error as KommunalValidationError).issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    ).toEqual([
      '0.id: Die ID des Termins bei Index 0 muss ein nicht leerer Text sein, nicht „“.',
      '1.start: „2024-04-15T09:00“ ist kein Zeitpunkt: Erwartet wird ein Date oder ein ISO-Text mit Offset wie „2024-04-15T09:00+02:00“.',
      '2.end: Der Termin „b“ endet vor seinem Beginn.',
      '3.end: „morgen“ ist kein Zeitpunkt: Erwartet wird ein Date oder ein ISO-Text mit Offset wie „2024-04-15T09:00+02:00“.',
      '4.id: Die ID „c“ kommt mehrfach vor (zuerst bei Index 3).',
      '4.start: „gestern“ ist kein Zeitpunkt: Erwartet wird ein Date oder ein ISO-Text mit Offset wie „2024-04-15T09:00+02:00“.',
      '5.id: Die ID „a“ kommt mehrfach vor (zuerst bei Index 1).',
      '6: null ist kein Termin: Erwartet wird ein Objekt mit id, start und end.',
    ]);
    expect(() => detectConflicts('keine Liste' as never)).toThrow(
      '„keine Liste“ ist keine Liste von Terminen: Erwartet wird eine Liste von Objekten mit id, start und end.',
    );
    // Among many ids, every repeated one is found, with its first index.
    const many: ScheduleItem[] = Array.from({ length: 40_000 }, (_, index) => ({
      id: `i${index % 39_998}`,
      ...at('2024-04-15', '09:00', '10:00'),
    }));
    expect(() => detectConflicts(many)).toThrow(
      expect.objectContaining({
        issues: [
          expect.objectContaining({
            path: [39_998, 'id'],
            message: 'Die ID „i0“ kommt mehrfach vor (zuerst bei Index 0).',
          }),
          expect.objectContaining({
            path: [39_999, 'id'],
            message: 'Die ID „i1“ kommt mehrfach vor (zuerst bei Index 1).',
          }),
        ],
      }),
    );
    expect(() => detectConflicts(null as never)).toThrow(KommunalValidationError);
  });

  it('counts a person named twice in one item once', () => {
    const items = [
      { id: 'a', ...at('2024-04-15', '09:00', '10:00'), personIds: ['p', 'p'] },
      { id: 'b', ...at('2024-04-15', '09:30', '10:30'), personIds: ['p'] },
    ];
    expect(summary(detectConflicts(items))).toEqual(['error person-double-booked a+b p']);
  });

  it('keeps a long item running past shorter ones that end inside it', () => {
    const items = [
      { id: 'a', ...at('2024-04-15', '09:00', '12:00'), personIds: ['p'] },
      { id: 'b', ...at('2024-04-15', '09:30', '10:00'), personIds: ['p'] },
      { id: 'c', ...at('2024-04-15', '09:45', '11:30'), personIds: ['p'] },
      { id: 'd', ...at('2024-04-15', '10:30', '10:45'), personIds: ['p'] },
      { id: 'e', ...at('2024-04-15', '11:45', '12:00'), personIds: ['p'] },
    ];
    expect(summary(detectConflicts(items))).toEqual([
      'error person-double-booked a+b p',
      'error person-double-booked a+c p',
      'error person-double-booked a+d p',
      'error person-double-booked a+e p',
      'error person-double-booked b+c p',
      'error person-double-booked c+d p',
    ]);
  });

  it('keeps people, places and bookings apart at any count', () => {
    // Numbers start narrow (1–2 bytes) and widen: past 65,536 people or rooms, 32,768 places, or
    // 255 bookings of one item.
    const start = Date.UTC(2024, 0, 1);
    const hour = 3_600_000;
    const items: ScheduleItem[] = Array.from({ length: 70_000 }, (_, index) => ({
      id: `i${index}`,
      start: new Date(start + index * hour),
      end: new Date(start + (index + 1) * hour),
      personIds: [`p${index}`],
      municipalityId: `m${index}`,
    }));
    items.push(
      { id: 'early', start: new Date(start + 5 * hour), end: new Date(start + 6 * hour), personIds: ['p5'] },
      {
        id: 'late',
        start: new Date(start + 69_000 * hour),
        end: new Date(start + 69_001 * hour),
        personIds: ['p69000'],
      },
      // 69,001 would read as 3,465 in two bytes: the same place as m3465.
      {
        id: 'next',
        start: new Date(start + 69_002 * hour + 600_000),
        end: new Date(start + 69_003 * hour),
        personIds: ['p69001'],
        municipalityId: 'm3465',
      },
      {
        id: 'crowd',
        start: new Date(start + 299 * hour),
        end: new Date(start + 300 * hour),
        personIds: Array.from({ length: 300 }, (_, index) => `p${index}`),
      },
    );
    expect(summary(detectConflicts(items, { weekends: false, holidays: false }))).toEqual([
      'error person-double-booked i5+early p5',
      'error person-double-booked i299+crowd p299',
      'error person-double-booked i69000+late p69000',
      'warning travel-time i69001+next p69001',
    ]);
    // 80,000 people in 1,000 items: bookings outgrow their first array, in two bytes and in four.
    const crowded: ScheduleItem[] = Array.from({ length: 1000 }, (_, index) => ({
      id: `c${index}`,
      start: new Date(start + index * hour),
      end: new Date(start + (index + 1) * hour),
      personIds: Array.from({ length: 80 }, (_, person) => `q${index}-${person}`),
    }));
    crowded.push({
      id: 'again',
      start: new Date(start + 999 * hour),
      end: new Date(start + 1000 * hour),
      personIds: ['q999-79'],
    });
    expect(summary(detectConflicts(crowded, { weekends: false }))).toEqual([
      'error person-double-booked c999+again q999-79',
    ]);
  });
  it('orders conflicts by start, then item ids', () => {
    const items = [
      { id: 'z', ...at('2024-04-15', '09:00', '10:00'), personIds: ['p', 'q'] },
      { id: 'y', ...at('2024-04-15', '09:00', '10:00'), personIds: ['p', 'q'] },
      { id: 'x', ...at('2024-04-15', '08:00', '09:30'), personIds: ['q'] },
    ];
    expect(summary(detectConflicts(items))).toEqual([
      'error person-double-booked x+y q',
      'error person-double-booked x+z q',
      'error person-double-booked z+y p',
      'error person-double-booked z+y q',
    ]);
  });

  it(
    'finds exactly the overlaps and travel times a comparison of all pairs finds, on random schedules',
    () => {
      const item = fc.record({
        start: fc.integer({ min: 0, max: 200 }),
        length: fc.integer({ min: 0, max: 40 }),
        // A person may be named twice in one item: still one booking.
        persons: fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 3 }),
        venue: fc.option(fc.constantFrom('v1', 'v2'), { nil: undefined }),
        room: fc.option(fc.constantFrom('r1', 'r2'), { nil: undefined }),
        place: fc.option(fc.constantFrom('m1', 'm2'), { nil: undefined }),
      });
      // Time steps that take each way of keying instants: whole minutes, seconds and milliseconds,
      // a span of years at millisecond precision (ranks), and half milliseconds, which Dates round
      // to whole ones, so that many instants are equal.
      const step = fc.constantFrom(60_000, 15_000, 1_001, 86_400_007, 0.5);
      fc.assert(
        fc.property(fc.array(item, { maxLength: 40 }), step, (raw, unit) => {
          const base = Date.UTC(2024, 3, 15, 7) + 0.25;
          const starts = raw.map((entry) => base + entry.start * unit);
          const ends = raw.map((entry) => base + (entry.start + entry.length) * unit);
          const items: ScheduleItem[] = raw.map((entry, index) => ({
            id: `i${index}`,
            start: new Date(starts[index] as number),
            end: new Date(ends[index] as number),
            personIds: entry.persons,
            ...(entry.venue === undefined ? {} : { venueId: entry.venue, room: entry.room }),
            ...(entry.place === undefined ? {} : { municipalityId: entry.place }),
          }));
          const start = items.map((entry) => (entry.start as Date).getTime());
          const end = items.map((entry) => (entry.end as Date).getTime());
          const buffer = 30 * 60_000;
          const expected: string[] = [];
          for (let i = 0; i < raw.length; i += 1) {
            for (let j = i + 1; j < raw.length; j += 1) {
              const a = raw[i];
              const b = raw[j];
              if (a === undefined || b === undefined) continue;
              const overlap = (start[i] as number) < (end[j] as number) && (start[j] as number) < (end[i] as number);
              if (!overlap) continue;
              for (const person of new Set(a.persons))
                if (b.persons.includes(person)) expected.push(`person ${person} ${i} ${j}`);
              if (a.venue !== undefined && a.venue === b.venue && (a.room ?? '') === (b.room ?? ''))
                expected.push(`room ${a.venue} ${i} ${j}`);
            }
          }
          // Travel: per person, each item against the latest-ending of the items that start before it
          // (ties in input order), when that one has ended and lies in another municipality.
          for (const person of ['a', 'b', 'c', 'd'] as const) {
            const mine = raw.flatMap((entry, index) => (entry.persons.includes(person) ? [index] : []));
            const startsEarlier = (i: number, j: number) =>
              (start[i] as number) < (start[j] as number) || (start[i] === start[j] && i < j);
            for (const j of mine) {
              let latest: number | undefined;
              for (const i of mine) {
                if (!startsEarlier(i, j)) continue;
                const later = latest === undefined || (end[i] as number) > (end[latest] as number);
                const tieLater = latest !== undefined && end[i] === end[latest] && startsEarlier(latest, i);
                if (later || tieLater) latest = i;
              }
              if (latest === undefined || (end[latest] as number) > (start[j] as number)) continue;
              const from = raw[latest]?.place;
              const to = raw[j]?.place;
              if ((start[j] as number) - (end[latest] as number) < buffer && from && to && from !== to) {
                expected.push(`travel ${person} ${latest} ${j}`);
              }
            }
          }
          const found = detectConflicts(items, { weekends: false, holidays: false, travelBufferMinutes: 30 }).map(
            (conflict) => {
              const [i, j] = conflict.itemIds.map((id) => Number(id.slice(1)));
              if (conflict.kind === 'travel-time') return `travel ${conflict.resourceId} ${i} ${j}`;
              const [low, high] = [i, j].sort((x, y) => (x as number) - (y as number));
              return conflict.kind === 'person-double-booked'
                ? `person ${resourceOf(conflict)} ${low} ${high}`
                : `room ${resourceOf(conflict).split('/')[0]} ${low} ${high}`;
            },
          );
          expect(found.sort()).toEqual(expected.sort());
        }),
        { numRuns: 500 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('scheduleOf', () => {
  it('turns the seed dataset into items at instants in the right zone', () => {
    const items = scheduleOf(dataset);
    expect(items).toEqual([
      {
        id: 'wiesbaden-2024-04/begruessung',
        title: 'Begrüßung durch Sozialdezernentin Dr. Patricia Becher',
        start: new Date('2024-04-15T07:00:00Z'),
        end: new Date('2024-04-15T08:00:00Z'),
        personIds: ['patricia-becher', 'daniela-less', 'sabine-herrmann'],
        venueId: 'wiesbaden-konradinerallee-11',
        room: '4.161',
        municipalityId: 'wiesbaden',
        endApproximate: true,
        exchangeId: 'wiesbaden-2024-04',
        place: {
          name: 'Wiesbaden',
          country: 'DE',
          state: 'DE-HE',
          timeZone: 'Europe/Berlin',
          holidays: [],
          ags: '06414000',
        },
        personNames: ['Dr. Patricia Becher', 'Daniela Leß', 'Sabine Herrmann'],
        location: 'Raum 4.161, Haus B, 4. Stock, Konradinerallee 11, 65189 Wiesbaden',
        period: {
          start: '2024-04-15',
          end: '2024-04-18',
          title: 'Fachkräfteaustausch Wiesbaden–Wien',
          timeZone: 'Europe/Berlin',
        },
      },
    ]);
  });

  it('reads sessions in the zone of the organisation’s municipality and gives items without an end a duration', () => {
    const data = seedsJson();
    data.exchanges.find((e: { id: string }) => e.id === 'chicago-2017').programme = [
      { id: 'empfang', title: 'Empfang', start: '2017-06-13T18:00' },
    ];
    data.measures.find((m: { id: string }) => m.id === 'wetteraukreis-diversity-tag-2017').sessions = [
      { id: 'stand', title: 'Infostand', start: '2017-05-30T10:00', end: '2017-05-30T14:00' },
    ];
    const items = scheduleOf(parseDataset(data), { defaultDurationMinutes: 90 });
    expect(
      items.map((item) => [item.id, item.start.toISOString(), item.end.toISOString(), item.endApproximate]),
    ).toEqual([
      ['wetteraukreis-diversity-tag-2017/stand', '2017-05-30T08:00:00.000Z', '2017-05-30T12:00:00.000Z', false],
      ['chicago-2017/empfang', '2017-06-13T23:00:00.000Z', '2017-06-14T00:30:00.000Z', true],
      ['wiesbaden-2024-04/begruessung', '2024-04-15T07:00:00.000Z', '2024-04-15T08:00:00.000Z', true],
    ]);
  });
});
