import {
  CITY_STATES_WITHOUT_KREISE,
  germanStateByAgsPrefix,
  isKeyPrefix,
  regierungsbezirkName,
} from '../places/germanStates.js';

/**
 * Which unit an official key names, by its length (Statistisches Bundesamt, Gemeindeverzeichnis):
 * `state` (2 digits, the Land: `06`), `regierungsbezirk` (3, a Regierungsbezirk or a former one:
 * `064`), `district` (5, the Kreisschlüssel of a Landkreis, Kreis or kreisfreie Stadt: `06440`) and
 * `municipality` (8, the Gemeinde: `06440001`). The names follow {@link MunicipalityKind}: a
 * municipality of kind `district` has a key of level `district`.
 *
 * @example
 * ```ts
 * import { type AgsLevel, parseAgs } from 'kommunal';
 *
 * const level: AgsLevel | undefined = parseAgs('06440')?.level;
 * level; // => 'district'
 * ```
 *
 * @category Validation
 */
export type AgsLevel = 'state' | 'regierungsbezirk' | 'district' | 'municipality';

/**
 * The parts of an official key, by its {@link AgsLevel}: the Amtlicher Gemeindeschlüssel (AGS) of a
 * Gemeinde (8 digits: Land 2, Regierungsbezirk 1, Kreis 2, Gemeinde 3) and the shorter keys of the
 * units above it, as the Statistisches Bundesamt defines them. Parts a level does not have are
 * `undefined`, so that `parts.kreisschluessel` reads on every level and `level` narrows the type.
 * The fields are described on the `municipality` variant, which has them all.
 *
 * @example
 * ```ts
 * import type { AgsParts } from 'kommunal';
 *
 * const parts: AgsParts = { level: 'municipality', ags: '06414000', land: '06', regierungsbezirk: '4', regierungsbezirkName: 'Darmstadt', kreis: '14', gemeinde: '000', kreisschluessel: '06414', state: 'DE-HE', stateName: 'Hessen' };
 * parts.kreisschluessel; // => '06414'
 * ```
 *
 * @category Validation
 */
export type AgsParts =
  | {
      readonly level: 'state';
      readonly ags: string;
      readonly land: string;
      readonly state: string;
      readonly stateName: string;
      readonly regierungsbezirk?: undefined;
      readonly regierungsbezirkName?: undefined;
      readonly kreis?: undefined;
      readonly kreisschluessel?: undefined;
      readonly gemeinde?: undefined;
    }
  | {
      readonly level: 'regierungsbezirk';
      readonly ags: string;
      readonly land: string;
      readonly state: string;
      readonly stateName: string;
      readonly regierungsbezirk: string;
      readonly regierungsbezirkName?: string | undefined;
      readonly kreis?: undefined;
      readonly kreisschluessel?: undefined;
      readonly gemeinde?: undefined;
    }
  | {
      readonly level: 'district';
      readonly ags: string;
      readonly land: string;
      readonly state: string;
      readonly stateName: string;
      readonly regierungsbezirk: string;
      readonly regierungsbezirkName?: string | undefined;
      readonly kreis: string;
      readonly kreisschluessel: string;
      readonly gemeinde?: undefined;
    }
  | {
      /** Which unit the key names. */
      readonly level: 'municipality';
      /** The whole key. */
      readonly ags: string;
      /** Land, `01` (Schleswig-Holstein) to `16` (Thüringen). */
      readonly land: string;
      /** ISO 3166-2 code of the Land, e.g. `DE-HE`. */
      readonly state: string;
      /** German name of the Land. */
      readonly stateName: string;
      /** Regierungsbezirk digit; `0` where the Land has none. */
      readonly regierungsbezirk: string;
      /** Name of the Regierungsbezirk or former one (Niedersachsen, Rheinland-Pfalz, Sachsen); `undefined` for digit `0`. */
      readonly regierungsbezirkName?: string | undefined;
      /** Kreis within the Regierungsbezirk; `00` in Hamburg and Berlin, which are one Kreis each. */
      readonly kreis: string;
      /** The first five digits: the Kreisschlüssel. */
      readonly kreisschluessel: string;
      /** Gemeinde within the Kreis; `000` only for a kreisfreie Stadt (and Hamburg and Berlin). */
      readonly gemeinde: string;
    };

