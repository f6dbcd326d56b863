import { describe, expect, it } from 'vitest';
import { KNOWN_SUBDIVISIONS, MULTI_ZONE_COUNTRIES, SINGLE_ZONE_COUNTRIES } from '../../src/places/countries.js';
import { countryName, forCountry, inCountry } from '../../src/places/countryNames.js';

describe('countries in German sentences', () => {
  it.each([
    ['DE', 'in Deutschland', 'für Deutschland'],
    ['AT', 'in Österreich', 'für Österreich'],
    ['CH', 'in der Schweiz', 'für die Schweiz'],
    ['US', 'in den USA', 'für die USA'],
    ['NL', 'in den Niederlanden', 'für die Niederlande'],
    ['GB', 'im Vereinigten Königreich', 'für das Vereinigte Königreich'],
    ['TR', 'in der Türkei', 'für die Türkei'],
    ['PH', 'auf den Philippinen', 'für die Philippinen'],
    ['JP', 'in Japan', 'für Japan'],
    // Masculine names go without the article in official texts (Auswärtiges Amt): „in Irak“.
    ['IQ', 'in Irak', 'für Irak'],
    ['XK', 'in Kosovo', 'für Kosovo'],
    ['XX', 'im Staat mit dem Ländercode „XX“', 'für den Staat mit dem Ländercode „XX“'],
    ['EU', 'im Staat mit dem Ländercode „EU“', 'für den Staat mit dem Ländercode „EU“'],
    ['YU', 'im Staat mit dem Ländercode „YU“', 'für den Staat mit dem Ländercode „YU“'],
  ])('%s: %s, %s', (code, where, meantFor) => {
    expect(inCountry(code, 'de')).toBe(where);
    expect(forCountry(code, 'de')).toBe(meantFor);
  });

  it.each([
    ['DE', 'in Germany', 'for Germany'],
    ['US', 'in the United States', 'for the United States'],
    ['NL', 'in the Netherlands', 'for the Netherlands'],
    ['GB', 'in the United Kingdom', 'for the United Kingdom'],
    ['AT', 'in Austria', 'for Austria'],
    ['XX', 'in the country with code "XX"', 'for the country with code "XX"'],
  ])('%s in English: %s, %s', (code, where, meantFor) => {
    expect(inCountry(code, 'en')).toBe(where);
    expect(forCountry(code, 'en')).toBe(meantFor);
  });

  it('has a German name for every country kommunal knows a zone, subdivision or postal pattern of', () => {
    const known = new Set([...SINGLE_ZONE_COUNTRIES.keys(), ...MULTI_ZONE_COUNTRIES, ...KNOWN_SUBDIVISIONS.keys()]);
    const unnamed = [...known].filter((code) => inCountry(code, 'de').includes('Ländercode'));
    expect(unnamed).toEqual([]);
  });

  // Every name of Intl's German list that is feminine, plural or has an attribute, reviewed by hand.
  it.each(
    'AE AQ AX BQ BS BV CC CF CH CK CX DO EH FK FO GB GS HK HM IM IO KM KY MD MH MN MO MP MV NF NL PH PN PS SB SC SK TC TF TR UA UM US VA VC VG VI'.split(
      ' ',
    ),
  )('%s has a phrase of its own, not „in“ and the bare name', (code) => {
    const name = countryName(code, 'de');
    expect(name).toBeDefined();
    expect(inCountry(code, 'de')).not.toBe(`in ${name}`);
    expect(inCountry(code, 'de')).toMatch(/^(?:in|im|auf) /);
    expect(forCountry(code, 'de')).toMatch(/^für /);
  });

  it('names nothing for what is not a two-letter code', () => {
    for (const value of [undefined, null, 42, 'de', 'DEU', '__proto__', 'constructor', {}]) {
      expect(countryName(value, 'de')).toBeUndefined();
    }
  });
});
