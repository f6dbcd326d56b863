import type { GermanStateLetters } from '../places/germanStates.js';
import { type Day, easter, fixed } from './days.js';

// Holidays that hold in part of a Land only, and where: the municipalities by their Amtlicher
// Gemeindeschlüssel (AGS), as the laws and the offices they name determine them. Sources and the
// version of each list: docs/decisions.md, "Local holidays".

/**
 * Where a local holiday holds, in official keys. A key of 8 digits is one Gemeinde; one of 2, 3
 * or 5 digits stands for every Gemeinde of its Land, Regierungsbezirk or Kreis.
 */
export interface LocalArea {
  /** Keys of the municipalities where it holds. */
  readonly municipalities: readonly string[];
  /** Municipalities (8 digits) within `municipalities` where it does not hold. */
  readonly except: readonly string[];
  /** Municipalities (8 digits) where only some Ortsteile keep it; `note` names them. */
  readonly inPartOnly: readonly string[];
  /** Keys where kommunal's data cannot say whether it holds: it may. */
  readonly unknown: readonly string[];
  /** In German: the law, the Ortsteile, and what the data leaves open. */
  readonly note: string;
}

/** What a local holiday is for one municipality. */
export type LocalStatus = 'holds' | 'in-part' | 'unknown' | 'none';

interface LocalRule {
  readonly name: string;
  readonly day: Day;
  readonly land: GermanStateLetters;
  readonly from?: number;
  readonly until?: number;
  /** Built on first use, then shared: the lists are frozen. */
  readonly area: () => LocalArea;
}

/**
 * A list of municipalities written compactly: per Kreis its five digits, a colon, and the last
 * three digits of each Gemeinde, `09571:111,112;09572:113`. The Bavarian lists hold hundreds of
 * keys; written out they would cost every app that imports the holidays.
 */
export function agsList(text: string): readonly string[] {
  if (text === '') return Object.freeze([]);
  const keys: string[] = [];
  for (const group of text.split(';')) {
    const [kreis, gemeinden = ''] = group.split(':');
    for (const gemeinde of gemeinden.split(',')) keys.push(`${kreis}${gemeinde}`);
  }
  return Object.freeze(keys);
}

const area = (
  municipalities: readonly string[],
  note: string,
  rest: Partial<Pick<LocalArea, 'except' | 'inPartOnly' | 'unknown'>> = {},
): LocalArea =>
  Object.freeze({
    municipalities: Object.freeze([...municipalities]),
    except: Object.freeze([...(rest.except ?? [])]),
    inPartOnly: Object.freeze([...(rest.inPartOnly ?? [])]),
    unknown: Object.freeze([...(rest.unknown ?? [])]),
    note,
  });

const once = (build: () => LocalArea): (() => LocalArea) => {
  let built: LocalArea | undefined;
  return () => {
    built ??= build();
    return built;
  };
};

/** The Regierungsbezirke of Bavaria other than Oberbayern (091) and Niederbayern (092), whose every municipality keeps Mariä Himmelfahrt. */
const MIXED_BEZIRKE = ['093', '094', '095', '096', '097'] as const;
const BEZIRK_NAMES: Readonly<Record<(typeof MIXED_BEZIRKE)[number], string>> = {
  '093': 'Oberpfalz',
  '094': 'Oberfranken',
  '095': 'Mittelfranken',
  '096': 'Unterfranken',
  '097': 'Schwaben',
};

