// The 16 Länder, once: every type, list and lookup about them is derived from this table. No zod
// here: `kommunal/holidays` reads it and must run without zod installed.
//
// Sources. Codes: ISO 3166-2:DE. AGS prefixes 01–16 in the Länder's official order, and the third
// digit of the Amtlicher Gemeindeschlüssel: Statistisches Bundesamt, "GV-ISys – Verzeichnis der
// Regional- und Gebietseinheiten, Definitionen und Beschreibungen" (25.08.2020). The third digit is
// the Regierungsbezirk, or 0 in a Land without one; where a Land abolished its Regierungsbezirke the
// keys kept their digit (the BKG's VG250 documentation, "ehemalige Regierungsbezirke"): Niedersachsen
// (abolished 2005; Destatis now calls 031–034 "Statistische Region"), Rheinland-Pfalz (2000) and
// Sachsen, whose Regierungsbezirke became Direktionsbezirke on 1 August 2008 and were abolished on
// 1 March 2012 (Statistisches Landesamt Sachsen: "3. Stelle frühere Direktionsbezirke"; the keys
// 145–147 date from the Kreisreform of 2008). Sachsen-Anhalt's Regierungsbezirke (until 2003) left
// no digit: its keys since the Kreisreform of 2007 have 0 there.
// Checked against (December 2026): Statistisches Landesamt Sachsen, RegioReg help text
// "Administrative Regionaleinheiten" (web1.extranet.sachsen.de/regioreg, "3. Stelle frühere
// Direktionsbezirke (1. August 2008 bis 1. März 2012 Direktionsbezirk) (bis 31. Juli 2008
// Regierungsbezirk)"); Land Brandenburg, service.brandenburg.de "Regionalschlüssel" ("die 3. Stelle
// ist für den Regierungsbezirk", 0 where there is none); Destatis' regional tables, which list 031–034
// as "Statistische Region" and Kreise such as 07131, 07231, 07332, 14625, 15082 under these digits.

/**
 * The 16 German Länder in the order of their AGS prefix (Destatis): ISO 3166-2 code, German name,
 * and the two digits that begin each Amtlicher Gemeindeschlüssel there. `regierungsbezirkeAbolished`
 * is the year a Land abolished its Regierungsbezirke ({@link REGIERUNGSBEZIRKE}); their digits stay
 * in the keys. The one table of Länder: {@link GermanState} and every list of Länder in kommunal
 * are derived from it.
 *
 * @example
 * ```ts
 * import { GERMAN_STATES } from 'kommunal';
 *
 * GERMAN_STATES.length; // => 16
 * GERMAN_STATES.find((state) => state.code === 'DE-HE')?.name; // => 'Hessen'
 * GERMAN_STATES.find((state) => state.agsPrefix === '09')?.name; // => 'Bayern'
 * ```
 *
 * @category Holidays
 */
export const GERMAN_STATES = frozen([
  { code: 'DE-SH', name: 'Schleswig-Holstein', agsPrefix: '01' },
  { code: 'DE-HH', name: 'Hamburg', agsPrefix: '02' },
  { code: 'DE-NI', name: 'Niedersachsen', agsPrefix: '03', regierungsbezirkeAbolished: 2005 },
  { code: 'DE-HB', name: 'Bremen', agsPrefix: '04' },
  { code: 'DE-NW', name: 'Nordrhein-Westfalen', agsPrefix: '05' },
  { code: 'DE-HE', name: 'Hessen', agsPrefix: '06' },
  { code: 'DE-RP', name: 'Rheinland-Pfalz', agsPrefix: '07', regierungsbezirkeAbolished: 2000 },
  { code: 'DE-BW', name: 'Baden-Württemberg', agsPrefix: '08' },
  { code: 'DE-BY', name: 'Bayern', agsPrefix: '09' },
  { code: 'DE-SL', name: 'Saarland', agsPrefix: '10' },
  { code: 'DE-BE', name: 'Berlin', agsPrefix: '11' },
  { code: 'DE-BB', name: 'Brandenburg', agsPrefix: '12' },
  { code: 'DE-MV', name: 'Mecklenburg-Vorpommern', agsPrefix: '13' },
  { code: 'DE-SN', name: 'Sachsen', agsPrefix: '14', regierungsbezirkeAbolished: 2012 },
  { code: 'DE-ST', name: 'Sachsen-Anhalt', agsPrefix: '15' },
  { code: 'DE-TH', name: 'Thüringen', agsPrefix: '16' },
] as const satisfies readonly GermanStateShape[]);

/** The table and its rows frozen: an app cannot change what kommunal reads. */
function frozen<T extends readonly object[]>(rows: T): T {
  for (const row of rows) Object.freeze(row);
  return Object.freeze(rows);
}

// Checks each row's shape without widening the table's literal types.
interface GermanStateShape {
  readonly code: `DE-${string}`;
  readonly name: string;
  readonly agsPrefix: string;
  /** The year a Land abolished its Regierungsbezirke; their digits stay in the keys. */
  readonly regierungsbezirkeAbolished?: number;
}

