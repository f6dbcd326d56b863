import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidAgs, isValidArs, isValidPostalCode, parseAgs, parseArs } from '../../src/index.js';
import { PROPERTY_TIMEOUT } from '../property.js';

describe('parseAgs and isValidAgs', () => {
  it.each([
    ['01002000', 'DE-SH', 'Schleswig-Holstein'], // Kiel
    ['02000000', 'DE-HH', 'Hamburg'],
    ['03241001', 'DE-NI', 'Niedersachsen'], // Hannover
    ['04011000', 'DE-HB', 'Bremen'],
    ['05315000', 'DE-NW', 'Nordrhein-Westfalen'], // Köln
    ['06414000', 'DE-HE', 'Hessen'], // Wiesbaden
    ['07111000', 'DE-RP', 'Rheinland-Pfalz'], // Koblenz
    ['08111000', 'DE-BW', 'Baden-Württemberg'], // Stuttgart
    ['09761000', 'DE-BY', 'Bayern'], // Augsburg
    ['10041100', 'DE-SL', 'Saarland'], // Saarbrücken
    ['11000000', 'DE-BE', 'Berlin'],
    ['12054000', 'DE-BB', 'Brandenburg'], // Potsdam
    ['13003000', 'DE-MV', 'Mecklenburg-Vorpommern'], // Rostock
    ['14511000', 'DE-SN', 'Sachsen'], // Chemnitz
    ['15003000', 'DE-ST', 'Sachsen-Anhalt'], // Magdeburg
    ['16051000', 'DE-TH', 'Thüringen'], // Erfurt
  ])('reads %s as a key in %s', (ags, state, stateName) => {
    expect(parseAgs(ags)).toMatchObject({
      ags,
      state,
      stateName,
      land: ags.slice(0, 2),
      kreisschluessel: ags.slice(0, 5),
    });
    expect(isValidAgs(ags)).toBe(true);
  });

  it('splits a key into its parts', () => {
    expect(parseAgs('06532023')).toEqual({
      level: 'municipality',
      ags: '06532023',
      land: '06',
      regierungsbezirk: '5',
      regierungsbezirkName: 'Gießen',
      kreis: '32',
      gemeinde: '023',
      kreisschluessel: '06532',
      state: 'DE-HE',
      stateName: 'Hessen',
    });
  });

  it('reads the Kreisschlüssel of a Landkreis: the Wetteraukreis, 06440', () => {
    expect(isValidAgs('06440')).toBe(true);
    expect(parseAgs('06440')).toEqual({
      level: 'district',
      ags: '06440',
      land: '06',
      regierungsbezirk: '4',
      regierungsbezirkName: 'Darmstadt',
      kreis: '40',
      kreisschluessel: '06440',
      state: 'DE-HE',
      stateName: 'Hessen',
    });
    expect(parseAgs('06440')?.gemeinde).toBeUndefined();
  });

  it('reads the key of a Land and of a Regierungsbezirk', () => {
    expect(parseAgs('06')).toEqual({ level: 'state', ags: '06', land: '06', state: 'DE-HE', stateName: 'Hessen' });
    expect(parseAgs('064')).toEqual({
      level: 'regierungsbezirk',
      ags: '064',
      land: '06',
      regierungsbezirk: '4',
      regierungsbezirkName: 'Darmstadt',
      state: 'DE-HE',
      stateName: 'Hessen',
    });
    // Former Regierungsbezirke: their digit stays in the keys.
    expect(parseAgs('031')?.regierungsbezirkName).toBe('Braunschweig');
    expect(parseAgs('146')?.regierungsbezirkName).toBe('Dresden');
  });

  it.each([
    ['01', 'state'],
    ['16', 'state'],
    ['091', 'regierungsbezirk'],
    ['12060', 'district'], // Landkreis Barnim: no Regierungsbezirk, 0
    ['02000', 'district'], // Hamburg, one Kreis
    ['11000', 'district'], // Berlin
    ['14511', 'district'], // Chemnitz, kreisfreie Stadt
    ['12060181', 'municipality'], // Panketal
  ])('reads %s as a key of level %s', (ags, level) => {
    expect(parseAgs(ags)?.level).toBe(level);
  });

  it('refuses the key Chemnitz had before the Kreisreform of 2008: Sachsen has no Regierungsbezirk 1 since', () => {
    expect(isValidAgs('14161000')).toBe(false);
    expect(parseAgs('14161')).toBeUndefined();
    expect(isValidAgs('14511000')).toBe(true);
  });

  it.each([
    ['0641400', 'seven digits'],
    ['0', 'one digit'],
    ['0644', 'four digits'],
    ['064400', 'six digits'],
    ['065320023023', 'twelve digits: a Regionalschlüssel, not a Gemeindeschlüssel'],
    ['00', 'Land 00'],
    ['17', 'Land 17'],
    ['060', 'Regierungsbezirk 0 in Hessen, which has Regierungsbezirke'],
    ['120', 'Brandenburg, which has no Regierungsbezirke'],
    ['06040', 'a Kreis in a Regierungsbezirk Hessen does not have'],
    ['06400', 'Kreis 00 outside Hamburg and Berlin'],
    ['0644a', 'a letter'],
    ['０６４４０', 'full-width digits'],
    ['064140000', 'nine digits'],
    ['0641400a', 'a letter'],
    ['00414000', 'Land 00'],
    ['17000000', 'Land 17'],
    ['06114000', 'a Regierungsbezirk Hessen does not have'],
    ['06400000', 'Kreis 00 outside Hamburg and Berlin'],
    [42 as unknown as string, 'a number'],
  ])('refuses %s (%s)', (ags) => {
    expect(parseAgs(ags)).toBeUndefined();
    expect(isValidAgs(ags)).toBe(false);
  });
});