/** „A, B und C“. */
const germanList = (names: readonly string[]) =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} und ${names[names.length - 1]}`;

/**
 * Mariä Himmelfahrt in Bavaria for one determination of the Landesamt für Statistik: every
 * municipality of Oberbayern and Niederbayern, and in the other Regierungsbezirke every one but
 * those the Landesamt lists as having more Protestant than Catholic residents. A Bezirk whose list
 * kommunal has not sourced is `unknown`, never guessed.
 */
function assumption(census: string, count: string, without: Partial<Record<(typeof MIXED_BEZIRKE)[number], string>>) {
  return once(() => {
    const sourced = MIXED_BEZIRKE.filter((bezirk) => without[bezirk] !== undefined);
    const missing = MIXED_BEZIRKE.filter((bezirk) => without[bezirk] === undefined);
    const except = sourced.flatMap((bezirk) => agsList(without[bezirk] as string));
    const gap =
      missing.length === 0
        ? ''
        : ` Für ${missing.length === 1 ? 'den Regierungsbezirk' : 'die Regierungsbezirke'} ${germanList(missing.map((bezirk) => BEZIRK_NAMES[bezirk]))} hat kommunal die Liste des Landesamts nicht: Dort kann der Tag ein Feiertag sein.`;
    return area(
      ['091', '092', ...sourced],
      `Feiertag in den Gemeinden mit mehr katholischen als evangelischen Einwohnern (BayFTG Art. 1 Abs. 1 Nr. 2, Abs. 3), festgestellt vom Bayerischen Landesamt für Statistik nach ${census}${count}: in Oberbayern und Niederbayern in jeder Gemeinde.${gap}`,
      { except, unknown: missing },
    );
  });
}

// The municipalities without Mariä Himmelfahrt, per Regierungsbezirk, as the Landesamt lists them.
// A Bezirk left out here is reported as unknown.
const WITHOUT_2014: Partial<Record<(typeof MIXED_BEZIRKE)[number], string>> = {};
const WITHOUT_2025: Partial<Record<(typeof MIXED_BEZIRKE)[number], string>> = {};

/** The holidays the laws give to some municipalities of a Land, in the laws' order. */
export const LOCAL_RULES: readonly LocalRule[] = [
  {
    // FronleichnamsVO of 4 May 1993, in force 22 May 1993; the keys are today's municipalities.
    name: 'Fronleichnam',
    day: easter(60),
    land: 'SN',
    from: 1993,
    area: once(() =>
      area(
        agsList('14625:080,350,440,460,470,500,640'),
        'Feiertag in den Gemeinden, die die sächsische FronleichnamsVO (1993, geändert 1995) nennt, und in Gemeinden, die seither eingemeindet wurden, nur in diesen Ortsteilen (§ 1 Satz 2): in Crostwitz, Nebelschütz, Panschwitz-Kuckau, Puschwitz, Räckelwitz, Ralbitz-Rosenthal und Wittichenau; in Bautzen nur in Bolbritz und Salzenforst, in Göda nur in Prischwitz, in Großdubrau nur in Sdier, in Hoyerswerda nur in Dörgenhausen, in Königswartha nicht in Wartha, in Neschwitz nur in Neschwitz, Saritsch und Luga; in Radibor nicht sicher im Gebiet der 1999 hinzugekommenen Gemeinde Milkel.',
        { inPartOnly: agsList('14625:020,150,160,240,280,360,490') },
      ),
    ),
  },
  {
    // ThürFGtG § 10 Abs. 1: where it was a holiday in 1994, until a Verordnung under § 2 Abs. 2 (none issued).
    name: 'Fronleichnam',
    day: easter(60),
    land: 'TH',
    from: 1995,
    area: once(() =>
      area(
        ['16061', ...agsList('16063:011,032,068;16064:074')],
        'Feiertag, wo er 1994 gesetzlicher Feiertag war (ThürFGtG § 10 Abs. 1; eine Verordnung nach § 2 Abs. 2 gibt es nicht): im Landkreis Eichsfeld, in Südeichsfeld, Buttlar, Geisa und Schleid; in Anrode nur in Bickenriede und Zella, in Dünwald nur in Beberstedt und Hüpstedt, in Rodeberg nur in Struth, in Dermbach nur in Föhlritz, Steinberg und Zella/Rhön. Die Liste des Thüringer Innenministeriums (Merkblatt zu § 10 Abs. 1) lag kommunal nicht vor.',
        { inPartOnly: agsList('16063:015;16064:014,055,073') },
      ),
    ),
  },
  {
    name: 'Augsburger Hohes Friedensfest',
    day: fixed(8, 8),
    land: 'BY',
    area: once(() => area(['09761000'], 'Feiertag nur in der Stadt Augsburg (BayFTG Art. 1 Abs. 2).')),
  },
  {
    name: 'Mariä Himmelfahrt',
    day: fixed(8, 15),
    land: 'BY',
    until: 2013,
    area: once(() =>
      area(
        ['091', '092'],
        'Feiertag in den Gemeinden mit mehr katholischen als evangelischen Einwohnern (BayFTG Art. 1 Abs. 1 Nr. 2, Abs. 3), bis 2013 nach der Volkszählung 1987: in Oberbayern und Niederbayern in jeder Gemeinde. Für die Regierungsbezirke Oberpfalz, Oberfranken, Mittelfranken, Unterfranken und Schwaben hat kommunal die Liste des Landesamts nicht: Dort kann der Tag ein Feiertag sein.',
        { unknown: MIXED_BEZIRKE },
      ),
    ),
  },
  {
    name: 'Mariä Himmelfahrt',
    day: fixed(8, 15),
    land: 'BY',
    from: 2014,
    until: 2024,
    area: assumption('dem Zensus 2011', ' (1.704 von 2.056 Gemeinden)', WITHOUT_2014),
  },
  {
    name: 'Mariä Himmelfahrt',
    day: fixed(8, 15),
    land: 'BY',
    from: 2025,
    area: assumption('dem Zensus 2022', ' (1.708 von 2.056 Gemeinden)', WITHOUT_2025),
  },
];

/** The local rules of a Land in force in a year. */
export function localRules(year: number, land: GermanStateLetters): readonly LocalRule[] {
  return LOCAL_RULES.filter(
    (rule) =>
      rule.land === land &&
      (rule.from === undefined || year >= rule.from) &&
      (rule.until === undefined || year <= rule.until),
  );
}

const within = (keys: readonly string[], ags: string) => keys.some((key) => ags.startsWith(key));

/** What a local holiday is for the municipality with this AGS (8 digits). */
export function localStatus(where: LocalArea, ags: string): LocalStatus {
  if (where.except.includes(ags)) return 'none';
  if (where.inPartOnly.includes(ags)) return 'in-part';
  if (within(where.municipalities, ags)) return 'holds';
  if (within(where.unknown, ags)) return 'unknown';
  return 'none';
}