/**
 * The Regierungsbezirke, and the former ones whose digit the keys keep, by the three digits their
 * keys begin with (Destatis, GV-ISys): a level of its own between Land and Kreis, as Kreise and
 * Gemeinden are, so not a column of {@link GERMAN_STATES}. A key's first two digits name its Land;
 * where a Land abolished its Regierungsbezirke, {@link GERMAN_STATES} gives the year. A Land
 * without a key here has none (its keys have 0 there).
 *
 * @example
 * ```ts
 * import { REGIERUNGSBEZIRKE } from 'kommunal';
 *
 * REGIERUNGSBEZIRKE['091']; // => 'Oberbayern'
 * Object.keys(REGIERUNGSBEZIRKE).filter((key) => key.startsWith('06')); // => ['064', '065', '066']
 * ```
 *
 * @category Validation
 */
export const REGIERUNGSBEZIRKE = /* @__PURE__ */ Object.freeze({
  '031': 'Braunschweig',
  '032': 'Hannover',
  '033': 'Lüneburg',
  '034': 'Weser-Ems',
  '051': 'Düsseldorf',
  '053': 'Köln',
  '055': 'Münster',
  '057': 'Detmold',
  '059': 'Arnsberg',
  '064': 'Darmstadt',
  '065': 'Gießen',
  '066': 'Kassel',
  '071': 'Koblenz',
  '072': 'Trier',
  '073': 'Rheinhessen-Pfalz',
  '081': 'Stuttgart',
  '082': 'Karlsruhe',
  '083': 'Freiburg',
  '084': 'Tübingen',
  '091': 'Oberbayern',
  '092': 'Niederbayern',
  '093': 'Oberpfalz',
  '094': 'Oberfranken',
  '095': 'Mittelfranken',
  '096': 'Unterfranken',
  '097': 'Schwaben',
  '145': 'Chemnitz',
  '146': 'Dresden',
  '147': 'Leipzig',
} as const);

/** One row of {@link GERMAN_STATES}. */
export type GermanStateInfo = (typeof GERMAN_STATES)[number];

/**
 * A German Land as ISO 3166-2 writes it.
 *
 * @example
 * ```ts
 * import type { GermanState } from 'kommunal';
 *
 * const hessen: GermanState = 'DE-HE';
 * hessen; // => 'DE-HE'
 * ```
 *
 * @category Holidays
 */
export type GermanState = (typeof GERMAN_STATES)[number]['code'];

/** A Land's code without `DE-`: `HE`. */
export type GermanStateLetters = GermanState extends `DE-${infer Letters}` ? Letters : never;

/** The three-digit key of a Regierungsbezirk (or former one): `064`. */
export type RegierungsbezirkKey = keyof typeof REGIERUNGSBEZIRKE;

// Maps, like every table looked up by a value from the input: `constructor` finds nothing here.
/** The Länder by ISO 3166-2 code. */
export const GERMAN_STATE_BY_CODE: ReadonlyMap<string, GermanStateInfo> = new Map(
  GERMAN_STATES.map((state) => [state.code, state]),
);
const BY_AGS_PREFIX: ReadonlyMap<string, GermanStateInfo> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ GERMAN_STATES.map((state) => [state.agsPrefix, state]),
);
/** The first three digits a key may begin with: a Land and its (former) Regierungsbezirk, or the Land and 0. */
const KEY_PREFIXES: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ GERMAN_STATES.flatMap((state) => {
    const keys = Object.keys(REGIERUNGSBEZIRKE).filter((key) => key.startsWith(state.agsPrefix));
    return keys.length === 0 ? [`${state.agsPrefix}0`] : keys;
  }),
);

/** The Land with this ISO 3166-2 code, or `undefined` for any other value. */
export function germanStateOf(code: unknown): GermanStateInfo | undefined {
  return typeof code === 'string' ? GERMAN_STATE_BY_CODE.get(code) : undefined;
}

/** Whether a value is one of the 16 codes. */
export function isGermanState(code: unknown): code is GermanState {
  return germanStateOf(code) !== undefined;
}

/** The Land whose keys begin with these two digits, `06`. */
export function germanStateByAgsPrefix(prefix: string): GermanStateInfo | undefined {
  return BY_AGS_PREFIX.get(prefix);
}

const REGIERUNGSBEZIRK_NAMES: ReadonlyMap<string, string> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ Object.entries(REGIERUNGSBEZIRKE),
);

/** The name of the (former) Regierungsbezirk whose keys begin with these three digits: `064` → `Darmstadt`. */
export function regierungsbezirkName(digits: string): string | undefined {
  return REGIERUNGSBEZIRK_NAMES.get(digits);
}

/** Whether a key may begin with these three digits: `064` (Hessen, Darmstadt), `120` (Brandenburg), not `060`. */
export function isKeyPrefix(digits: string): boolean {
  return KEY_PREFIXES.has(digits);
}

/** The Länder that are one Kreis each, so their keys' Kreis digits are 00. */
export const CITY_STATES_WITHOUT_KREISE: ReadonlySet<GermanState> = new Set(['DE-HH', 'DE-BE']);
