import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import seeds from '../../examples/data/seeds.json' with { type: 'json' };
import {
  formatPersonName,
  formatSalutation,
  KommunalValidationError,
  type Organisation,
  type Person,
  parseDataset,
} from '../../src/index.js';
import { PROPERTY_TIMEOUT } from '../property.js';

const dataset = parseDataset(seeds);
const person = (id: string): Person => {
  const found = dataset.persons?.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no person ${id} in the seeds`);
  return found;
};
const organisation = (id: string): Organisation => {
  const found = dataset.organisations?.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no organisation ${id} in the seeds`);
  return found;
};

describe('formatPersonName with the organisation of the role', () => {
  const geissler = person('matthias-geissler');

  it('adds the organisation in the genitive: „Leiter des ZEFAS“ (seed 002)', () => {
    expect(formatPersonName(geissler, { withRole: true })).toBe('Dr. Matthias Geißler, Leiter');
    expect(formatPersonName(geissler, { withRole: true, organisation: organisation('zefas') })).toBe(
      'Dr. Matthias Geißler, Leiter des ZEFAS',
    );
    expect(formatPersonName(geissler, { withRole: true, organisation: dataset.organisations })).toBe(
      'Dr. Matthias Geißler, Leiter des ZEFAS',
    );
    expect(formatPersonName(geissler, { withRole: true, organisation: 'des ZEFAS' })).toBe(
      'Dr. Matthias Geißler, Leiter des ZEFAS',
    );
    // Without withRole the organisation is not written.
    expect(formatPersonName(geissler, { organisation: organisation('zefas') })).toBe('Dr. Matthias Geißler');
  });

  const leiterin = { id: 'l', givenName: 'Daniela', familyName: 'Leß', roles: [{ role: 'Leiterin' }] };
  it.each([
    [{ name: 'Amt für Soziale Arbeit' }, 'Daniela Leß, Leiterin des Amtes für Soziale Arbeit'],
    [{ name: 'Jugendamt' }, 'Daniela Leß, Leiterin des Jugendamtes'],
    [{ name: 'Sozialdezernat' }, 'Daniela Leß, Leiterin des Sozialdezernats'],
    [{ name: 'Abteilung Jugendarbeit' }, 'Daniela Leß, Leiterin der Abteilung Jugendarbeit'],
    [{ name: 'Landeshauptstadt Wiesbaden' }, 'Daniela Leß, Leiterin der Landeshauptstadt Wiesbaden'],
    [{ name: 'Wetteraukreis' }, 'Daniela Leß, Leiterin des Wetteraukreises'],
    [{ name: 'Partnerschaftsverein Wetzlar' }, 'Daniela Leß, Leiterin des Partnerschaftsvereins Wetzlar'],
    [{ name: 'Sächsisches Staatsministerium für Soziales', acronym: 'SMS' }, 'Daniela Leß, Leiterin des SMS'],
    [{ name: 'Koordinierungsstelle Welcome Center', acronym: 'KWC' }, 'Daniela Leß, Leiterin der KWC'],
    // An adjective before the head noun would have to be declined, and an unknown head noun has no
    // known gender: the organisation follows after a comma, as on a letterhead.
    [
      { name: 'Sächsisches Staatsministerium für Soziales' },
      'Daniela Leß, Leiterin, Sächsisches Staatsministerium für Soziales',
    ],
    [{ name: 'Welcome Center Sachsen' }, 'Daniela Leß, Leiterin, Welcome Center Sachsen'],
    [{ name: 'ZEFAS', acronym: 'ZEFAS' }, 'Daniela Leß, Leiterin, ZEFAS'],
  ])('writes the role held in %o', (held, expected) => {
    expect(formatPersonName(leiterin, { withRole: true, organisation: held })).toBe(expected);
  });

  it('takes from a list the organisation the role names, and none if it names none', () => {
    const list = [
      { id: 'a', name: 'Amt für Soziale Arbeit' },
      { id: 'j', name: 'Abteilung Jugendarbeit' },
    ];
    const withId = { ...leiterin, roles: [{ role: 'Leiterin', organisationId: 'j' }] };
    expect(formatPersonName(withId, { withRole: true, organisation: list })).toBe(
      'Daniela Leß, Leiterin der Abteilung Jugendarbeit',
    );
    expect(formatPersonName(leiterin, { withRole: true, organisation: list })).toBe('Daniela Leß, Leiterin');
    expect(
      formatPersonName(
        { ...leiterin, roles: [{ role: 'Leiterin', organisationId: 'x' }] },
        { withRole: true, organisation: list },
      ),
    ).toBe('Daniela Leß, Leiterin');
  });

  it('names the option when the organisation is none of its forms', () => {
    expect(() => formatPersonName(leiterin, { withRole: true, organisation: 42 as never })).toThrow(
      'Die Option „organisation“ von formatPersonName muss eine Organisation, eine Liste von Organisationen oder ein Text wie „des ZEFAS“ sein, nicht 42.',
    );
    expect(() => formatPersonName(leiterin, { withRole: true, organisation: { name: 7 } as never })).toThrow(
      'Die Option „organisation.name“ von formatPersonName muss ein Text sein, nicht 7.',
    );
    const trap = new Proxy([], {
      get: () => {
        throw new Error('no');
      },
    });
    expect(() => formatPersonName(leiterin, { organisation: trap as never })).toThrow(
      'Die Option „organisation“ von formatPersonName lässt sich nicht lesen',
    );
    expect(() => formatPersonName(leiterin, { organisation: [{ name: 'Amt' }, null] as never })).toThrow(
      'Die Option „organisation[1]“ von formatPersonName muss eine Organisation',
    );
  });

  it('refuses a list longer than a dataset’s, whatever length a Proxy claims, before reading an entry', () => {
    for (const length of [Number.POSITIVE_INFINITY, 10_000_001]) {
      let reads = 0;
      const endless = new Proxy([], {
        get: (_, key) => {
          if (key === 'length') return length;
          reads += 1;
          return { name: 'Amt' };
        },
      });
      expect(() => formatPersonName(leiterin, { organisation: endless as never })).toThrow(
        'Die Option „organisation“ von formatPersonName muss eine Liste von höchstens 10\u202f000\u202f000 Organisationen sein, nicht eine Liste.',
      );
      expect(reads).toBe(0);
    }
  });
});

