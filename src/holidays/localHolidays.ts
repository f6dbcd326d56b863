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

/** „A, B und C“. */
const germanList = (names: readonly string[]) =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} und ${names[names.length - 1]}`;

const BAVARIA_NOTE =
  'Feiertag in den Gemeinden mit mehr katholischen als evangelischen Einwohnern (BayFTG Art. 1 Abs. 1 Nr. 2, Abs. 3), wie sie das Bayerische Landesamt für Statistik';

// What kommunal knows of the Landesamt's determinations from the Zensus 2011 (2014–2024) and 2022
// (from 2025): Oberbayern (091) and Niederbayern (092) keep it everywhere; for the Oberpfalz (093),
// Unterfranken (096), Schwaben (097) and the Kreise below, the municipalities without it are listed;
// for the Kreise in UNSOURCED they are not (sources: docs/decisions.md, "Local holidays").
const SOURCED = [
  '091',
  '092',
  '093',
  '096',
  '097',
  // Oberfranken: the Städte Bamberg, Bayreuth, Coburg, Hof; the Landkreise Bayreuth, Coburg, Hof, Kulmbach, Wunsiedel.
  ...['09461', '09462', '09463', '09464', '09472', '09473', '09475', '09477', '09479'],
  // Mittelfranken: the Städte Ansbach, Erlangen, Fürth, Nürnberg, Schwabach; the Landkreise Ansbach, Nürnberger Land, Neustadt a.d.Aisch-Bad Windsheim, Weißenburg-Gunzenhausen.
  ...['09561', '09562', '09563', '09564', '09565', '09571', '09574', '09575', '09577'],
];
const UNSOURCED: Readonly<Record<string, string>> = {
  '09471': 'Bamberg',
  '09474': 'Forchheim',
  '09476': 'Kronach',
  '09478': 'Lichtenfels',
  '09572': 'Erlangen-Höchstadt',
  '09573': 'Fürth',
  '09576': 'Roth',
};

/** The municipalities without Mariä Himmelfahrt 2014–2024 (Zensus 2011), in the Kreise sourced, and single ones elsewhere. */
const WITHOUT_2014 =
  '09371:116,119,128,131,135,140,141,157;' +
  '09374:140;' +
  '09462:000;' +
  '09463:000;' +
  '09464:000;' +
  '09472:116,118,119,121,127,131,133,139,140,141,143,146,150,155,166,167,177,180,184,188,190,198,199;' +
  '09473:112,120,121,132,134,138,141,144,151,153,158,159,166,170,174,175;' +
  '09475:112,113,120,123,127,128,136,137,141,142,145,146,154,156,158,161,162,165,168,169,171,174,175,181,182,184,189;' +
  '09476:183;' +
  '09477:117,118,119,121,124,127,128,136,142,143,151,157,158,159,163,164;' +
  '09479:111,112,126,127,129,135,136,138,145,147,150,152,158,159,161,166,169;' +
  '09561:000;' +
  '09562:000;' +
  '09563:000;' +
  '09564:000;' +
  '09565:000;' +
  '09571:111,115,122,125,128,130,132,134,135,136,137,141,145,146,152,154,155,165,169,170,171,174,175,177,179,180,181,183,188,190,192,193,194,196,198,199,200,205,208,214,216,217,218,222,223,225,226,227,228;' +
  '09572:115,159,164;' +
  '09574:111,112,117,120,123,128,129,131,132,135,138,139,140,145,146,147,150,152,154,156,157,160,161,164;' +
  '09575:112,113,115,116,117,118,119,121,122,124,125,127,128,129,130,133,134,135,138,143,145,146,147,150,152,153,155,156,163,165,166,167,168,179,181;' +
  '09577:111,113,114,115,120,122,127,136,138,140,141,148,149,150,151,158,159,162,163,168,172,173,177,179;' +
  '09672:126,166;' +
  '09673:113,134,153,167,182;' +
  '09674:164,171,190,210,223;' +
  '09675:111,112,114,116,141,142,144,146,147,148,149,150,156,161,162,166,177;' +
  '09677:137,159,170;' +
  '09678:176,178;' +
  '09679:165,176,177,187,196,206;' +
  '09773:113;' +
  '09778:163,171,219;' +
  '09779:111,117,130,136,146,155,162,184,185,194,197,226';

/** What the Zensus 2022 changed from 2025: the Landesamt names eight municipalities, the other 2,048 stay as they were. */
const GAINED_2025 = agsList('09476:183;09572:115,164;09678:176;09778:171;09779:197');
const LOST_2025 = agsList('09473:165;09477:139');

/**
 * Mariä Himmelfahrt in Bavaria for one determination of the Landesamt für Statistik: every
 * municipality of the sourced Regierungsbezirke and Kreise but those listed without it, single
 * municipalities known elsewhere, and the Kreise whose lists kommunal lacks as `unknown`.
 */
function bavaria(census: string, count: string, without: readonly string[], gained: readonly string[]) {
  return once(() => {
    const unknownKreise = Object.keys(UNSOURCED);
    return area(
      [...SOURCED, ...gained],
      `${BAVARIA_NOTE} nach ${census} festgestellt hat${count}: in Oberbayern und Niederbayern jede Gemeinde. Für die Landkreise ${germanList(Object.values(UNSOURCED))} hat kommunal die Liste des Landesamts nicht: Dort kann der Tag ein Feiertag sein.`,
      {
        except: without,
        unknown: unknownKreise,
      },
    );
  });
}

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
        `${BAVARIA_NOTE} bis 2013 nach der Volkszählung 1987 festgestellt hat: in Oberbayern und Niederbayern jede Gemeinde. Für die Regierungsbezirke Oberpfalz, Oberfranken, Mittelfranken, Unterfranken und Schwaben hat kommunal die Liste des Landesamts nicht: Dort kann der Tag ein Feiertag sein.`,
        { unknown: ['093', '094', '095', '096', '097'] },
      ),
    ),
  },
  {
    name: 'Mariä Himmelfahrt',
    day: fixed(8, 15),
    land: 'BY',
    from: 2014,
    until: 2024,
    area: bavaria('dem Zensus 2011', ' (1.704 von 2.056 Gemeinden)', agsList(WITHOUT_2014), []),
  },
  {
    name: 'Mariä Himmelfahrt',
    day: fixed(8, 15),
    land: 'BY',
    from: 2025,
    area: bavaria(
      'dem Zensus 2022',
      ' (1.708 von 2.056 Gemeinden)',
      [...agsList(WITHOUT_2014).filter((ags) => !GAINED_2025.includes(ags)), ...LOST_2025].sort(),
      GAINED_2025,
    ),
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
