// The sentences a German reader stumbled over (issue 13), each with its exact text in both
// languages: „ID“ as Duden writes it, the field a missing value belongs to, the decimal comma, a
// format hint without a doubled „T“, and a cycle of parent organisations in plain German.
import { describe, expect, it } from 'vitest';
import { VALIDATION_MESSAGES } from '../../src/i18n/validation.js';
import { type KommunalIssue, safeParseDataset } from '../../src/index.js';

const city = { id: 'w', name: 'Wetzlar', kind: 'city', country: 'DE' };

function issuesOf(input: unknown, locale: 'de' | 'en' = 'de'): readonly KommunalIssue[] {
  const result = safeParseDataset(input, { locale });
  return result.success ? [] : result.error.issues;
}

describe('validation messages a German editor would write', () => {
  it('writes „ID“, not „Id“', () => {
    const input = { municipalities: [city, { ...city, id: 'a' }, { ...city, id: 'a' }] };
    expect(issuesOf(input)).toEqual([
      {
        path: ['municipalities', 2, 'id'],
        code: 'duplicate_id',
        message: 'Die ID „a“ kommt in „municipalities“ mehrfach vor (zuerst bei Index 1).',
      },
    ]);
  });

  it('names the field that is missing', () => {
    const input = { municipalities: [city], persons: [{ id: 'p', givenName: 'Patricia' }] };
    expect(issuesOf(input)).toEqual([
      { path: ['persons', 0, 'familyName'], code: 'invalid_type', message: 'Das Pflichtfeld „familyName“ fehlt.' },
    ]);
    expect(issuesOf(input, 'en')[0]?.message).toBe('The required field "familyName" is missing.');
    expect(issuesOf({})).toEqual([
      { path: ['municipalities'], code: 'invalid_type', message: 'Das Pflichtfeld „municipalities“ fehlt.' },
    ]);
  });

  it('names the list whose entry is missing, and says so where there is no field', () => {
    // biome-ignore lint/suspicious/noSparseArray: a hole is the missing entry.
    const input = { municipalities: [city, , { ...city, id: 'x' }] };
    expect(issuesOf(input)).toEqual([
      {
        path: ['municipalities', 1],
        code: 'invalid_type',
        message: 'In der Liste „municipalities“ fehlt der Eintrag bei Index 1.',
      },
    ]);
    expect(issuesOf(input, 'en')[0]?.message).toBe('The list "municipalities" lacks its entry at index 1.');
    expect(VALIDATION_MESSAGES.de.required([])).toBe('Ein Pflichtwert fehlt.');
    expect(VALIDATION_MESSAGES.en.required([])).toBe('A required value is missing.');
  });

  it('writes a number with the decimal comma', () => {
    const input = { municipalities: [{ ...city, population: 150.5 }] };
    expect(issuesOf(input)).toEqual([
      {
        path: ['municipalities', 0, 'population'],
        code: 'invalid_type',
        message: '150,5 hat den falschen Typ: Erwartet wird eine ganze Zahl.',
      },
    ]);
    expect(issuesOf(input, 'en')[0]?.message).toBe('150.5 has the wrong type: expected an integer.');
  });

  it('gives an example of date and time rather than a pattern with „TTT“', () => {
    const input = {
      municipalities: [city],
      exchanges: [
        {
          id: 'e',
          kind: 'conference',
          title: 'T',
          hostId: 'w',
          guestIds: ['w'],
          startDate: '2024-04-15',
          endDate: '2024-04-15',
          programme: [{ id: 'i', title: 'I', start: '15.04.2024 9:30' }],
        },
      ],
    };
    expect(issuesOf(input).map((issue) => issue.message)).toEqual([
      '„15.04.2024 9:30“ ist kein gültiger Tag und keine gültige Angabe von Datum und Uhrzeit (erwartet z. B. „2024-04-15“ oder „2024-04-15T09:30“, optional mit Offset wie „+02:00“).',
    ]);
  });

  it('says in plain words that an organisation is its own parent', () => {
    const input = {
      municipalities: [city],
      organisations: [
        { id: 'amt', name: 'Amt', kind: 'authority', parentId: 'dezernat' },
        { id: 'dezernat', name: 'Dezernat', kind: 'authority', parentId: 'amt' },
      ],
    };
    expect(issuesOf(input)[0]).toEqual({
      path: ['organisations', 0, 'parentId'],
      code: 'reference_cycle',
      message:
        'Die Organisation „amt“ ist sich selbst übergeordnet: Die Kette ihrer übergeordneten Organisationen („parentId“) führt zu ihr zurück.',
    });
    expect(issuesOf(input, 'en')[0]?.message).toBe(
      'The organisation "amt" is its own parent: the chain of its parent organisations ("parentId") leads back to it.',
    );
  });

  it('writes the end before the start with articles and German dates', () => {
    const input = {
      municipalities: [city],
      exchanges: [
        {
          id: 'e',
          kind: 'conference',
          title: 'T',
          hostId: 'w',
          guestIds: ['w'],
          startDate: '2024-04-18',
          endDate: '2024-04-15',
        },
      ],
    };
    expect(issuesOf(input)).toEqual([
      {
        path: ['exchanges', 0, 'endDate'],
        code: 'invalid_range',
        message: 'Das Ende (15. April 2024) liegt vor dem Beginn (18. April 2024).',
      },
    ]);
  });
});