describe('formatSalutation', () => {
  const becher = { ...person('patricia-becher'), salutation: 'Frau' } as const;

  it('writes „Frau Dr. Becher“ and the salutation line „Sehr geehrte Frau Dr. Becher,“', () => {
    expect(formatSalutation(becher)).toBe('Frau Dr. Becher');
    expect(formatSalutation(becher, { letter: true })).toBe('Sehr geehrte Frau Dr. Becher,');
  });

  it.each([
    [
      { salutation: 'Herr', title: 'Dr.', familyName: 'Geißler' },
      'Herr Dr. Geißler',
      'Sehr geehrter Herr Dr. Geißler,',
    ],
    [{ salutation: 'Frau', title: undefined, familyName: 'Leß' }, 'Frau Leß', 'Sehr geehrte Frau Leß,'],
    [
      { salutation: 'Frau', title: 'Prof. Dr.', familyName: 'Becher' },
      'Frau Professorin Becher',
      'Sehr geehrte Frau Professorin Becher,',
    ],
    [
      { salutation: 'Herr', title: 'Prof.', familyName: 'Klug' },
      'Herr Professor Klug',
      'Sehr geehrter Herr Professor Klug,',
    ],
    [
      { salutation: 'Herr', title: 'Dr. phil. Dr. med.', familyName: 'Klug' },
      'Herr Dr. Klug',
      'Sehr geehrter Herr Dr. Klug,',
    ],
    [{ salutation: 'Herr', title: 'Dipl.-Ing.', familyName: 'Weiß' }, 'Herr Weiß', 'Sehr geehrter Herr Weiß,'],
    // No form of address in the data: the full name, never a guess from the given name.
    [
      { salutation: undefined, title: 'Dr.', familyName: 'Becher' },
      'Dr. Patricia Becher',
      'Guten Tag Dr. Patricia Becher,',
    ],
  ] as const)('addresses %o', (fields, short, letter) => {
    const someone = { id: 's', givenName: 'Patricia', ...fields };
    expect(formatSalutation(someone)).toBe(short);
    expect(formatSalutation(someone, { letter: true })).toBe(letter);
  });

  it('reads the form of address from the data, and refuses one it does not know', () => {
    expect(() => formatSalutation({ ...becher, salutation: 'Fräulein' } as never)).toThrow(
      new KommunalValidationError([
        {
          path: ['salutation'],
          code: 'invalid_value',
          message:
            '„salutation“ der Person muss „Frau“ oder „Herr“ sein, nicht „Fräulein“: Fehlt die Anrede, spricht kommunal die Person mit vollem Namen an.',
        },
      ]),
    );
    expect(() => formatSalutation(becher, { letter: 'ja' } as never)).toThrow(
      'Die Option „letter“ von formatSalutation muss true oder false sein, nicht „ja“.',
    );
    expect(() => formatSalutation(null as never)).toThrow('null ist keine Person');
  });

  it('is a field of the data model that parseDataset checks', () => {
    const result = parseDataset({
      municipalities: [{ id: 'w', name: 'Wiesbaden', kind: 'state-capital', country: 'DE' }],
      persons: [{ id: 'b', givenName: 'Patricia', familyName: 'Becher', salutation: 'Frau' }],
    });
    expect(result.persons?.[0]?.salutation).toBe('Frau');
  });

  it(
    'ends in a text or a KommunalValidationError for any person and options',
    () => {
      fc.assert(
        fc.property(fc.anything({ withDate: true, withBigInt: true }), fc.anything(), (someone, options) => {
          for (const call of [
            () => formatSalutation(someone as never, options as never),
            () => formatSalutation({ ...becher, salutation: someone } as never, { letter: true }),
            () => formatPersonName(becher, { withRole: true, organisation: someone } as never),
          ]) {
            try {
              expect(typeof call()).toBe('string');
            } catch (error) {
              expect(error).toBeInstanceOf(KommunalValidationError);
            }
          }
        }),
      );
    },
    PROPERTY_TIMEOUT,
  );
});
