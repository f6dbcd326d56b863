// The checks of places in a dataset: official keys by the municipality's kind, the Regionalschlüssel,
// German zones, and the countries the messages name.
import { describe, expect, it } from 'vitest';
import { type KommunalIssue, type Municipality, safeParseDataset } from '../../src/index.js';
import { frozenSeedsJson } from '../seeds.js';

type Place = Partial<Municipality> & Record<string, unknown>;

const WETTERAUKREIS: Place = {
  id: 'wetteraukreis',
  name: 'Wetteraukreis',
  kind: 'district',
  country: 'DE',
  state: 'DE-HE',
};

function parsed(municipality: Place, locale: 'de' | 'en' = 'de') {
  return safeParseDataset({ municipalities: [municipality] }, { locale });
}

/** The errors of a dataset of one municipality; none if it parses. */
function errorsOf(municipality: Place, locale: 'de' | 'en' = 'de'): KommunalIssue[] {
  const result = parsed(municipality, locale);
  return result.success ? [] : [...result.error.issues];
}

describe('the official key of a municipality, by its kind', () => {
  it('takes the Kreisschlüssel of a Landkreis, with nothing to say', () => {
    const result = parsed({ ...WETTERAUKREIS, ags: '06440' });
    expect(result.success).toBe(true);
    expect(result.notices).toEqual([]);
  });

  it('accepts a Kreisschlüssel padded with 000, as datasets write it, with an info issue naming the five digits', () => {
    const result = parsed({ ...WETTERAUKREIS, ags: '06440000' });
    expect(result.success).toBe(true);
    expect(result.notices).toEqual([
      {
        path: ['municipalities', 0, 'ags'],
        code: 'padded_district_key',
        message:
          '„06440000“ ist ein mit „000“ aufgefüllter Kreisschlüssel: Die Gemeinde 000 gibt es nur bei kreisfreien Städten. Schreiben Sie für den Kreis den Kreisschlüssel „06440“.',
      },
    ]);
    expect(parsed({ ...WETTERAUKREIS, ags: '06440000' }, 'en').notices[0]?.message).toBe(
      '"06440000" is a county key padded with "000": only independent cities have a municipality 000. Write the county key "06440" for a county.',
    );
  });

  it('lists the notices of a dataset that is invalid for another reason too, and freezes them', () => {
    const result = safeParseDataset({
      municipalities: [
        { ...WETTERAUKREIS, ags: '06440000' },
        { id: 'x', name: 'X', kind: 'city', country: 'DE', postalCode: '1' },
      ],
    });
    expect(result.success).toBe(false);
    expect(result.notices.map((notice) => notice.code)).toEqual(['padded_district_key']);
    expect(Object.isFrozen(result.notices)).toBe(true);
    expect(Object.isFrozen(result.notices[0])).toBe(true);
  });

  it('gives the seed dataset, whose Landkreise have their Kreisschlüssel, no notice and no error', () => {
    const result = safeParseDataset(frozenSeedsJson());
    expect(result.success).toBe(true);
    expect(result.notices).toEqual([]);
  });

  it('refuses the key of a Gemeinde for a Landkreis', () => {
    expect(errorsOf({ ...WETTERAUKREIS, ags: '06440001' })).toEqual([
      {
        path: ['municipalities', 0, 'ags'],
        code: 'ags_kind_mismatch',
        message:
          '„06440001“ ist der Schlüssel einer Gemeinde; ein Kreis („kind“: „district“) hat einen fünfstelligen Kreisschlüssel.',
      },
    ]);
    expect(errorsOf({ ...WETTERAUKREIS, ags: '06' })[0]?.message).toBe(
      '„06“ ist der Schlüssel eines Landes; ein Kreis („kind“: „district“) hat einen fünfstelligen Kreisschlüssel.',
    );
  });

  it('refuses a Kreisschlüssel for a Stadt, and names the key a kreisfreie Stadt has', () => {
    const wiesbaden: Place = { id: 'wiesbaden', name: 'Wiesbaden', kind: 'state-capital', country: 'DE', ags: '06414' };
    expect(errorsOf(wiesbaden)).toEqual([
      {
        path: ['municipalities', 0, 'ags'],
        code: 'ags_kind_mismatch',
        message:
          '„06414“ ist der Schlüssel eines Kreises; eine Gemeinde oder Stadt hat einen achtstelligen Gemeindeschlüssel, eine kreisfreie Stadt „06414000“.',
      },
    ]);
    expect(errorsOf(wiesbaden, 'en')[0]?.message).toBe(
      '"06414" is the key of a county; a municipality or city has an eight-digit municipality key, an independent city "06414000".',
    );
    expect(errorsOf({ ...wiesbaden, kind: 'municipality', ags: '064' })[0]?.message).toBe(
      '„064“ ist der Schlüssel eines Regierungsbezirks; eine Gemeinde oder Stadt hat einen achtstelligen Gemeindeschlüssel.',
    );
  });

  it('does not say that Gemeinde 000 is wrong for a Gemeinde: the key alone cannot tell a kreisfreie Stadt', () => {
    const result = parsed({ id: 'w', name: 'Wiesbaden', kind: 'municipality', country: 'DE', ags: '06414000' });
    expect(result.success).toBe(true);
    expect(result.notices).toEqual([]);
  });

  it('takes a key of any level for a region or a Stadtstaat', () => {
    for (const ags of ['06', '064', '06440', '06440001']) {
      expect(errorsOf({ id: 'r', name: 'Region', kind: 'region', country: 'DE', ags })).toEqual([]);
    }
    for (const ags of ['02', '02000', '02000000']) {
      expect(errorsOf({ id: 'hh', name: 'Hamburg', kind: 'city-state', country: 'DE', state: 'DE-HH', ags })).toEqual(
        [],
      );
    }
  });

  it('refuses the key Chemnitz had before 2008: the check knows the Regierungsbezirk digits of today', () => {
    expect(errorsOf({ id: 'c', name: 'Chemnitz', kind: 'city', country: 'DE', ags: '14161000' })).toEqual([
      {
        path: ['municipalities', 0, 'ags'],
        code: 'invalid_ags',
        message:
          '„14161000“ ist kein gültiger Amtlicher Gemeindeschlüssel: Land 01–16, ein Regierungsbezirk dieses Landes, ein Kreis.',
      },
    ]);
  });

  it('names the Land a key belongs to and the one the municipality gives', () => {
    expect(errorsOf({ ...WETTERAUKREIS, ags: '14511' })[0]?.message).toBe(
      'Der Schlüssel „14511“ gehört zu Sachsen (DE-SN), nicht zu Hessen („state“: „DE-HE“).',
    );
  });
});