const LEVEL_BY_LENGTH: ReadonlyMap<number, AgsLevel> = new Map([
  [2, 'state'],
  [3, 'regierungsbezirk'],
  [5, 'district'],
  [8, 'municipality'],
]);

/**
 * Splits an official key into its parts, or returns `undefined` if it is not one. Accepted: a Land
 * (`06`, two digits, 01 to 16); a Regierungsbezirk (`064`, three digits, one the Land has or had);
 * a Kreis (`06440`, five digits, a Regierungsbezirk digit the Land uses, 0 where it has none, and a
 * Kreis other than 00 except in Hamburg and Berlin); a Gemeinde (`06440001`, eight digits). It checks
 * the structure, not Destatis' current list: a key of a Gemeinde that was merged away may pass, one
 * whose Regierungsbezirk digit no longer exists does not (Chemnitz before 2008, `14161000`).
 *
 * @param ags - The key, e.g. `06414000` (Wiesbaden) or `06440` (Wetteraukreis).
 * @returns Its parts, or `undefined`: also for anything that is not a string. Never throws.
 *
 * @example
 * ```ts
 * import { parseAgs } from 'kommunal';
 *
 * parseAgs('06414000')?.stateName; // => 'Hessen'
 * parseAgs('06440')?.level; // => 'district'
 * parseAgs('064')?.regierungsbezirkName; // => 'Darmstadt'
 * parseAgs('14511000')?.state; // => 'DE-SN'
 * parseAgs('14161000'); // => undefined
 * parseAgs('17000000'); // => undefined
 * ```
 *
 * @category Validation
 */
export function parseAgs(ags: string): AgsParts | undefined {
  if (typeof ags !== 'string') return undefined;
  const level = LEVEL_BY_LENGTH.get(ags.length);
  if (level === undefined || !/^\d+$/.test(ags)) return undefined;
  const land = ags.slice(0, 2);
  const state = germanStateByAgsPrefix(land);
  if (!state) return undefined;
  const ofLand = { ags, land, state: state.code, stateName: state.name };
  if (level === 'state') return { level, ...ofLand };
  const prefix = ags.slice(0, 3);
  if (!isKeyPrefix(prefix)) return undefined;
  const inLand = { ...ofLand, regierungsbezirk: ags.slice(2, 3), regierungsbezirkName: regierungsbezirkName(prefix) };
  // A Land without Regierungsbezirke has no unit whose key is its two digits and 0.
  if (level === 'regierungsbezirk') return inLand.regierungsbezirkName === undefined ? undefined : { level, ...inLand };
  const kreis = ags.slice(3, 5);
  if (kreis === '00' && !CITY_STATES_WITHOUT_KREISE.has(state.code)) return undefined;
  const inKreis = { ...inLand, kreis, kreisschluessel: ags.slice(0, 5) };
  if (level === 'district') return { level, ...inKreis };
  return { level, ...inKreis, gemeinde: ags.slice(5) };
}

/**
 * Whether a text is a well-formed official key of a Land, Regierungsbezirk, Kreis or Gemeinde (see
 * {@link parseAgs}). For form fields: it checks the key's structure, not that the unit exists today.
 *
 * @param ags - The text to check.
 * @returns `true` for a well-formed key; `false` for anything else, also what is not a string. Never throws.
 *
 * @example
 * ```ts
 * import { isValidAgs } from 'kommunal';
 *
 * isValidAgs('06440'); // => true
 * isValidAgs('06440000'); // => true
 * isValidAgs('0641400'); // => false
 * isValidAgs('06014000'); // => false
 * ```
 *
 * @category Validation
 */
export function isValidAgs(ags: string): boolean {
  return parseAgs(ags) !== undefined;
}
