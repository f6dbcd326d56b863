// A time abroad names its zone in German too, by the place's own name: a reader in Germany takes
// „10–11 Uhr“ for German time unless the sentence says otherwise.
import { describe, expect, it } from 'vitest';
import { detectConflicts, type ScheduleItem } from '../../src/index.js';

const place = (name: string, country: string, timeZone: string) => ({ name, country, timeZone });

/** The message of the weekend conflict of one item on a Saturday. */
function described(item: Omit<ScheduleItem, 'id'>, options: { timeZone?: string; locale?: 'de' | 'en' } = {}): string {
  const [conflict] = detectConflicts([{ id: 'x', title: 'Termin', ...item } as ScheduleItem], {
    holidays: false,
    ...options,
  });
  return conflict?.message ?? '';
}

describe('detectConflicts: the zone of a time abroad', () => {
  it('names Chicago’s local time in German, as the English message names the zone', () => {
    const item = {
      start: '2017-06-13T10:00-05:00',
      end: '2017-06-13T11:00-05:00',
      personIds: ['p'],
      place: place('Chicago', 'US', 'America/Chicago'),
    };
    const [conflict] = detectConflicts([
      { id: 'a', title: 'Besuch', ...item },
      { id: 'b', title: 'Empfang', ...item },
    ] as ScheduleItem[]);
    expect(conflict?.message).toBe(
      '„p“ ist doppelt gebucht: „Besuch“ (Dienstag, 13. Juni 2017, 10–11 Uhr Ortszeit Chicago) und „Empfang“ (Dienstag, 13. Juni 2017, 10–11 Uhr Ortszeit Chicago).',
    );
  });

  it.each([
    ['Osaka', 'JP', 'Asia/Tokyo', '2024-04-13T10:00+09:00', '2024-04-13T11:00+09:00', 'Ortszeit Osaka'],
    // In June Durban’s clocks show what German clocks show, but not as German time.
    ['Durban', 'ZA', 'Africa/Johannesburg', '2024-06-15T10:00+02:00', '2024-06-15T11:00+02:00', 'Ortszeit Durban'],
    ['Birmingham', 'GB', 'Europe/London', '2024-06-15T10:00+01:00', '2024-06-15T11:00+01:00', 'Ortszeit Birmingham'],
    // An abbreviation German readers know stays.
    ['Athen', 'GR', 'Europe/Athens', '2024-06-15T10:00+03:00', '2024-06-15T11:00+03:00', 'OESZ'],
  ])('names the local time of %s by the place, not the zone’s city', (name, country, zone, start, end, label) => {
    const weekday = new Date(start).getUTCDay() === 6 ? 'Samstag' : 'Sonntag';
    const day = start.slice(8, 10).replace(/^0/, '');
    const month = start.slice(5, 7) === '04' ? 'April' : 'Juni';
    expect(described({ start, end, place: place(name, country, zone) })).toBe(
      `„Termin“ (${weekday}, ${day}. ${month} 2024, 10–11 Uhr ${label}) fällt auf einen ${weekday}.`,
    );
  });

  it('writes no label for German time, in Germany or in Wien and Paris', () => {
    for (const [name, country, zone] of [
      ['Wiesbaden', 'DE', 'Europe/Berlin'],
      ['Wien', 'AT', 'Europe/Vienna'],
      ['Paris', 'FR', 'Europe/Paris'],
    ] as const) {
      expect(
        described({
          start: '2024-06-15T10:00+02:00',
          end: '2024-06-15T11:00+02:00',
          place: place(name, country, zone),
        }),
      ).toBe('„Termin“ (Samstag, 15. Juni 2024, 10–11 Uhr) fällt auf einen Samstag.');
    }
  });

  it('names the zone’s city where the item has no place, and writes the label after the end of a long item', () => {
    expect(
      described({ start: '2017-06-17T10:00-05:00', end: '2017-06-17T11:00-05:00' }, { timeZone: 'America/Chicago' }),
    ).toBe('„Termin“ (Samstag, 17. Juni 2017, 10–11 Uhr Ortszeit Chicago) fällt auf einen Samstag.');
    expect(
      described({
        start: '2024-04-13T22:00+09:00',
        end: '2024-04-14T01:00+09:00',
        place: place('Osaka', 'JP', 'Asia/Tokyo'),
      }),
    ).toBe(
      '„Termin“ (Samstag, 13. April 2024, 22 Uhr – Sonntag, 14. April 2024, 1 Uhr Ortszeit Osaka) fällt auf einen Samstag.',
    );
  });

  it('keeps the English message as it was: the zone’s IANA name', () => {
    expect(
      described(
        { start: '2024-04-13T10:00+09:00', end: '2024-04-13T11:00+09:00', place: place('Osaka', 'JP', 'Asia/Tokyo') },
        { locale: 'en' },
      ),
    ).toBe('"Termin" (2024-04-13 10:00–11:00, Asia/Tokyo) falls on a Saturday.');
  });
});