describe('isValidPostalCode', () => {
  it.each([
    ['65189', 'DE', true],
    ['01067', 'DE', true],
    ['00123', 'DE', false],
    ['6518', 'DE', false],
    ['651899', 'DE', false],
    ['1010', 'AT', true],
    ['0101', 'AT', false],
    ['10101', 'AT', false],
    ['8001', 'CH', true],
    ['60602', 'US', true],
    ['60602-1234', 'US', true],
    ['6060', 'US', false],
    ['60602-12', 'US', false],
    ['75001', 'FR', true],
    ['B1 1BB', 'GB', true],
    ['530-0001', 'JP', true],
    ['20000', 'MA', true],
    ['4001', 'ZA', true],
    ['200000', 'CN', true],
    ['1234 AB', 'NL', true],
    ['00-950', 'PL', true],
    ['12345', 'XK', true],
    ['', 'XK', false],
    ['65189', 'de', true],
  ] as const)('%s in %s: %s', (code, country, valid) => {
    expect(isValidPostalCode(code, country)).toBe(valid);
  });

  it('refuses what is not text', () => {
    expect(isValidPostalCode(65189 as unknown as string, 'DE')).toBe(false);
  });
});

describe('the checks of single values with hostile input', () => {
  const hostile: unknown[] = [
    null,
    undefined,
    6414000,
    Number.NaN,
    6414000n,
    Symbol('06414000'),
    () => '06414000',
    ['06414000'],
    { toString: () => '06414000' },
    new String('06414000'),
    Object.create(null),
    new Proxy(
      {},
      {
        get() {
          throw new Error('Falle');
        },
      },
    ),
    '__proto__',
    'constructor',
    '0'.repeat(1_000_000),
    `06414000${' '.repeat(1_000_000)}`,
  ];

  it.each(hostile.map((value, index) => [index, value]))(
    'isValidAgs and parseAgs answer no for hostile value %i',
    (_, value) => {
      expect(isValidAgs(value as string)).toBe(false);
      expect(parseAgs(value as string)).toBeUndefined();
      expect(isValidArs(value as string)).toBe(false);
      expect(parseArs(value as string)).toBeUndefined();
    },
  );

  it.each(hostile.map((value, index) => [index, value]))(
    'isValidPostalCode answers no for hostile value %i as code or country',
    (_, value) => {
      expect(isValidPostalCode(value as string, 'DE')).toBe(false);
      expect(isValidPostalCode('65189', value as string)).toBe(false);
    },
  );

  it('looks countries up among its own patterns only', () => {
    for (const country of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'D', 'DEU', 'de-DE', '']) {
      expect(isValidPostalCode('12345', country)).toBe(false);
    }
    expect(isValidPostalCode('65189', 'de')).toBe(true);
    expect(isValidPostalCode('12-345', 'pl')).toBe(true);
    expect(isValidPostalCode('1'.repeat(1_000_000), 'XX')).toBe(false);
  });
});

