// Options from plain JavaScript and JSON: every one is checked, and a wrong one is an error that
// names it and its value, never silently a default.
import { describe, expect, it } from 'vitest';
import { KommunalValidationError, type ScheduleItem } from '../../src/index.js';
import { detectConflicts } from './conflictsFound.js';

const items: ScheduleItem[] = [
  { id: 'a', start: '2024-04-15T09:00+02:00', end: '2024-04-15T10:00+02:00', personIds: ['p'] },
  { id: 'b', start: '2024-04-15T09:30+02:00', end: '2024-04-15T10:30+02:00', personIds: ['p'] },
];

function refusal(options: unknown): { code: string | undefined; message: string | undefined } {
  try {
    detectConflicts(items, options as never);
  } catch (error) {
    expect(error).toBeInstanceOf(KommunalValidationError);
    const [issue] = (error as KommunalValidationError).issues;
    return { code: issue?.code, message: issue?.message };
  }
  throw new Error(`accepted ${JSON.stringify(options)}`);
}

describe('detectConflicts: options', () => {
  it.each([
    [null, 'Die Option „options“ von detectConflicts muss ein Objekt sein, nicht null.'],
    ['en', 'Die Option „options“ von detectConflicts muss ein Objekt sein, nicht „en“.'],
    [{ locale: 'fr' }, 'Die Option „locale“ von detectConflicts muss „de“ oder „en“ sein, nicht „fr“.'],
    [
      { travelBufferMinutes: Number.NaN },
      'Die Option „travelBufferMinutes“ von detectConflicts muss eine ganze Zahl von 0 bis 10\u202f080 sein, nicht NaN.',
    ],
    [
      { travelBufferMinutes: '30' },
      'Die Option „travelBufferMinutes“ von detectConflicts muss eine ganze Zahl von 0 bis 10\u202f080 sein, nicht „30“.',
    ],
    [
      { travelBufferMinutes: -5 },
      'Die Option „travelBufferMinutes“ von detectConflicts muss eine ganze Zahl von 0 bis 10\u202f080 sein, nicht -5.',
    ],
    [{ weekends: 'no' }, 'Die Option „weekends“ von detectConflicts muss true oder false sein, nicht „no“.'],
    [
      { holidays: 0 },
      'Die Option „holidays“ von detectConflicts muss true, false oder eine Feiertagsquelle (eine Funktion) sein, nicht 0.',
    ],
    [
      { maxConflicts: 0 },
      'Die Option „maxConflicts“ von detectConflicts muss eine ganze Zahl von 1 bis 1\u202f000\u202f000 sein, nicht 0.',
    ],
    [
      { maxConflicts: Number.POSITIVE_INFINITY },
      'Die Option „maxConflicts“ von detectConflicts muss eine ganze Zahl von 1 bis 1\u202f000\u202f000 sein, nicht Infinity.',
    ],
    [
      { timeZone: 7 },
      'Die Option „timeZone“ von detectConflicts muss der Name einer IANA-Zeitzone wie „Europe/Berlin“ sein, nicht 7.',
    ],
    [
      { workingHours: 'office' },
      'Die Option „workingHours“ von detectConflicts muss ein Objekt mit start und end sein, nicht „office“.',
    ],
    [
      { workingHours: { start: '25:00' } },
      'Die Option „workingHours.start“ von detectConflicts muss eine Uhrzeit „HH:mm“ von „00:00“ bis „24:00“ sein, nicht „25:00“.',
    ],
    [
      { workingHours: { start: '08:00' } },
      'Die Option „workingHours.end“ von detectConflicts muss eine Uhrzeit „HH:mm“ von „00:00“ bis „24:00“ sein, nicht undefined.',
    ],
    [
      { workingHours: { start: '18:00', end: '08:00' } },
      'Die Option „workingHours.end“ von detectConflicts muss eine Uhrzeit nach dem Beginn „18:00“ sein, nicht „08:00“.',
    ],
    [
      { workingHours: { start: '08:00', end: '18:00', days: [0, 9] } },
      'Die Option „workingHours.days[0]“ von detectConflicts muss ein Wochentag von 1 (Montag) bis 7 (Sonntag) sein, nicht 0.',
    ],
    [
      { workingHours: { start: '08:00', end: '18:00', days: [1, 2.5] } },
      'Die Option „workingHours.days[1]“ von detectConflicts muss ein Wochentag von 1 (Montag) bis 7 (Sonntag) sein, nicht 2,5.',
    ],
    [
      { workingHours: { start: '08:00', end: '18:00', days: [] } },
      'Die Option „workingHours.days“ von detectConflicts muss eine nicht leere Liste von Wochentagen (1 = Montag … 7 = Sonntag) sein, keine leere Liste.',
    ],
    [
      { workingHours: { start: '08:00', end: '18:00', days: 'Mo-Fr' } },
      'Die Option „workingHours.days“ von detectConflicts muss eine nicht leere Liste von Wochentagen (1 = Montag … 7 = Sonntag) sein, nicht „Mo-Fr“.',
    ],
    [
      { dataset: 'seeds' },
      'Die Option „dataset“ von detectConflicts muss ein Datensatz aus parseDataset sein, nicht „seeds“.',
    ],
    [
      { dataset: [] },
      'Die Option „dataset“ von detectConflicts muss ein Datensatz aus parseDataset sein, nicht eine Liste.',
    ],
  ])('refuses %j', (options, message) => {
    expect(refusal(options)).toEqual({ code: 'invalid_option', message });
  });

  it('refuses a dataset of another shape, saying a dataset from parseDataset is expected', () => {
    expect(refusal({ dataset: {} })).toEqual({
      code: 'invalid_type',
      message:
        'detectConflicts erwartet einen Datensatz aus parseDataset: „municipalities“ muss eine Liste sein, nicht undefined.',
    });
    expect(refusal({ dataset: { municipalities: [{ id: 'w', name: 'W', country: 'DE', holidays: 'x' }] } })).toEqual({
      code: 'invalid_type',
      message:
        'detectConflicts erwartet einen Datensatz aus parseDataset: „municipalities.0.holidays“ muss eine Liste sein, nicht „x“.',
    });
  });

  it('refuses options and datasets that cannot be read: a getter or proxy trap that throws', () => {
    const throwing = (key: string) =>
      Object.defineProperty({}, key, {
        enumerable: true,
        get() {
          throw new Error('Getter');
        },
      });
    expect(refusal(throwing('weekends'))).toEqual({
      code: 'invalid_option',
      message:
        'Die Option „weekends“ von detectConflicts lässt sich nicht lesen: Beim Lesen wird „Error: Getter“ geworfen.',
    });
    const dataset = { municipalities: [], persons: [throwing('id')], venues: throwing('x') };
    Object.defineProperty(dataset, 'exchanges', {
      get() {
        throw new Error('Liste');
      },
    });
    const issues = (() => {
      try {
        detectConflicts(items, { dataset: dataset as never, locale: 'en' });
      } catch (error) {
        return (error as KommunalValidationError).issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
      }
      return [];
    })();
    expect(issues).toEqual([
      'dataset.persons.0.id: This value cannot be read: reading it throws "Error: Getter".',
      'dataset.venues: detectConflicts expects a dataset from parseDataset: "venues" must be a list, not a value of type object.',
      'dataset.exchanges: This value cannot be read: reading it throws "Error: Liste".',
    ]);
  });

  it('refuses an unknown time zone, in the language asked for', () => {
    expect(refusal({ timeZone: 'Mars/Base' })).toEqual({
      code: 'invalid_time_zone',
      message: '„Mars/Base“ ist keine bekannte IANA-Zeitzone (z. B. „Europe/Berlin“).',
    });
    expect(refusal({ timeZone: 'Mars/Base', locale: 'en' })).toEqual({
      code: 'invalid_time_zone',
      message: '"Mars/Base" is not a known IANA time zone (e.g. "Europe/Berlin").',
    });
    expect(refusal({ timeZone: 7, locale: 'en' })).toEqual({
      code: 'invalid_option',
      message:
        'The option "timeZone" of detectConflicts must be the name of an IANA time zone such as "Europe/Berlin", not 7.',
    });
  });

  it('words option errors in English on request', () => {
    expect(refusal({ locale: 'en', travelBufferMinutes: Number.NaN }).message).toBe(
      'The option "travelBufferMinutes" of detectConflicts must be a whole number from 0 to 10,080, not NaN.',
    );
    expect(refusal({ locale: 'en', workingHours: { start: '08:00', end: '18:00', days: [] } }).message).toBe(
      'The option "workingHours.days" of detectConflicts must be a non-empty list of weekdays (1 = Monday … 7 = Sunday), not an empty list.',
    );
    expect(refusal({ locale: 'en', weekends: 'no' }).message).toBe(
      'The option "weekends" of detectConflicts must be true or false, not "no".',
    );
  });

  it('accepts what the options document, with their defaults', () => {
    expect(detectConflicts(items)).toEqual(detectConflicts(items, {}));
    expect(detectConflicts(items, undefined)).toHaveLength(1);
    expect(detectConflicts(items, { travelBufferMinutes: 0, maxConflicts: 1_000_000, timeZone: 'UTC' })).toHaveLength(
      1,
    );
    // Working days in any order and repeated are the same days, written once in the message.
    const early: ScheduleItem[] = [{ id: 'e', start: '2024-04-15T07:00+02:00', end: '2024-04-15T08:00+02:00' }];
    expect(
      detectConflicts(early, { workingHours: { start: '08:00', end: '24:00', days: [3, 1, 3, 1] } }).map(
        (conflict) => conflict.message,
      ),
    ).toEqual(['„e“ (Montag, 15. April 2024, 7–8 Uhr) liegt außerhalb der Arbeitszeit (Montag, Mittwoch, 8–24 Uhr).']);
  });
});
