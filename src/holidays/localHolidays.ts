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
  /** Shared by every answer: the lists are frozen. */
  readonly area: LocalArea;
}

/**
 * A list of municipalities written compactly: per Kreis, its five digits and the first Gemeinde's
 * three, then each next Gemeinde as the step from the one before in one base-36 digit, or `.` and
 * its three digits where the step is larger; Kreise apart by a space. `09571111473` is 09571111,
 * 09571115, 09571122, 09571125. The Bavarian lists hold hundreds of keys, which every app that
 * imports the holidays downloads: so written, they take half the bytes gzipped.
 */
export function agsList(text: string): readonly string[] {
  const keys: string[] = [];
  for (const group of text.split(' ')) {
    const kreis = group.slice(0, 5);
    let number = Number(group.slice(5, 8));
    keys.push(`${kreis}${group.slice(5, 8)}`);
    for (let at = 8; at < group.length; at += 1) {
      if (group[at] === '.') {
        number = Number(group.slice(at + 1, at + 4));
        at += 3;
      } else number += Number.parseInt(group[at] as string, 36);
      keys.push(`${kreis}${String(number).padStart(3, '0')}`);
    }
  }
  return Object.freeze(keys);
}

/** Where a holiday holds; the lists are frozen (agsList returns frozen lists). */
const area = (
  municipalities: readonly string[],
  note: string,
  { except = [], inPartOnly = [], unknown = [] }: Partial<Pick<LocalArea, 'except' | 'inPartOnly' | 'unknown'>> = {},
): LocalArea =>
  Object.freeze({
    municipalities: Object.freeze(municipalities),
    except: Object.freeze(except),
    inPartOnly: Object.freeze(inPartOnly),
    unknown: Object.freeze(unknown),
    note,
  });

const BAVARIA =
  'BayFTG Art. 1 Abs. 1 Nr. 2, Abs. 3: wo mehr Katholiken als Protestanten wohnen, festgestellt vom Landesamt für Statistik nach';
const MAYBE = 'ohne Liste, dort vielleicht Feiertag:';

/**
 * The municipalities without Mariä Himmelfahrt 2014–2024, as the Landesamt determined them from the
 * Zensus 2011: 352 of 2,056 (9 in the Oberpfalz, 115 in Oberfranken, 172 in Mittelfranken, 40 in
 * Unterfranken, 16 in Schwaben; Ober- and Niederbayern keep it everywhere). Sources and checks:
 * docs/decisions.md, "Local holidays".
 */
const WITHOUT_2014 =
  '09371116393451g 09374140 09462000 09463000 09464000 094721162126426112345b1a344281 ' +
  '0947311281b243372517441 09474124862.176 0947511217341814131822313312316125 0947614662h842 ' +
  '09477117112331861861141 09478145a 094791111e1261923261253 09561000 09562000 09563000 09564000 ' +
  '09565000 095711114733222111441621a4113122112522112211536211412111 09572114151a623147415 ' +
  '095731113152111112131 095741111533512133161132221313 0957511212111121212111311352113212172111b2 ' +
  '0957611747455153 095771112115259221711171364142 09672126.166 09673113ljef 096741647jkd ' +
  '09675111122p12211116514b 09677137mb 096781762 09679165b1a9a 09773113 097781638.219 ' +
  '097791116d6a97m193t';

const BEFORE_2025 = agsList(WITHOUT_2014);

/** What the Zensus 2022 changed from 2025: the Landesamt names eight municipalities, the other 2,048 stay as they were. */
const GAINED_2025 = agsList('09476183 09572115.164 09678176 09778171 09779197');
const LOST_2025 = agsList('09473165 09477139');

/** Mariä Himmelfahrt in Bavaria for one determination of the Landesamt für Statistik: every municipality but those without it. */
const bavaria = (census: string, count: string, without: readonly string[]): LocalArea =>
  area(['09'], `${BAVARIA} ${census}${count}.`, { except: without });

/** The holidays the laws give to some municipalities of a Land, in the laws' order. */
export const LOCAL_RULES: readonly LocalRule[] = [
  {
    // FronleichnamsVO of 4 May 1993, in force 22 May 1993; the keys are today's municipalities.
    name: 'Fronleichnam',
    day: easter(60),
    land: 'SN',
    from: 1993,
    area: area(
      // Crostwitz, Nebelschütz, Panschwitz-Kuckau, Puschwitz, Räckelwitz, Ralbitz-Rosenthal, Wittichenau.
      agsList('14625080.350.440kau.640'),
      'Sächsische FronleichnamsVO § 1; nur in Ortsteilen: Bautzen (Bolbritz, Salzenforst), Göda (Prischwitz), Großdubrau (Sdier), Hoyerswerda (Dörgenhausen), Königswartha (nicht Wartha), Neschwitz (Neschwitz, Saritsch, Luga), Radibor (nicht sicher im früheren Milkel).',
      // Bautzen, Göda, Großdubrau, Hoyerswerda, Königswartha, Neschwitz, Radibor.
      { inPartOnly: agsList('14625020.150a.240.280.360.490') },
    ),
  },
  {
    // ThürFGtG § 10 Abs. 1: where it was a holiday in 1994, until a Verordnung under § 2 Abs. 2 (none issued).
    name: 'Fronleichnam',
    day: easter(60),
    land: 'TH',
    from: 1995,
    area: area(
      // The Landkreis Eichsfeld; Buttlar, Geisa, Schleid; Südeichsfeld.
      ['16061', ...agsList('16063011l.068 16064074')],
      'ThürFGtG § 10 Abs. 1: wo 1994 Feiertag; nur in Ortsteilen: Anrode (Bickenriede, Zella), Dünwald (Beberstedt, Hüpstedt), Rodeberg (Struth), Dermbach (Föhlritz, Steinberg, Zella/Rhön).',
      // Dermbach; Dünwald, Rodeberg, Anrode.
      { inPartOnly: agsList('16063015 16064014.055i') },
    ),
  },
  {
    name: 'Augsburger Hohes Friedensfest',
    day: fixed(8, 8),
    land: 'BY',
    area: area(['09761000'], 'BayFTG Art. 1 Abs. 2: nur in der Stadt Augsburg.'),
  },
  {
    name: 'Mariä Himmelfahrt',
    day: fixed(8, 15),
    land: 'BY',
    until: 2013,
    area: area(
      ['091', '092'],
      `${BAVARIA} der Volkszählung 1987 (bis 2013); ${MAYBE} Oberpfalz, Oberfranken, Mittelfranken, Unterfranken und Schwaben.`,
      { unknown: ['093', '094', '095', '096', '097'] },
    ),
  },
  {
    name: 'Mariä Himmelfahrt',
    day: fixed(8, 15),
    land: 'BY',
    from: 2014,
    until: 2024,
    area: bavaria('dem Zensus 2011', ' (1.704 von 2.056 Gemeinden)', BEFORE_2025),
  },
  {
    name: 'Mariä Himmelfahrt',
    day: fixed(8, 15),
    land: 'BY',
    from: 2025,
    area: bavaria(
      'dem Zensus 2022',
      ' (1.708 von 2.056 Gemeinden)',
      [...BEFORE_2025.filter((ags) => !GAINED_2025.includes(ags)), ...LOST_2025].sort(),
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
