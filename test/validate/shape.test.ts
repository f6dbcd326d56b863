// The wording of shape problems, in both languages: each names the value and what was expected.
import { describe, expect, it } from 'vitest';
import { VALIDATION_MESSAGES as MESSAGES } from '../../src/i18n/validation.js';
import { safeParseDataset } from '../../src/index.js';
import { show } from '../../src/time/quote.js';
import { firstDay, lastDay } from '../../src/validate/dates.js';

const municipality = { id: 'w', name: 'Wetzlar', kind: 'city', country: 'DE' };

function messages(input: unknown, locale: 'de' | 'en'): string[] {
  const result = safeParseDataset(input, { locale });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('shape messages', () => {
  const broken = {
    municipalities: [
      { id: '', name: ' ', kind: 'city', country: 'DE', population: -5 },
      { name: 'Ohne Id', kind: 'city', country: 'DE', population: 1.5, zip: '35578', fax: '1' },
      { ...municipality, id: 'x', website: 'ftp://x', ags: 'sechs' },
    ],
    partnerships: [
      { id: 'p', kind: 'town-twinning', municipalityIds: ['w'] },
      { id: 'q', kind: 'town-twinning', municipalityIds: ['w', 'x', 'w'], since: '2011-13' },
    ],
    persons: [{ id: 'a', givenName: 'A', familyName: 'B', email: 'keine-adresse' }],
    grants: [
      {
        id: 'g',
        programmeId: 'p',
        recipientId: 'w',
        startDate: '2017-01-01',
        endDate: '2017-12-31',
        amount: { value: 5, currency: 'euro' },
      },
    ],
    exchanges: [
      {
        id: 'e',
        kind: 'conference',
        title: 'T',
        hostId: 'w',
        guestIds: 'x',
        startDate: '2017-06-13',
        endDate: '2017-06-13',
        programme: [{ id: 'i', title: 'I', start: '2017-06-13 10:00' }],
      },
    ],
    municipalities2: [],
  };

  it('writes German sentences that name the value', () => {
    expect(messages(broken, 'de')).toEqual([
      ': Unbekanntes Feld „municipalities2“.',
      'municipalities.0.id: „“ ist leer.',
      'municipalities.0.name: „ “ ist leer.',
      'municipalities.0.population: -5 ist zu klein: Erwartet wird mindestens 0.',
      'municipalities.1.id: Das Pflichtfeld „id“ fehlt.',
      'municipalities.1.population: 1,5 hat den falschen Typ: Erwartet wird eine ganze Zahl.',
      'municipalities.1: Unbekannte Felder „zip“ und „fax“.',
      'municipalities.2.ags: „sechs“ ist kein Amtlicher Gemeindeschlüssel (zwei, drei, fünf oder acht Ziffern).',
      'municipalities.2.website: „ftp://x“ ist keine gültige Adresse (erwartet http:// oder https://).',
      'persons.0.email: „keine-adresse“ ist keine gültige E-Mail-Adresse.',
      'partnerships.0.municipalityIds: Es werden mindestens 2 Einträge erwartet.',
      'partnerships.1.municipalityIds: Es werden höchstens 2 Einträge erwartet.',
      'partnerships.1.since: „2011-13“ ist kein gültiges Datum (erwartet JJJJ, JJJJ-MM oder JJJJ-MM-TT).',
      'exchanges.0.guestIds: „x“ hat den falschen Typ: Erwartet wird eine Liste.',
      'exchanges.0.programme.0.start: „2017-06-13 10:00“ ist kein gültiger Tag und keine gültige Angabe von Datum und Uhrzeit (erwartet z. B. „2024-04-15“ oder „2024-04-15T09:30“, optional mit Offset wie „+02:00“).',
      'grants.0.amount.currency: „euro“ ist kein Währungscode nach ISO 4217 (wie „EUR“).',
    ]);
  });

  it('writes English sentences on request', () => {
    expect(messages(broken, 'en')).toEqual([
      ': Unknown field "municipalities2".',
      'municipalities.0.id: "" is empty.',
      'municipalities.0.name: " " is empty.',
      'municipalities.0.population: -5 is too small: expected at least 0.',
      'municipalities.1.id: The required field "id" is missing.',
      'municipalities.1.population: 1.5 has the wrong type: expected an integer.',
      'municipalities.1: Unknown fields "zip" and "fax".',
      'municipalities.2.ags: "sechs" is not an official municipality key (two, three, five or eight digits).',
      'municipalities.2.website: "ftp://x" is not a valid address (expected http:// or https://).',
      'persons.0.email: "keine-adresse" is not a valid e-mail address.',
      'partnerships.0.municipalityIds: Expected at least 2 entries.',
      'partnerships.1.municipalityIds: Expected at most 2 entries.',
      'partnerships.1.since: "2011-13" is not a valid date (expected YYYY, YYYY-MM or YYYY-MM-DD).',
      'exchanges.0.guestIds: "x" has the wrong type: expected a list.',
      'exchanges.0.programme.0.start: "2017-06-13 10:00" is not a valid day or date and time (expected e.g. "2024-04-15" or "2024-04-15T09:30", optionally with an offset like "+02:00").',
      'grants.0.amount.currency: "euro" is not an ISO 4217 currency code (like "EUR").',
    ]);
  });

  it('words the remaining checks in both languages', () => {
    const input = {
      municipalities: [{ ...municipality, kind: 'Großstadt', country: 'de', state: 'hessen', timeZone: 'Berlin Zeit' }],
    };
    expect(messages(input, 'de')).toEqual([
      'municipalities.0.kind: „Großstadt“ ist nicht erlaubt: Erwartet wird „municipality“, „city“, „state-capital“, „city-state“, „district“ oder „region“.',
      'municipalities.0.country: „de“ ist kein Ländercode nach ISO 3166-1 (zwei Großbuchstaben wie „DE“).',
      'municipalities.0.state: „hessen“ ist kein Code nach ISO 3166-2 (wie „DE-HE“).',
      'municipalities.0.timeZone: „Berlin Zeit“ ist kein Zeitzonenname (wie „Europe/Berlin“).',
    ]);
    expect(messages(input, 'en')).toEqual([
      'municipalities.0.kind: "Großstadt" is not allowed: expected "municipality", "city", "state-capital", "city-state", "district" or "region".',
      'municipalities.0.country: "de" is not an ISO 3166-1 country code (two capital letters like "DE").',
      'municipalities.0.state: "hessen" is not an ISO 3166-2 code (like "DE-HE").',
      'municipalities.0.timeZone: "Berlin Zeit" is not a time zone name (like "Europe/Berlin").',
    ]);
    expect(messages({ municipalities: [{ ...municipality, country: 'XK' }] }, 'de')).toEqual([
      'municipalities.0: Für eine Kommune in Kosovo fehlt die Zeitzone („timeZone“): kommunal kennt die Zeitzonen dort nicht.',
    ]);
    expect(messages({ municipalities: [{ ...municipality, country: 'XK' }] }, 'en')).toEqual([
      'municipalities.0: A municipality in Kosovo needs a time zone ("timeZone"): kommunal does not know the time zones there.',
    ]);
  });
});

describe('helpers behind the messages', () => {
  it('name values in either language', () => {
    expect(show(new Date('2024-04-15T07:00:00Z'), 'en')).toBe('"2024-04-15T07:00:00.000Z"');
    expect(show(new Date(Number.NaN), 'en')).toBe('an invalid Date');
    expect(show([], 'en')).toBe('an array');
    expect(show([], 'de')).toBe('eine Liste');
    expect(show({}, 'en')).toBe('a value of type object');
  });

  it('say “ein Eintrag” for one and group larger counts', () => {
    expect(MESSAGES.de.tooFew(1)).toBe('Es wird mindestens ein Eintrag erwartet.');
    expect(MESSAGES.de.tooFew(2)).toBe('Es werden mindestens 2 Einträge erwartet.');
    expect(MESSAGES.de.tooMany(1)).toBe('Es wird höchstens ein Eintrag erwartet.');
    expect(MESSAGES.de.tooMany(20_000)).toBe('Es werden höchstens 20\u202f000 Einträge erwartet.');
    expect(MESSAGES.en.tooFew(1)).toBe('Expected at least one entry.');
    expect(MESSAGES.en.tooMany(20_000)).toBe('Expected at most 20,000 entries.');
    expect(MESSAGES.de.tooSmall(5, 10_000, true)).toBe('5 ist zu klein: Erwartet wird mindestens 10\u202f000.');
  });

  it('read partial dates at their precision', () => {
    expect([firstDay('2024'), lastDay('2024')]).toEqual(['2024-01-01', '2024-12-31']);
    expect([firstDay('2024-02'), lastDay('2024-02')]).toEqual(['2024-02-01', '2024-02-29']);
    expect([firstDay('2024-02-10'), lastDay('2024-02-10')]).toEqual(['2024-02-10', '2024-02-10']);
  });
});