describe('parseArs and isValidArs', () => {
  it('splits the Regionalschlüssel of a Gemeinde in no Gemeindeverband: Wetzlar, 065320023023', () => {
    expect(isValidArs('065320023023')).toBe(true);
    expect(parseArs('065320023023')).toEqual({
      ars: '065320023023',
      land: '06',
      regierungsbezirk: '5',
      regierungsbezirkName: 'Gießen',
      kreis: '32',
      kreisschluessel: '06532',
      gemeindeverband: '0023',
      gemeinde: '023',
      ags: '06532023',
      membership: 'verbandsfrei',
      state: 'DE-HE',
      stateName: 'Hessen',
    });
  });

  // The examples of Land Brandenburg's page on the Regionalschlüssel.
  it('says that a Gemeinde belongs to a Gemeindeverband, and which: Marienwerder in the Amt Biesenthal-Barnim', () => {
    expect(parseArs('120605003154')).toMatchObject({
      gemeindeverband: '5003',
      gemeinde: '154',
      ags: '12060154',
      membership: 'verbandsangehoerig',
      gemeindeverbandsschluessel: '120605003',
      state: 'DE-BB',
    });
    expect(parseArs('120600181181')).toMatchObject({ membership: 'verbandsfrei', ags: '12060181' });
    expect(parseArs('120600181181')?.gemeindeverbandsschluessel).toBeUndefined();
  });

  it('reads a kreisfreie Stadt and a gemeindefreies Gebiet, and says nothing of digits it does not know', () => {
    expect(parseArs('064140000000')).toMatchObject({ ags: '06414000', membership: 'verbandsfrei' });
    expect(parseArs('020000000000')?.state).toBe('DE-HH');
    expect(parseArs('091879451451')?.membership).toBe('gemeindefrei');
    expect(parseArs('071311001001')?.membership).toBeUndefined();
  });

  it.each([
    ['065320024023', 'a Gemeinde in no Gemeindeverband whose digits do not repeat the Gemeinde'],
    ['06532023', 'eight digits: a Gemeindeschlüssel'],
    ['120605003', 'nine digits'],
    ['0653200230231', 'thirteen digits'],
    ['064000023023', 'Kreis 00 in Hessen'],
    ['141610000000', 'Chemnitz before 2008'],
    ['170000000000', 'Land 17'],
    ['06532002302a', 'a letter'],
    [65320023023 as unknown as string, 'a number'],
  ])('refuses %s (%s)', (ars) => {
    expect(parseArs(ars)).toBeUndefined();
    expect(isValidArs(ars)).toBe(false);
  });
});

describe('the levels of a key, for all keys', () => {
  const digits = (length: number) =>
    fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });
  // Most digit strings begin with no Land; these begin with one, and often with a Regierungsbezirk digit in use.
  const key = (length: number) =>
    fc.oneof(
      digits(length),
      fc
        .tuple(fc.integer({ min: 1, max: 16 }), fc.constantFrom('0', '4', '5', '6', '9'), digits(length - 3))
        .map(([land, digit, rest]) => `${String(land).padStart(2, '0')}${digit}${rest}`),
    );

  it(
    'reads every prefix of a Gemeindeschlüssel as the key of its level, with the same parts',
    () => {
      fc.assert(
        fc.property(key(8), (ags) => {
          const gemeinde = parseAgs(ags);
          const kreis = parseAgs(ags.slice(0, 5));
          const land = parseAgs(ags.slice(0, 2));
          // A Gemeinde's key is well-formed exactly when its Kreis's is.
          expect(gemeinde === undefined).toBe(kreis === undefined);
          if (gemeinde === undefined || kreis === undefined) return;
          expect(gemeinde.level).toBe('municipality');
          expect(kreis).toEqual({ ...gemeinde, level: 'district', ags: ags.slice(0, 5), gemeinde: undefined });
          expect(land).toEqual({
            level: 'state',
            ags: ags.slice(0, 2),
            land: gemeinde.land,
            state: gemeinde.state,
            stateName: gemeinde.stateName,
          });
        }),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'finds in every Regionalschlüssel a Gemeindeschlüssel of the same Land and Kreis',
    () => {
      fc.assert(
        fc.property(
          key(5),
          fc.constantFrom('0', '5', '9', '1'),
          digits(3),
          digits(3),
          (kreis, kind, verband, gemeinde) => {
            const ars = `${kreis}${kind}${kind === '0' ? gemeinde : verband}${gemeinde}`;
            const parts = parseArs(ars);
            expect(parts === undefined).toBe(parseAgs(kreis) === undefined);
            if (parts === undefined) return;
            expect(parseAgs(parts.ags)).toMatchObject({ level: 'municipality', kreisschluessel: kreis, gemeinde });
            expect(parts.gemeindeverband).toBe(ars.slice(5, 9));
            expect(parts.gemeindeverbandsschluessel).toBe(kind === '5' ? ars.slice(0, 9) : undefined);
          },
        ),
      );
    },
    PROPERTY_TIMEOUT,
  );
});
