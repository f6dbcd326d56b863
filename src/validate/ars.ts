import { parseAgs } from './ags.js';

/**
 * What the first of the four Gemeindeverband digits of a Regionalschlüssel says about a Gemeinde
 * (Land Brandenburg, "Regionalschlüssel"): `0` a Gemeinde that belongs to no Gemeindeverband
 * (verbandsfrei, amtsfrei; also a kreisfreie Stadt), `5` one that belongs to a Gemeindeverband (an
 * Amt, a Verbandsgemeinde, a Samtgemeinde, a Verwaltungsgemeinschaft: which of these the Land's
 * law names, not the key), `9` a gemeindefreies Gebiet.
 *
 * @example
 * ```ts
 * import { type ArsMembership, parseArs } from 'kommunal';
 *
 * const membership: ArsMembership | undefined = parseArs('120605003154')?.membership;
 * membership; // => 'verbandsangehoerig'
 * ```
 *
 * @category Validation
 */
export type ArsMembership = 'verbandsfrei' | 'verbandsangehoerig' | 'gemeindefrei';

/**
 * The parts of an Amtlicher Regionalschlüssel (ARS) of a Gemeinde: Land (2 digits),
 * Regierungsbezirk (1), Kreis (2), Gemeindeverband (4) and Gemeinde (3).
 *
 * @example
 * ```ts
 * import { type ArsParts, parseArs } from 'kommunal';
 *
 * const parts: ArsParts | undefined = parseArs('065320023023');
 * parts?.ags; // => '06532023'
 * ```
 *
 * @category Validation
 */
export interface ArsParts {
  /** The whole key, twelve digits. */
  readonly ars: string;
  /** Land, `01` to `16`. */
  readonly land: string;
  /** Regierungsbezirk digit; `0` where the Land has none. */
  readonly regierungsbezirk: string;
  /** Name of the (former) Regierungsbezirk; `undefined` where the digit is `0`. */
  readonly regierungsbezirkName?: string | undefined;
  /** Kreis within the Regierungsbezirk. */
  readonly kreis: string;
  /** The first five digits: the Kreisschlüssel. */
  readonly kreisschluessel: string;
  /** The four Gemeindeverband digits (6th to 9th). */
  readonly gemeindeverband: string;
  /** Gemeinde within the Kreis (10th to 12th digit). */
  readonly gemeinde: string;
  /** The Amtlicher Gemeindeschlüssel the key contains: Land, Regierungsbezirk, Kreis and Gemeinde. */
  readonly ags: string;
  /** What the first Gemeindeverband digit says (see {@link ArsMembership}); `undefined` for any other digit. */
  readonly membership?: ArsMembership | undefined;
  /** For a Gemeinde that belongs to a Gemeindeverband: that Gemeindeverband's nine-digit key. */
  readonly gemeindeverbandsschluessel?: string | undefined;
  /** ISO 3166-2 code of the Land, e.g. `DE-HE`. */
  readonly state: string;
  /** German name of the Land. */
  readonly stateName: string;
}

const MEMBERSHIP: ReadonlyMap<string, ArsMembership> = new Map([
  ['0', 'verbandsfrei'],
  ['5', 'verbandsangehoerig'],
  ['9', 'gemeindefrei'],
]);

/**
 * Splits an Amtlicher Regionalschlüssel (ARS) of a Gemeinde into its parts, or returns `undefined`
 * if it is not one: twelve digits whose Land, Regierungsbezirk and Kreis are those of a well-formed
 * Kreisschlüssel (see {@link parseAgs}), then the Gemeindeverband (4 digits) and the Gemeinde (3).
 * Where the Gemeindeverband digits begin with `0` (a Gemeinde in no Gemeindeverband), the other
 * three repeat the Gemeinde's, as the statistical offices write them. It checks the structure, not
 * that the Gemeinde exists today.
 *
 * @param ars - The key, e.g. `065320023023` (Wetzlar) or `120605003154` (Marienwerder, Amt
 * Biesenthal-Barnim).
 * @returns Its parts, or `undefined`: also for anything that is not a string. Never throws.
 *
 * @example
 * ```ts
 * import { parseArs } from 'kommunal';
 *
 * parseArs('065320023023')?.membership; // => 'verbandsfrei'
 * parseArs('120605003154')?.gemeindeverbandsschluessel; // => '120605003'
 * parseArs('065320024023'); // => undefined
 * parseArs('06532023'); // => undefined
 * ```
 *
 * @category Validation
 */
export function parseArs(ars: string): ArsParts | undefined {
  if (typeof ars !== 'string' || ars.length !== 12 || !/^\d{12}$/.test(ars)) return undefined;
  const kreis = parseAgs(ars.slice(0, 5));
  if (kreis?.level !== 'district') return undefined;
  const gemeindeverband = ars.slice(5, 9);
  const gemeinde = ars.slice(9);
  const membership = MEMBERSHIP.get(gemeindeverband.slice(0, 1));
  if (membership === 'verbandsfrei' && gemeindeverband.slice(1) !== gemeinde) return undefined;
  return {
    ars,
    land: kreis.land,
    regierungsbezirk: kreis.regierungsbezirk,
    regierungsbezirkName: kreis.regierungsbezirkName,
    kreis: kreis.kreis,
    kreisschluessel: kreis.kreisschluessel,
    gemeindeverband,
    gemeinde,
    ags: `${kreis.kreisschluessel}${gemeinde}`,
    membership,
    gemeindeverbandsschluessel: membership === 'verbandsangehoerig' ? ars.slice(0, 9) : undefined,
    state: kreis.state,
    stateName: kreis.stateName,
  };
}

/**
 * Whether a text is a well-formed Amtlicher Regionalschlüssel of a Gemeinde (see {@link parseArs}).
 *
 * @param ars - The text to check.
 * @returns `true` for a well-formed key; `false` for anything else, also what is not a string. Never throws.
 *
 * @example
 * ```ts
 * import { isValidArs } from 'kommunal';
 *
 * isValidArs('065320023023'); // => true
 * isValidArs('06532023'); // => false
 * ```
 *
 * @category Validation
 */
export function isValidArs(ars: string): boolean {
  return parseArs(ars) !== undefined;
}