describe('the Regionalschlüssel of a municipality', () => {
  const WETZLAR: Place = { id: 'wetzlar', name: 'Wetzlar', kind: 'city', country: 'DE', state: 'DE-HE' };

  it('accepts a Regionalschlüssel that contains the Gemeindeschlüssel', () => {
    expect(errorsOf({ ...WETZLAR, ags: '06532023', ars: '065320023023' })).toEqual([]);
    expect(errorsOf({ ...WETZLAR, ars: '065320023023' })).toEqual([]);
  });

  it('refuses one that contains another Gemeindeschlüssel', () => {
    expect(errorsOf({ ...WETZLAR, ags: '06532022', ars: '065320023023' })).toEqual([
      {
        path: ['municipalities', 0, 'ars'],
        code: 'ars_ags_mismatch',
        message:
          'Der Regionalschlüssel „065320023023“ enthält den Gemeindeschlüssel „06532023“, nicht „06532022“ („ags“).',
      },
    ]);
  });

  it('refuses a malformed one, one of another Land, one abroad, and one of the wrong length', () => {
    expect(errorsOf({ ...WETZLAR, ars: '065320024023' })).toEqual([
      {
        path: ['municipalities', 0, 'ars'],
        code: 'invalid_ars',
        message:
          '„065320024023“ ist kein gültiger Amtlicher Regionalschlüssel: Die ersten fünf Ziffern sind ein Kreisschlüssel, dann folgen der Gemeindeverband (vier Ziffern) und die Gemeinde (drei); beginnt der Gemeindeverband mit 0, wiederholen seine übrigen Ziffern die der Gemeinde.',
      },
    ]);
    expect(errorsOf({ ...WETZLAR, ars: '120605003154' })[0]?.message).toBe(
      'Der Schlüssel „120605003154“ gehört zu Brandenburg (DE-BB), nicht zu Hessen („state“: „DE-HE“).',
    );
    expect(
      errorsOf({ id: 'wien', name: 'Wien', kind: 'city-state', country: 'AT', ars: '065320023023' })[0]?.message,
    ).toBe('Einen Amtlichen Regionalschlüssel („ars“) gibt es nur in Deutschland, nicht in Österreich.');
    expect(errorsOf({ ...WETZLAR, ars: '06532023' })[0]?.message).toBe(
      '„06532023“ ist kein Amtlicher Regionalschlüssel (zwölf Ziffern).',
    );
  });
});

