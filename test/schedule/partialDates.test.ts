// The schedule of a dataset with partial dates: items without a time stay out of scheduleOf's
// result and are listed in its own property `skipped`; an exchange dated to a month gives its items
// the month as period; detectConflicts, findFreeSlots and toICalendar take the result as it is.
import { describe, expect, it } from 'vitest';
import {
  type Dataset,
  detectConflicts,
  findFreeSlots,
  parseDataset,
  type ScheduleOfResult,
  type SkippedScheduleItem,
  safeParseDataset,
  scheduleOf,
  toICalendar,
} from '../../src/index.js';

// Built in code, as the schedule functions also take it: parseDataset would refuse the item outside
// its month (see the last test).
const dataset: Dataset = {
  municipalities: [{ id: 'chemnitz', name: 'Chemnitz', kind: 'city', country: 'DE', state: 'DE-SN' }],
  persons: [{ id: 'dulig', givenName: 'Martin', familyName: 'Dulig' }],
  exchanges: [
    {
      id: 'bnt-10',
      kind: 'network-meeting',
      title: '10. Bundesnetzwerktreffen',
      hostId: 'chemnitz',
      guestIds: [],
      status: 'planned',
      programme: [
        { id: 'grussworte', title: 'Grußworte' },
        { id: 'abend', title: 'Abendempfang', start: '2026-10-01T19:00', personIds: ['dulig'] },
      ],
    },
    {
      id: 'bnt-8',
      kind: 'network-meeting',
      title: '8. Bundesnetzwerktreffen',
      hostId: 'chemnitz',
      guestIds: [],
      startDate: '2022-10',
      programme: [
        { id: 'empfang', title: 'Empfang im Rathaus', start: '2022-10-05' },
        { id: 'forum', title: 'Forum', start: '2022-10-05T10:00', end: '2022-10-05T12:00', personIds: ['dulig'] },
        { id: 'nachtreffen', title: 'Nachtreffen', start: '2022-11-02T10:00' },
      ],
    },
  ],
  measures: [
    {
      id: 'konferenz',
      kind: 'event',
      title: 'Integrationskonferenz',
      municipalityId: 'chemnitz',
      sessions: [{ id: 'tag-1', title: 'Erster Tag', start: '2023-05-10' }],
    },
  ],
};

describe('scheduleOf with items without a time', () => {
  const schedule: ScheduleOfResult = scheduleOf(dataset);

  it('schedules the items with a time, by start', () => {
    expect(schedule.map((item) => item.id)).toEqual(['bnt-8/forum', 'bnt-8/nachtreffen', 'bnt-10/abend']);
  });

  it('lists the others in `skipped`, in dataset order, with the reason and a German sentence', () => {
    expect(schedule.skipped).toEqual<SkippedScheduleItem[]>([
      {
        id: 'bnt-10/grussworte',
        exchangeId: 'bnt-10',
        path: ['exchanges', 0, 'programme', 0],
        reason: 'no-start',
        message:
          'Der Termin „Grußworte“ („bnt-10/grussworte“) hat keinen Tag und keine Uhrzeit und steht nicht im Zeitplan.',
      },
      {
        id: 'bnt-8/empfang',
        exchangeId: 'bnt-8',
        path: ['exchanges', 1, 'programme', 0],
        reason: 'no-time',
        message:
          'Der Termin „Empfang im Rathaus“ („bnt-8/empfang“) am 5. Oktober 2022 hat keine Uhrzeit und steht nicht im Zeitplan.',
      },
      {
        id: 'konferenz/tag-1',
        measureId: 'konferenz',
        path: ['measures', 0, 'sessions', 0],
        reason: 'no-time',
        message:
          'Der Termin „Erster Tag“ („konferenz/tag-1“) am 10. Mai 2023 hat keine Uhrzeit und steht nicht im Zeitplan.',
      },
    ]);
  });

  it('writes the sentences in English on request', () => {
    expect(scheduleOf(dataset, { locale: 'en' }).skipped.map((item) => item.message)).toEqual([
      'The item "Grußworte" ("bnt-10/grussworte") has neither a day nor a time and is not on the schedule.',
      'The item "Empfang im Rathaus" ("bnt-8/empfang") on 2022-10-05 has no time and is not on the schedule.',
      'The item "Erster Tag" ("konferenz/tag-1") on 2023-05-10 has no time and is not on the schedule.',
    ]);
  });

  it('carries `skipped` as an own property that spreading, JSON and deep equality do not see', () => {
    expect(Object.hasOwn(schedule, 'skipped')).toBe(true);
    expect(Object.keys(schedule)).toEqual(['0', '1', '2']);
    expect(JSON.stringify(schedule)).toBe(JSON.stringify([...schedule]));
    expect(schedule).toEqual([...schedule]);
    expect(Array.isArray(schedule)).toBe(true);
  });

  it('has an empty `skipped` where every item has a time', () => {
    const timed = parseDataset({
      municipalities: [{ id: 'chemnitz', name: 'Chemnitz', kind: 'city', country: 'DE', state: 'DE-SN' }],
    });
    expect(scheduleOf(timed).skipped).toEqual([]);
    expect(scheduleOf(timed).length).toBe(0);
  });

  it('gives the items of an exchange dated to a month the whole month as period, and those of an undated one none', () => {
    const byId = new Map(schedule.map((item) => [item.id, item]));
    expect(byId.get('bnt-8/forum')?.period).toEqual({
      start: '2022-10-01',
      end: '2022-10-31',
      title: '8. Bundesnetzwerktreffen',
      timeZone: 'Europe/Berlin',
    });
    expect(byId.get('bnt-10/abend')?.period).toBeUndefined();
  });
});

describe('the schedule functions on such a schedule', () => {
  const schedule = scheduleOf(dataset);

  it('detectConflicts finds an item outside its month, and says that an undated exchange was not checked', () => {
    const conflicts = detectConflicts(schedule, { dataset });
    const outside = conflicts.filter((conflict) => conflict.kind === 'outside-exchange-period');
    expect(outside.map((conflict) => conflict.itemIds)).toEqual([['bnt-8/nachtreffen']]);
    const notChecked = conflicts.filter(
      (conflict) => conflict.kind === 'not-checked' && conflict.check === 'outside-exchange-period',
    );
    expect(notChecked.map((conflict) => conflict.itemIds)).toEqual([['bnt-10/abend']]);
  });

  it('findFreeSlots books the people of the scheduled items only', () => {
    const slots = findFreeSlots(schedule, {
      personIds: ['dulig'],
      durationMinutes: 60,
      within: { start: '2022-10-05T09:00', end: '2022-10-05T13:00' },
    });
    expect(slots.map((slot) => slot.start.toISOString())).toEqual([
      '2022-10-05T07:00:00.000Z',
      '2022-10-05T10:00:00.000Z',
    ]);
  });

  it('toICalendar writes one event per scheduled item', () => {
    const calendar = toICalendar(schedule);
    expect(calendar.match(/BEGIN:VEVENT/g)?.length).toBe(3);
    expect(calendar).not.toContain('Empfang im Rathaus');
  });

  it('parseDataset refuses only the item outside the month', () => {
    expect(() => parseDataset(dataset)).toThrow('„2022-11-02T10:00“ liegt außerhalb des Austauschs (Oktober 2022).');
    const result = safeParseDataset(dataset);
    expect(result.success ? [] : result.error.issues.map((issue) => issue.path)).toEqual([
      ['exchanges', 1, 'programme', 2, 'start'],
    ]);
  });
});
