// Bounded work: detectConflicts stops at `maxConflicts`, and no single item costs more than a bounded
// amount of work, however long it lasts or however many people it names.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Conflict, parseDataset, type ScheduleItem } from '../../src/index.js';
import { PROPERTY_TIMEOUT } from '../property.js';
import { seedsJson } from '../seeds.js';
import { detectConflicts, resourceOf } from './conflictsFound.js';

const dataset = parseDataset(seedsJson());
const identical = (count: number, personIds = ['sabine']): ScheduleItem[] =>
  Array.from({ length: count }, (_, index) => ({
    id: `i${index}`,
    start: '2024-04-15T09:00+02:00',
    end: '2024-04-15T10:00+02:00',
    personIds,
  }));
const summary = (conflicts: readonly Conflict[]) =>
  conflicts.map((conflict) => `${conflict.kind} ${conflict.itemIds.join('+')}`.trim());

describe('detectConflicts: maxConflicts', () => {
  it('stops at 100,000 conflicts by default: 20,000 identical items of one person no longer abort the process', () => {
    const conflicts = detectConflicts(identical(20_000));
    expect(conflicts).toHaveLength(100_001);
    expect(conflicts.slice(0, -1).every((conflict) => conflict.kind === 'person-double-booked')).toBe(true);
    expect(conflicts.at(-1)).toEqual({
      kind: 'truncated',
      severity: 'info',
      itemIds: [],
      limit: 100_000,
      message: 'Mehr als 100\u202f000 Konflikte gefunden: Die Liste endet nach den ersten 100\u202f000.',
    });
    // Without a limit this ran 35 s into V8's fatal "invalid size" abort.
  });

  it('keeps 2,000 identical items to the limit instead of their 1,999,000 pairs', () => {
    const conflicts = detectConflicts(identical(2000), { maxConflicts: 5000, locale: 'en' });
    expect(conflicts).toHaveLength(5001);
    expect(conflicts.at(-1)?.message).toBe('More than 5,000 conflicts found: the list ends after the first 5,000.');
  });

  it('keeps the first conflicts the search finds, going through the items by start, in the usual order', () => {
    // At each item the search finds its conflicts with the items that began before it, the most
    // recent first: b with a; c with b, then with a.
    const five = identical(5, ['p']).map((item, index) => ({ ...item, id: 'abcde'[index] as string }));
    expect(summary(detectConflicts(five, { maxConflicts: 3 }))).toEqual([
      'person-double-booked a+b',
      'person-double-booked a+c',
      'person-double-booked b+c',
      'truncated',
    ]);
    expect(detectConflicts(five.slice(0, 3), { maxConflicts: 1 }).map((conflict) => conflict.message)).toEqual([
      '„p“ ist doppelt gebucht: „a“ (Montag, 15. April 2024, 9–10 Uhr) und „b“ (Montag, 15. April 2024, 9–10 Uhr).',
      'Mehr als 1 Konflikt gefunden: Die Liste endet nach dem ersten.',
    ]);
    expect(detectConflicts(five.slice(0, 3), { maxConflicts: 1, locale: 'en' }).at(-1)?.message).toBe(
      'More than 1 conflict found: the list ends after the first.',
    );
    // Exactly as many as allowed: nothing is cut.
    expect(summary(detectConflicts(five.slice(0, 3), { maxConflicts: 3 }))).toEqual([
      'person-double-booked a+b',
      'person-double-booked a+c',
      'person-double-booked b+c',
    ]);
  });

  it('counts an item’s own conflicts where the search reaches the item, by start rather than input order', () => {
    // Ten Saturday items given latest first: the four that start earliest are kept.
    const saturday: ScheduleItem[] = Array.from({ length: 10 }, (_, index) => ({
      id: `s${9 - index}`,
      start: `2024-04-13T${String(9 - index + 8).padStart(2, '0')}:00+02:00`,
      end: `2024-04-13T${String(9 - index + 9).padStart(2, '0')}:00+02:00`,
    }));
    expect(summary(detectConflicts(saturday, { maxConflicts: 4 }))).toEqual([
      'weekend s0',
      'weekend s1',
      'weekend s2',
      'weekend s3',
      'truncated',
    ]);
  });

  it(
    'cuts the full list to the conflicts of the earliest items, keeping its order',
    () => {
      const item = fc.record({
        day: fc.integer({ min: 0, max: 6 }),
        start: fc.integer({ min: 0, max: 40 }),
        length: fc.integer({ min: 0, max: 12 }),
        persons: fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 3 }),
        venue: fc.option(fc.constantFrom('v1', 'v2'), { nil: undefined }),
        place: fc.option(fc.constantFrom('wiesbaden', 'wetzlar', 'chemnitz'), { nil: undefined }),
      });
      fc.assert(
        fc.property(fc.array(item, { maxLength: 30 }), fc.integer({ min: 1, max: 40 }), (raw, limit) => {
          // Quarter hours from 06:00 UTC on the week of 2024-04-15.
          const base = Date.UTC(2024, 3, 15, 6);
          const items: ScheduleItem[] = raw.map((entry, index) => ({
            id: `i${index}`,
            start: new Date(base + entry.day * 86_400_000 + entry.start * 900_000),
            end: new Date(base + entry.day * 86_400_000 + (entry.start + entry.length) * 900_000),
            personIds: entry.persons,
            ...(entry.venue === undefined ? {} : { venueId: entry.venue }),
            ...(entry.place === undefined ? {} : { municipalityId: entry.place }),
          }));
          const options = { dataset, workingHours: { start: '08:00', end: '12:00' } };
          const full = detectConflicts(items, options);
          const cut = detectConflicts(items, { ...options, maxConflicts: limit });
          if (full.length <= limit) {
            expect(cut).toEqual(full);
            return;
          }
          expect(cut).toHaveLength(limit + 1);
          expect(cut.at(-1)?.kind).toBe('truncated');
          const key = (conflict: Conflict) => `${conflict.kind} ${conflict.itemIds.join('+')} ${resourceOf(conflict)}`;
          const positions = cut.slice(0, -1).map((conflict) => full.map(key).indexOf(key(conflict)));
          // A part of the full list, each conflict as it is there, in the same order.
          expect(
            positions.every(
              (position, index) => position >= 0 && (index === 0 || position > (positions[index - 1] as number)),
            ),
          ).toBe(true);
          expect(positions.map((position) => full[position])).toEqual(cut.slice(0, -1));
          // Found where the search reaches the later of its items (by start, ties in input order):
          // every kept conflict is reached no later than every dropped one.
          const rank = new Map(
            items
              .map((entry, index) => ({ id: entry.id, start: (entry.start as Date).getTime(), index }))
              .sort((a, b) => a.start - b.start || a.index - b.index)
              .map((entry, position) => [entry.id, position]),
          );
          const reached = (conflict: Conflict) => Math.max(...conflict.itemIds.map((id) => rank.get(id) as number));
          const kept = new Set(positions);
          const latestKept = Math.max(...positions.map((position) => reached(full[position] as Conflict)));
          const earliestDropped = Math.min(
            ...full.flatMap((conflict, position) => (kept.has(position) ? [] : [reached(conflict)])),
          );
          expect(latestKept).toBeLessThanOrEqual(earliestDropped);
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('detectConflicts: bounded work per item', () => {
  it('books each person of an item once, however many it names', () => {
    // Checking each name against the item's earlier ones took quadratic time: 200,000 people in
    // one item were 20 billion comparisons.
    const crowd = Array.from({ length: 200_000 }, (_, index) => `p${index % 199_999}`);
    const items: ScheduleItem[] = [
      { id: 'crowd', start: '2024-04-15T09:00+02:00', end: '2024-04-15T10:00+02:00', personIds: crowd },
      { id: 'one', start: '2024-04-15T09:30+02:00', end: '2024-04-15T10:30+02:00', personIds: ['p0', 'p199998'] },
    ];
    expect(detectConflicts(items).map((conflict) => `${conflict.itemIds.join('+')} ${resourceOf(conflict)}`)).toEqual([
      'crowd+one p0',
      'crowd+one p199998',
    ]);
  });

  it('looks up weekends and holidays of items that last up to a year and more, finding the first', () => {
    const items: ScheduleItem[] = [
      // Across the turn of the year, Monday to Friday: Neujahr, and no weekend.
      {
        id: 'jahreswechsel',
        start: '2024-12-30T09:00+01:00',
        end: '2025-01-03T17:00+01:00',
        municipalityId: 'wiesbaden',
      },
      // Christmas, though the item begins before the weekend of 21 December.
      { id: 'advent', start: '2024-12-20T09:00+01:00', end: '2024-12-27T17:00+01:00', municipalityId: 'chemnitz' },
      // Monday to Friday: no weekend, no holiday.
      { id: 'woche', start: '2024-04-15T09:00+02:00', end: '2024-04-19T17:00+02:00', municipalityId: 'wiesbaden' },
      // Two years from a Monday: Ostermontag 2024 (1 April) comes first, on the very first day.
      { id: 'lang', start: '2024-04-01T09:00+02:00', end: '2026-04-01T09:00+02:00', municipalityId: 'wiesbaden' },
    ];
    expect(
      detectConflicts(items, { dataset }).map(
        (conflict) => `${conflict.kind} ${conflict.itemIds[0]}: ${conflict.message.split(': ').at(-1)}`,
      ),
    ).toEqual([
      'public-holiday lang: Ostermontag.',
      'weekend lang: „lang“ (Montag, 1. April 2024, 9 Uhr – Mittwoch, 1. April 2026, 9 Uhr) fällt auf einen Samstag.',
      'public-holiday advent: 1. Weihnachtstag.',
      'weekend advent: „advent“ (Freitag, 20. Dezember 2024, 9 Uhr – Freitag, 27. Dezember 2024, 17 Uhr) fällt auf einen Samstag.',
      'public-holiday jahreswechsel: Neujahr.',
    ]);
  });

  it('keeps local holidays on their day: every year, once in one year, 29 February only in leap years', () => {
    const data = seedsJson();
    data.municipalities.find((m: { id: string }) => m.id === 'wetzlar').holidays = [
      { date: '02-29', name: 'Schalttag' },
      { date: '2025-06-02', name: 'Stadtjubiläum' },
      { date: '06-03', name: 'Brückentag' },
    ];
    const withLocal = parseDataset(data);
    const day = (id: string, date: string): ScheduleItem => ({
      id,
      start: `${date}T09:00+01:00`,
      end: `${date}T10:00+01:00`,
      municipalityId: 'wetzlar',
    });
    const found = detectConflicts(
      [
        day('2024-02-29', '2024-02-29'),
        day('2023-03-01', '2023-03-01'),
        day('2025-06-02', '2025-06-02'),
        day('2024-06-03', '2024-06-03'),
        day('2026-06-02', '2026-06-02'),
        // Over two days: the Stadtjubiläum comes before the Brückentag.
        { id: 'zwei', start: '2025-06-02T09:00+02:00', end: '2025-06-03T17:00+02:00', municipalityId: 'wetzlar' },
      ],
      { dataset: withLocal, weekends: false },
    ).map((conflict) => `${conflict.itemIds[0]} ${conflict.message.split(': ').at(-1)}`);
    expect(found).toEqual([
      '2024-02-29 Schalttag.',
      '2024-06-03 Brückentag.',
      'zwei Stadtjubiläum.',
      '2025-06-02 Stadtjubiläum.',
    ]);
  });

  it('reads a list of holidays that many places share once, and looks a year up in at most a year of days', {
    timeout: 30_000,
  }, () => {
    // 10,000 entries, one list, 3,000 places that differ by name: the list was read and turned
    // into a year's table once per place (9 s and 1.8 GB at 1,000 places, out of memory at 10,000).
    const holidays = Array.from({ length: 10_000 }, (_, index) => ({
      date: `2024-06-${String((index % 28) + 1).padStart(2, '0')}`,
      name: `Tag ${index}`,
    }));
    const items: ScheduleItem[] = Array.from({ length: 3000 }, (_, index) => ({
      id: `p${index}`,
      start: new Date(Date.UTC(2024, 5, 1, 8) + (index % 28) * 86_400_000),
      end: new Date(Date.UTC(2024, 5, 1, 9) + (index % 28) * 86_400_000),
      place: { name: `Ort ${index}`, country: 'DE', state: 'DE-HE', timeZone: 'Europe/Berlin', holidays },
    }));
    const found = detectConflicts(items, { weekends: false });
    expect(found).toHaveLength(3000);
    // The first entry of a day names it: Tag 0 on 1 June, Tag 27 on 28 June.
    const named = new Map(
      found.map((conflict) => [conflict.itemIds[0], conflict.kind === 'public-holiday' && conflict.holiday.name]),
    );
    expect([named.get('p0'), named.get('p1'), named.get('p27'), named.get('p28')]).toEqual([
      'Tag 0',
      'Tag 1',
      'Tag 27',
      'Tag 0',
    ]);
  });

  it('reads a list of holidays not kept that many places share once', { timeout: 30_000 }, () => {
    // 10,000 names, one list, 3,000 places: the list was copied (and joined into a key) once per place.
    let reads = 0;
    const names = Array.from({ length: 10_000 }, (_, index) => (index === 0 ? 'Mariä Himmelfahrt' : `Tag ${index}`));
    const holidaysNotKept = new Proxy(names, {
      get: (target, key, receiver) => {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
        return Reflect.get(target, key, receiver);
      },
    });
    const items: ScheduleItem[] = Array.from({ length: 3000 }, (_, index) => ({
      id: `n${index}`,
      start: '2024-08-15T09:00+02:00',
      end: '2024-08-15T10:00+02:00',
      place: {
        name: `Ort ${index}`,
        country: 'DE',
        state: 'DE-BY',
        timeZone: 'Europe/Berlin',
        ags: '09162000',
        holidaysNotKept,
      },
    }));
    expect(detectConflicts(items, { weekends: false })).toEqual([]);
    expect(reads).toBe(10_000);
  });

  it('checks 20,000 items of a year each, with working hours, holidays and weekends, in bounded time', () => {
    const start = Date.UTC(2024, 0, 1, 8);
    const items: ScheduleItem[] = Array.from({ length: 20_000 }, (_, index) => ({
      id: `y${index}`,
      start: new Date(start + index * 60_000),
      end: new Date(start + 366 * 86_400_000 + index * 60_000),
      municipalityId: 'wiesbaden',
    }));
    const conflicts = detectConflicts(items, { dataset, workingHours: { start: '08:00', end: '18:00' } });
    expect(conflicts).toHaveLength(60_000);
    expect(new Set(conflicts.map((conflict) => conflict.kind))).toEqual(
      new Set(['public-holiday', 'weekend', 'outside-working-hours']),
    );
  });
});