describe('the zone of a German municipality', () => {
  const GIESSEN: Place = { id: 'giessen', name: 'Gießen', kind: 'city', country: 'DE', state: 'DE-HE' };

  it('is German time', () => {
    expect(errorsOf({ ...GIESSEN, timeZone: 'Europe/Berlin' })).toEqual([]);
    expect(errorsOf({ ...GIESSEN, name: 'Büsingen am Hochrhein', timeZone: 'Europe/Busingen' })).toEqual([]);
  });

  it('is not Vienna’s', () => {
    expect(errorsOf({ ...GIESSEN, timeZone: 'Europe/Vienna' })).toEqual([
      {
        path: ['municipalities', 0, 'timeZone'],
        code: 'time_zone_country_mismatch',
        message:
          '„Europe/Vienna“ ist keine deutsche Zeitzone: Für eine Kommune in Deutschland gilt „Europe/Berlin“, in Büsingen am Hochrhein auch „Europe/Busingen“.',
      },
    ]);
    expect(errorsOf({ ...GIESSEN, timeZone: 'Europe/Vienna' }, 'en')[0]?.message).toBe(
      '"Europe/Vienna" is not a German time zone: a municipality in Germany uses "Europe/Berlin", or "Europe/Busingen" in the exclave of Busingen.',
    );
  });

  it('leaves the zones of other countries to them', () => {
    expect(
      errorsOf({ id: 'wien', name: 'Wien', kind: 'city-state', country: 'AT', timeZone: 'Europe/Berlin' }),
    ).toEqual([]);
  });
});

describe('countries in the messages about places', () => {
  function venueIn(country: string, postalCode: string, locale: 'de' | 'en' = 'de'): string | undefined {
    const result = safeParseDataset(
      {
        municipalities: [{ id: 'm', name: 'M', kind: 'city', country, timeZone: 'Europe/Zurich' }],
        venues: [{ id: 'v', name: 'Saal', municipalityId: 'm', streetAddress: 'Weg 1', postalCode, locality: 'M' }],
      },
      { locale },
    );
    return result.success
      ? undefined
      : result.error.issues.find((issue) => issue.code === 'invalid_postal_code')?.message;
  }

  it.each([
    ['DE', '6518', '„6518“ ist keine gültige Postleitzahl für Deutschland.'],
    ['AT', '01082', '„01082“ ist keine gültige Postleitzahl für Österreich.'],
    ['CH', '80011', '„80011“ ist keine gültige Postleitzahl für die Schweiz.'],
    ['US', '6060', '„6060“ ist keine gültige Postleitzahl für die USA.'],
    ['NL', '123', '„123“ ist keine gültige Postleitzahl für die Niederlande.'],
    ['GB', '1', '„1“ ist keine gültige Postleitzahl für das Vereinigte Königreich.'],
    ['XX', '1', '„1“ ist keine gültige Postleitzahl für den Staat mit dem Ländercode „XX“.'],
  ])('a postal code for %s', (country, code, message) => {
    expect(venueIn(country, code)).toBe(message);
  });

  it.each([
    ['DE', '6518', '"6518" is not a valid postal code for Germany.'],
    ['US', '6060', '"6060" is not a valid postal code for the United States.'],
    ['NL', '123', '"123" is not a valid postal code for the Netherlands.'],
    ['XX', '1', '"1" is not a valid postal code for the country with code "XX".'],
  ])('a postal code for %s, in English', (country, code, message) => {
    expect(venueIn(country, code, 'en')).toBe(message);
  });

  it('says „in den USA“ where the zone is missing, not „Land“, which is a Bundesland in German administration', () => {
    expect(errorsOf({ id: 'chicago', name: 'Chicago', kind: 'city', country: 'US' })).toEqual([
      {
        path: ['municipalities', 0],
        code: 'missing_time_zone',
        message: 'Für eine Kommune in den USA fehlt die Zeitzone („timeZone“): Dort gelten mehrere.',
      },
    ]);
    expect(errorsOf({ id: 'x', name: 'X', kind: 'city', country: 'XK' })[0]?.message).toBe(
      'Für eine Kommune in Kosovo fehlt die Zeitzone („timeZone“): kommunal kennt die Zeitzonen dort nicht.',
    );
  });

  it('names the country of a key, a Land and a subdivision in German', () => {
    expect(errorsOf({ id: 'w', name: 'Wien', kind: 'city-state', country: 'AT', ags: '06414000' })[0]?.message).toBe(
      'Einen Amtlichen Gemeindeschlüssel („ags“) gibt es nur in Deutschland, nicht in Österreich.',
    );
    expect(errorsOf({ id: 'z', name: 'Zürich', kind: 'city', country: 'CH', state: 'DE-BY' })[0]?.message).toBe(
      '„DE-BY“ („state“) gehört nicht zum Staat der Kommune: Sie liegt in der Schweiz („country“).',
    );
    expect(errorsOf({ id: 'z', name: 'Zürich', kind: 'city', country: 'CH', state: 'CH-XY' })[0]?.message).toBe(
      'ISO 3166-2 kennt in der Schweiz keinen Landesteil „CH-XY“ („state“).',
    );
  });
});
