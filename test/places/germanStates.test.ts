// The one table of the 16 Länder, and the places that read it: holidays, AGS keys, ISO codes.
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type GermanState,
  REGIERUNGSBEZIRKE as PUBLIC_REGIERUNGSBEZIRKE,
  GERMAN_STATES as PUBLIC_TABLE,
  parseAgs,
  publicHolidays,
} from '../../src/index.js';
import { KNOWN_SUBDIVISIONS } from '../../src/places/countries.js';
import {
  CITY_STATES_WITHOUT_KREISE,
  GERMAN_STATES,
  type GermanStateInfo,
  germanStateByAgsPrefix,
  germanStateOf,
  isGermanState,
  isKeyPrefix,
  REGIERUNGSBEZIRKE,
  type RegierungsbezirkKey,
} from '../../src/places/germanStates.js';

describe('the table of the Länder', () => {
  it('is the table kommunal exports, beside the table of Regierungsbezirke', () => {
    expect(PUBLIC_TABLE).toBe(GERMAN_STATES);
    expect(PUBLIC_REGIERUNGSBEZIRKE).toBe(REGIERUNGSBEZIRKE);
  });

  it('holds the 16 Länder in the order of their AGS prefix, 01 to 16', () => {
    expect(GERMAN_STATES).toHaveLength(16);
    expect(GERMAN_STATES.map((state) => state.agsPrefix)).toEqual(
      Array.from({ length: 16 }, (_, index) => String(index + 1).padStart(2, '0')),
    );
    expect(new Set(GERMAN_STATES.map((state) => state.code)).size).toBe(16);
    expect(new Set(GERMAN_STATES.map((state) => state.name)).size).toBe(16);
    for (const state of GERMAN_STATES) expect(state.code).toMatch(/^DE-[A-Z]{2}$/);
  });

  it('gives each Regierungsbezirk a key of a Land: its prefix and one more digit', () => {
    const prefixes = GERMAN_STATES.map((state) => state.agsPrefix);
    for (const key of Object.keys(REGIERUNGSBEZIRKE)) {
      expect(key).toMatch(/^\d{2}[1-9]$/);
      expect(prefixes).toContain(key.slice(0, 2));
    }
    expect(Object.entries(REGIERUNGSBEZIRKE).filter(([key]) => key.startsWith('06'))).toEqual([
      ['064', 'Darmstadt'],
      ['065', 'Gießen'],
      ['066', 'Kassel'],
    ]);
  });

  it('lists Regierungsbezirke for the four Länder that have them, and the former ones with the year they went', () => {
    const withRegierungsbezirke = GERMAN_STATES.filter((state) =>
      Object.keys(REGIERUNGSBEZIRKE).some((key) => key.startsWith(state.agsPrefix)),
    );
    const current = withRegierungsbezirke.filter((state) => !('regierungsbezirkeAbolished' in state));
    expect(current.map((state) => state.code)).toEqual(['DE-NW', 'DE-HE', 'DE-BW', 'DE-BY']);
    const abolished = Object.fromEntries(
      GERMAN_STATES.flatMap((state) =>
        'regierungsbezirkeAbolished' in state ? [[state.code, state.regierungsbezirkeAbolished]] : [],
      ),
    );
    expect(abolished).toEqual({ 'DE-NI': 2005, 'DE-RP': 2000, 'DE-SN': 2012 });
  });

  it('is frozen, rows and Regierungsbezirke too, so an app cannot change what kommunal reads', () => {
    expect(Object.isFrozen(GERMAN_STATES)).toBe(true);
    for (const state of GERMAN_STATES) {
      expect(Object.isFrozen(state)).toBe(true);
    }
    expect(Object.isFrozen(REGIERUNGSBEZIRKE)).toBe(true);
  });

  it('derives the one GermanState type from the codes', () => {
    expectTypeOf<GermanState>().toEqualTypeOf<GermanStateInfo['code']>();
    expectTypeOf<'DE-HE'>().toExtend<GermanState>();
    expectTypeOf<'DE-XX'>().not.toExtend<GermanState>();
    // Keys of every Land's Regierungsbezirke, not only those all rows share (none).
    expectTypeOf<'064'>().toExtend<RegierungsbezirkKey>();
    expectTypeOf<'145'>().toExtend<RegierungsbezirkKey>();
    expectTypeOf<'999'>().not.toExtend<RegierungsbezirkKey>();
  });

  it('looks Länder up by code and prefix only, never on a prototype', () => {
    expect(germanStateOf('DE-TH')?.name).toBe('Thüringen');
    expect(germanStateByAgsPrefix('06')?.code).toBe('DE-HE');
    for (const value of ['constructor', '__proto__', 'DE-', 'de-he', 42, null, undefined, {}]) {
      expect(germanStateOf(value)).toBeUndefined();
      expect(isGermanState(value)).toBe(false);
    }
    expect(germanStateByAgsPrefix('constructor')).toBeUndefined();
  });

  it('knows which three digits a key may begin with', () => {
    expect(isKeyPrefix('064')).toBe(true);
    expect(isKeyPrefix('060')).toBe(false);
    expect(isKeyPrefix('120')).toBe(true);
    expect(isKeyPrefix('121')).toBe(false);
    expect(isKeyPrefix('145')).toBe(true);
    expect(isKeyPrefix('141')).toBe(false);
    expect(isKeyPrefix('073')).toBe(true);
    expect(isKeyPrefix('034')).toBe(true);
    expect([...CITY_STATES_WITHOUT_KREISE]).toEqual(['DE-HH', 'DE-BE']);
  });
});

describe('every reader of the Länder reads the one table', () => {
  it('publicHolidays takes each of the 16 codes', () => {
    for (const state of GERMAN_STATES) expect(publicHolidays(2024, state.code).length).toBeGreaterThanOrEqual(9);
  });

  it('the ISO 3166-2 check knows exactly the 16 codes for DE', () => {
    expect([...(KNOWN_SUBDIVISIONS.get('DE') ?? [])].sort()).toEqual(GERMAN_STATES.map((state) => state.code).sort());
  });

  it('parseAgs names the Land of each prefix, and accepts each (former) Regierungsbezirk digit', () => {
    for (const state of GERMAN_STATES) {
      const keys = Object.keys(REGIERUNGSBEZIRKE).filter((key) => key.startsWith(state.agsPrefix));
      const prefixes = keys.length === 0 ? [`${state.agsPrefix}0`] : keys;
      for (const prefix of prefixes) {
        const parts = parseAgs(`${prefix}${CITY_STATES_WITHOUT_KREISE.has(state.code) ? '00' : '11'}000`);
        expect(parts?.state, prefix).toBe(state.code);
        expect(parts?.stateName).toBe(state.name);
      }
    }
  });
});
