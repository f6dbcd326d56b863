import { CITY_STATES_WITHOUT_KREISE, germanStateByAgsPrefix, isKeyPrefix } from '../places/germanStates.js';

/**
 * The parts of an Amtlicher Gemeindeschlüssel (AGS), as the Statistisches Bundesamt defines
 * them: Land (2 digits), Regierungsbezirk (1), Kreis (2) and Gemeinde (3).
 *
 * @example
 * ```ts
 * import type { AgsParts } from 'kommunal';
 *
 * const parts: AgsParts = { ags: '06414000', land: '06', regierungsbezirk: '4', kreis: '14', gemeinde: '000', kreisschluessel: '06414', state: 'DE-HE', stateName: 'Hessen' };
 * parts.kreisschluessel; // => '06414'
 * ```
 *
 * @category Validation
 */
export interface AgsParts {
  /** The whole key. */
  readonly ags: string;
  /** Land, `01` (Schleswig-Holstein) to `16` (Thüringen). */
  readonly land: string;
  /** Regierungsbezirk digit; `0` where the Land has none. */
  readonly regierungsbezirk: string;
  /** Kreis within the Regierungsbezirk. */
  readonly kreis: string;
  /** Gemeinde within the Kreis; `000` for a kreisfreie Stadt or the Kreis itself. */
  readonly gemeinde: string;
  /** The first five digits: the Kreisschlüssel. */
  readonly kreisschluessel: string;
  /** ISO 3166-2 code of the Land, e.g. `DE-HE`. */
  readonly state: string;
  /** German name of the Land. */
  readonly stateName: string;
}

/**
 * Splits an Amtlicher Gemeindeschlüssel into its parts, or returns `undefined` if it is not one:
 * eight digits, a Land from 01 to 16, a Regierungsbezirk digit that Land uses, and a Kreis other
 * than 00 (except in Hamburg and Berlin, which are one Kreis each).
 *
 * @param ags - The key, e.g. `06414000` (Wiesbaden).
 * @returns Its parts, or `undefined`: also for anything that is not a string. Never throws.
 *
 * @example
 * ```ts
 * import { parseAgs } from 'kommunal';
 *
 * parseAgs('06414000')?.stateName; // => 'Hessen'
 * parseAgs('14511000')?.state; // => 'DE-SN'
 * parseAgs('17000000'); // => undefined
 * ```
 *
 * @category Validation
 */
export function parseAgs(ags: string): AgsParts | undefined {
  if (typeof ags !== 'string' || !/^\d{8}$/.test(ags)) return undefined;
  const land = ags.slice(0, 2);
  const state = germanStateByAgsPrefix(land);
  if (!state) return undefined;
  const regierungsbezirk = ags.slice(2, 3);
  const kreis = ags.slice(3, 5);
  if (!isKeyPrefix(ags.slice(0, 3))) return undefined;
  if (kreis === '00' && !CITY_STATES_WITHOUT_KREISE.has(state.code)) return undefined;
  return {
    ags,
    land,
    regierungsbezirk,
    kreis,
    gemeinde: ags.slice(5),
    kreisschluessel: ags.slice(0, 5),
    state: state.code,
    stateName: state.name,
  };
}

/**
 * Whether a text is a well-formed Amtlicher Gemeindeschlüssel (see {@link parseAgs}). For form
 * fields: it checks the key's structure, not that the Gemeinde exists today.
 *
 * @param ags - The text to check.
 * @returns `true` for a well-formed key; `false` for anything else, also what is not a string. Never throws.
 *
 * @example
 * ```ts
 * import { isValidAgs } from 'kommunal';
 *
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
