import type { CollectionName } from '../model/dataset.js';
import { forCountry, inCountry } from '../places/countryNames.js';
import { germanStateOf } from '../places/germanStates.js';
import { englishNumber, germanNumber } from '../time/germanNumber.js';
import { show } from '../time/quote.js';
import type { AgsLevel } from '../validate/ags.js';
import { MAX_LIST_ENTRIES } from '../validate/listBudget.js';
import { catalogue, type Locale } from './catalogue.js';
import { FORMAT_MESSAGES } from './formatting.js';
import { germanDate, germanRange } from './germanDates.js';
import { OPTION_MESSAGES } from './options.js';
import { DATE_INPUT_MESSAGES, TIME_MESSAGES } from './time.js';

/** What an id should name, in both languages; German with its gender for „kein“/„keine“. */
export type EntityKind =
  | 'municipality'
  | 'organisation'
  | 'person'
  | 'venue'
  | 'partnership'
  | 'exchange'
  | 'fundingProgramme'
  | 'grant'
  | 'measure'
  | 'membership'
  | 'committee';

const GERMAN_KINDS: Record<EntityKind, readonly [noun: string, gender: 'f' | 'm' | 'n']> = {
  municipality: ['Kommune', 'f'],
  organisation: ['Organisation', 'f'],
  person: ['Person', 'f'],
  venue: ['Veranstaltungsort', 'm'],
  partnership: ['Partnerschaft', 'f'],
  exchange: ['Austausch', 'm'],
  fundingProgramme: ['Förderprogramm', 'n'],
  grant: ['Förderung', 'f'],
  measure: ['Maßnahme', 'f'],
  membership: ['Mitgliedschaft', 'f'],
  committee: ['Gremium', 'n'],
};

const ENGLISH_KINDS: Record<EntityKind, string> = {
  municipality: 'municipality',
  organisation: 'organisation',
  person: 'person',
  venue: 'venue',
  partnership: 'partnership',
  exchange: 'exchange',
  fundingProgramme: 'funding programme',
  grant: 'grant',
  measure: 'measure',
  membership: 'membership',
  committee: 'committee',
};

export const KIND_OF_COLLECTION: Record<CollectionName, EntityKind> = {
  municipalities: 'municipality',
  organisations: 'organisation',
  persons: 'person',
  venues: 'venue',
  partnerships: 'partnership',
  exchanges: 'exchange',
  fundingProgrammes: 'fundingProgramme',
  grants: 'grant',
  measures: 'measure',
  memberships: 'membership',
  committees: 'committee',
};

function germanNone(kinds: readonly EntityKind[]): string {
  const nouns = kinds.map((kind) => GERMAN_KINDS[kind][0]);
  const feminine = GERMAN_KINDS[kinds[0] ?? 'municipality'][1] === 'f';
  return `${feminine ? 'keine' : 'kein'} ${nouns.join(' oder ')}`;
}

function germanIndefinite(kind: EntityKind): string {
  const [noun, gender] = GERMAN_KINDS[kind];
  return `${gender === 'f' ? 'eine' : 'ein'} ${noun}`;
}

/** „dieser Kommune“, „dieses Austauschs“: the entity whose lists are meant, in the genitive. */
function germanThisGenitive(kind: EntityKind | undefined): string {
  if (kind === undefined) return 'dieses Datensatzes';
  const [noun, gender] = GERMAN_KINDS[kind];
  return gender === 'f' ? `dieser ${noun}` : `dieses ${noun}s`;
}

/** „Der Austausch“, „Die Maßnahme“, „Das Gremium“: an entity at the start of a sentence. */
function germanDefinite(kind: EntityKind): string {
  const [noun, gender] = GERMAN_KINDS[kind];
  return `${gender === 'f' ? 'Die' : gender === 'm' ? 'Der' : 'Das'} ${noun}`;
}

/** „am 15. Februar 2024“, „im Februar 2024“, „2024“: a date of the caller's after a verb. */
function germanWhen(partial: string): string {
  if (partial.length === 10) return `am ${germanDate(partial)}`;
  if (partial.length === 7) return `im ${germanDate(partial)}`;
  return germanDate(partial);
}

function englishIndefinite(kinds: readonly EntityKind[]): string {
  return kinds
    .map((kind) => `${/^[aeiou]/.test(ENGLISH_KINDS[kind]) ? 'an' : 'a'} ${ENGLISH_KINDS[kind]}`)
    .join(' or ');
}

/** The last two keys of a path, last first: a field's name, or an entry's index and its list's name. */
function lastKeys(path: readonly PropertyKey[]): readonly [last: unknown, before: unknown] {
  try {
    return [path[path.length - 1], path[path.length - 2]];
  } catch {
    return [undefined, undefined];
  }
}

/** „Hessen („state“: „DE-HE“)“: the Land a municipality names, by name where it is one of the 16. */
function stateNamed(state: string, locale: Locale): string {
  const name = germanStateOf(state)?.name;
  const field = locale === 'de' ? `(„state“: ${show(state, 'de')})` : `("state": ${show(state, 'en')})`;
  return name === undefined ? `${show(state, locale)}` : `${name} ${field}`;
}

/** „eines Landes“, „eines Kreises“: the unit a key names, in the genitive. */
const GERMAN_LEVELS: Record<AgsLevel, string> = {
  state: 'eines Landes',
  regierungsbezirk: 'eines Regierungsbezirks',
  district: 'eines Kreises',
  municipality: 'einer Gemeinde',
};

const ENGLISH_LEVELS: Record<AgsLevel, string> = {
  state: 'a state',
  regierungsbezirk: 'a government region',
  district: 'a county',
  municipality: 'a municipality',
};

/** How many unknown keys a message names; an object may have millions. */
const LISTED_KEYS = 10;

/** „„a“, „b“ und „c““: the last two joined by the conjunction, the others by commas, as German and English list. */
function joined(items: readonly string[], conjunction: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** The unknown keys of an object, at most ten of them named and the rest counted. */
function unknownKeys(keys: readonly string[], locale: Locale): string {
  const named = keys.slice(0, LISTED_KEYS).map((key) => show(key, locale));
  const rest = keys.length - named.length;
  if (locale === 'en') {
    const list = rest > 0 ? `${named.join(', ')} and ${englishNumber(rest)} more` : joined(named, 'and');
    return `Unknown ${keys.length === 1 ? 'field' : 'fields'} ${list}.`;
  }
  const list = rest > 0 ? `${named.join(', ')} und ${germanNumber(rest)} weitere` : joined(named, 'und');
  return `${keys.length === 1 ? 'Unbekanntes Feld' : 'Unbekannte Felder'} ${list}.`;
}

/** Groups of three digits joined by `separator`: `45.000` in German sums of money. */
function grouped(digits: string, separator: string): string {
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return groups.join(separator);
}

/**
 * A sum of money with its cents and currency, as DIN 5008 writes it in German (`45.000,00 EUR`,
 * a point between groups of three) and as English writes it (`45,000.00 EUR`); a sum too large to
 * count in cents is written as given.
 */
function money(value: number, currency: string, locale: Locale): string {
  const cents = Math.round(value * 100);
  if (!Number.isSafeInteger(cents))
    return `${locale === 'de' ? String(value).replace('.', ',') : String(value)} ${currency}`;
  // A difference may be negative (a grant above its eligible costs): the sign before the digits.
  const sign = cents < 0 ? '-' : '';
  const units = grouped(String(Math.floor(Math.abs(cents) / 100)), locale === 'de' ? '.' : ',');
  const rest = String(Math.abs(cents) % 100).padStart(2, '0');
  return `${sign}${units}${locale === 'de' ? ',' : '.'}${rest} ${currency}`;
}

/** A share as a percentage: `0.9` is „90 %“ (DIN 5008: a space before the sign), `90%` in English. */
function percent(rate: number, locale: Locale): string {
  const value = Number((rate * 100).toFixed(8));
  return locale === 'de' ? `${String(value).replace('.', ',')}\u00a0%` : `${value}%`;
}

/** Every sentence kommunal's validators write, in both languages. */
export interface ValidationMessages {
  notADataset(input: unknown): string;
  /** `path`: where the value is missing; its last key names the field, or an index the list entry. */
  required(path: readonly PropertyKey[]): string;
  wrongType(input: unknown, expected: string): string;
  /** A value that fits none of a field's forms, each named by what its type expects. */
  wrongTypes(input: unknown, expected: readonly string[]): string;
  badFormat(input: unknown, format: string): string;
  notOneOf(input: unknown, options: readonly unknown[]): string;
  tooFew(minimum: number): string;
  tooMany(maximum: number): string;
  tooSmall(input: unknown, minimum: number, inclusive: boolean): string;
  tooBig(input: unknown, maximum: number, inclusive: boolean): string;
  unknownKeys(keys: readonly string[]): string;
  duplicateId(id: string, collection: string, firstIndex: number): string;
  unresolved(id: string, expected: readonly EntityKind[]): string;
  wrongKind(id: string, actual: EntityKind, expected: readonly EntityKind[]): string;
  endBeforeStart(start: string, end: string): string;
  /** An exchange's `endDate` without a `startDate`. */
  missingStart(end: string): string;
  /** A programme item's `end` after a `start` that is only a day, or after no start. */
  endWithoutStartTime(end: string, start: string | undefined): string;
  dayDoesNotExist(value: string): string;
  outsideExchange(time: string, start: string, end: string): string;
  outsideMeasure(time: string, since: string | undefined, until: string | undefined): string;
  outsideProgramme(
    start: string,
    end: string,
    programmeStart: string | undefined,
    programmeEnd: string | undefined,
  ): string;
  reciprocatesItself(): string;
  reciprocatesLater(id: string, start: string): string;
  reciprocatesOthers(id: string): string;
  partnershipWithItself(id: string): string;
  duplicatePartnership(firstIndex: number): string;
  agsOutsideGermany(country: string): string;
  invalidAgs(ags: string): string;
  agsStateMismatch(ags: string, agsState: string, state: string): string;
  /** A key of the wrong level for the municipality's kind: a Kreis needs one of level `district`, a Gemeinde one of level `municipality`. */
  agsLevelMismatch(ags: string, level: AgsLevel, expected: 'district' | 'municipality'): string;
  /** Info: a Kreis's key padded with `000` to eight digits. */
  paddedDistrictKey(ags: string, kreisschluessel: string): string;
  arsOutsideGermany(country: string): string;
  invalidArs(ars: string): string;
  arsAgsMismatch(ars: string, arsAgs: string, ags: string): string;
  foreignZoneInGermany(zone: string): string;
  stateCountryMismatch(state: string, country: string): string;
  unknownState(state: string, country: string): string;
  invalidPostalCode(code: string, country: string): string;
  unknownTimeZone(zone: string): string;
  missingTimeZone(country: string, several: boolean): string;
  nonexistentTime(time: string, zone: string): string;
  parentCycle(id: string): string;
  missingResponsible(): string;
  /** The sentence of {@link unreadableIssue}, for checks that collect issues of their own. */
  unreadable(error: unknown): string;
  /** `owner`: the kind of entity whose lists passed the bound, or `undefined` for the dataset's own fields. */
  tooManyEntries(length: number, owner: EntityKind | undefined): string;
  outsideYears(time: string): string;
  outsideYearsInZone(time: string, zone: string): string;
  /** A path in `assumed` that names no field the entity has. */
  unresolvedAssumption(path: string, owner: EntityKind): string;
  /** Info: an exchange or measure marked `held` whose first day lies after `today`. */
  heldInFuture(kind: EntityKind, id: string, start: string, today: string): string;
  /** Info: an exchange or measure marked `planned` whose last day lies before `today`. */
  plannedInPast(kind: EntityKind, id: string, end: string, today: string): string;
  /** A delegation's leader who is not among its listed members. */
  leaderNotMember(leaderId: string): string;
  /** A membership that names both an organisation and a municipality as member, or neither. */
  membershipMember(both: boolean): string;
  /** A membership's `networkId` names an organisation of another kind. */
  notANetwork(id: string, kind: string): string;
  /** Info: a town twinning without a German municipality. */
  foreignTownTwinning(first: string, second: string): string;
  /** Info: an organisation whose `parentId` names a network. */
  networkAsParent(id: string, parentId: string): string;
  /** A funding decision's period outside its programme's period. */
  decisionOutsideProgramme(
    start: string,
    end: string,
    programmeStart: string | undefined,
    programmeEnd: string | undefined,
  ): string;
  /** Funding rate × eligible costs is not the amount, to the cent. */
  fundingRateMismatch(rate: number, eligibleCosts: number, amount: number, currency: string): string;
  /** Eligible costs − amount is not the own contribution. */
  ownContributionMismatch(eligibleCosts: number, amount: number, ownContribution: number, currency: string): string;
  /** A sum of a funding decision in another currency than its amount. */
  currencyMismatch(currency: string, expected: string): string;
  /** A proof of use due before the funded period begins. */
  proofOfUseBeforeStart(due: string, start: string): string;
  /** How a format is described after „ist“ / "is". */
  readonly formats: Readonly<Record<string, string>>;
  /** How a type is named after „Erwartet wird“ / "expected". */
  readonly types: Readonly<Record<string, string>>;
}

const de: ValidationMessages = {
  notADataset: (input) =>
    `${show(input, 'de')} ist kein Datensatz: Erwartet wird ein Objekt mit mindestens „municipalities“.`,
  required: (path) => {
    const [last, list] = lastKeys(path);
    if (typeof last === 'string') return `Das Pflichtfeld „${last}“ fehlt.`;
    if (typeof last === 'number' && typeof list === 'string')
      return `In der Liste „${list}“ fehlt der Eintrag bei Index ${last}.`;
    return 'Ein Pflichtwert fehlt.';
  },
  wrongType: (input, expected) => `${show(input, 'de')} hat den falschen Typ: Erwartet wird ${expected}.`,
  wrongTypes: (input, expected) =>
    `${show(input, 'de')} hat den falschen Typ: Erwartet wird ${joined(expected, 'oder')}.`,
  badFormat: (input, format) => `${show(input, 'de')} ist ${format}.`,
  notOneOf: (input, options) =>
    `${show(input, 'de')} ist nicht erlaubt: Erwartet wird ${joined(
      options.map((option) => show(option, 'de')),
      'oder',
    )}.`,
  tooFew: (minimum) =>
    minimum === 1
      ? 'Es wird mindestens ein Eintrag erwartet.'
      : `Es werden mindestens ${germanNumber(minimum)} Einträge erwartet.`,
  tooMany: (maximum) =>
    maximum === 1
      ? 'Es wird höchstens ein Eintrag erwartet.'
      : `Es werden höchstens ${germanNumber(maximum)} Einträge erwartet.`,
  tooSmall: (input, minimum, inclusive) =>
    `${show(input, 'de')} ist zu klein: Erwartet wird ${inclusive ? 'mindestens' : 'mehr als'} ${germanNumber(minimum)}.`,
  tooBig: (input, maximum, inclusive) =>
    `${show(input, 'de')} ist zu groß: Erwartet wird ${inclusive ? 'höchstens' : 'weniger als'} ${germanNumber(maximum)}.`,
  unknownKeys: (keys) => unknownKeys(keys, 'de'),
  duplicateId: (id, collection, firstIndex) =>
    `Die ID ${show(id, 'de')} kommt in „${collection}“ mehrfach vor (zuerst bei Index ${firstIndex}).`,
  unresolved: (id, expected) => `${show(id, 'de')} ist ${germanNone(expected)} in diesem Datensatz.`,
  wrongKind: (id, actual, expected) =>
    `${show(id, 'de')} ist ${germanIndefinite(actual)}, erwartet wird ${expected.map(germanIndefinite).join(' oder ')}.`,
  endBeforeStart: (start, end) => FORMAT_MESSAGES.de.endBeforeStart(germanDate(start), germanDate(end)),
  missingStart: (end) =>
    `Das Ende (${germanDate(end)}) steht ohne Beginn („startDate“): Tragen Sie den Beginn ein, wenigstens das Jahr, oder lassen Sie beide weg.`,
  endWithoutStartTime: (end, start) =>
    start === undefined
      ? `Das Ende (${germanDate(end)}) steht ohne Beginn („start“): Ein Ende braucht einen Beginn mit Uhrzeit.`
      : `Das Ende (${germanDate(end)}) braucht einen Beginn mit Uhrzeit; der Beginn nennt nur den Tag (${germanDate(start)}).`,
  dayDoesNotExist: TIME_MESSAGES.de.dayDoesNotExist,
  outsideExchange: (time, start, end) =>
    `${show(time, 'de')} liegt außerhalb des Austauschs (${germanRange(start, end)}).`,
  outsideMeasure: (time, since, until) =>
    `${show(time, 'de')} liegt außerhalb der Laufzeit der Maßnahme (${since ?? '…'} bis ${until ?? '…'}).`,
  outsideProgramme: (start, end, programmeStart, programmeEnd) =>
    `Die Förderung (${germanRange(start, end)}) liegt außerhalb der Laufzeit des Förderprogramms (${germanRange(programmeStart, programmeEnd)}).`,
  reciprocatesItself: () => 'Ein Austausch kann nicht sein eigener Gegenbesuch sein.',
  reciprocatesLater: (id, start) =>
    `Ein Gegenbesuch folgt dem Besuch: ${show(id, 'de')} beginnt erst ${germanWhen(start)}, nicht vorher.`,
  reciprocatesOthers: (id) =>
    `Ein Gegenbesuch tauscht Gastgeber und Gäste: Der Gastgeber muss bei ${show(id, 'de')} zu Gast gewesen sein und dessen Gastgeber hier zu Gast.`,
  partnershipWithItself: (id) =>
    `Eine Partnerschaft verbindet zwei verschiedene Kommunen, nicht ${show(id, 'de')} mit sich selbst.`,
  duplicatePartnership: (firstIndex) =>
    `Diese Partnerschaft steht schon bei Index ${firstIndex}: dieselben Kommunen, dieselbe Art.`,
  agsOutsideGermany: (country) =>
    `Einen Amtlichen Gemeindeschlüssel („ags“) gibt es nur in Deutschland, nicht ${inCountry(country, 'de')}.`,
  invalidAgs: (ags) =>
    `${show(ags, 'de')} ist kein gültiger Amtlicher Gemeindeschlüssel: Land 01–16, ein Regierungsbezirk dieses Landes, ein Kreis.`,
  agsStateMismatch: (ags, agsState, state) =>
    `Der Schlüssel ${show(ags, 'de')} gehört zu ${agsState}, nicht zu ${stateNamed(state, 'de')}.`,
  agsLevelMismatch: (ags, level, expected) =>
    `${show(ags, 'de')} ist der Schlüssel ${GERMAN_LEVELS[level]}; ${
      expected === 'district'
        ? 'ein Kreis („kind“: „district“) hat einen fünfstelligen Kreisschlüssel'
        : `eine Gemeinde oder Stadt hat einen achtstelligen Gemeindeschlüssel${level === 'district' ? `, eine kreisfreie Stadt ${show(`${ags}000`, 'de')}` : ''}`
    }.`,
  paddedDistrictKey: (ags, kreisschluessel) =>
    `${show(ags, 'de')} ist ein mit „000“ aufgefüllter Kreisschlüssel: Die Gemeinde 000 gibt es nur bei kreisfreien Städten. Schreiben Sie für den Kreis den Kreisschlüssel ${show(kreisschluessel, 'de')}.`,
  arsOutsideGermany: (country) =>
    `Einen Amtlichen Regionalschlüssel („ars“) gibt es nur in Deutschland, nicht ${inCountry(country, 'de')}.`,
  invalidArs: (ars) =>
    `${show(ars, 'de')} ist kein gültiger Amtlicher Regionalschlüssel: Die ersten fünf Ziffern sind ein Kreisschlüssel, dann folgen der Gemeindeverband (vier Ziffern) und die Gemeinde (drei); beginnt der Gemeindeverband mit 0, wiederholen seine übrigen Ziffern die der Gemeinde.`,
  arsAgsMismatch: (ars, arsAgs, ags) =>
    `Der Regionalschlüssel ${show(ars, 'de')} enthält den Gemeindeschlüssel ${show(arsAgs, 'de')}, nicht ${show(ags, 'de')} („ags“).`,
  foreignZoneInGermany: (zone) =>
    `${show(zone, 'de')} ist keine deutsche Zeitzone: Für eine Kommune in Deutschland gilt „Europe/Berlin“, in Büsingen am Hochrhein auch „Europe/Busingen“.`,
  stateCountryMismatch: (state, country) =>
    `${show(state, 'de')} („state“) gehört nicht zum Staat der Kommune: Sie liegt ${inCountry(country, 'de')} („country“).`,
  unknownState: (state, country) =>
    `ISO 3166-2 kennt ${inCountry(country, 'de')} keinen Landesteil ${show(state, 'de')} („state“).`,
  invalidPostalCode: (code, country) =>
    `${show(code, 'de')} ist keine gültige Postleitzahl ${forCountry(country, 'de')}.`,
  unknownTimeZone: TIME_MESSAGES.de.unknownTimeZone,
  missingTimeZone: (country, several) =>
    several
      ? `Für eine Kommune ${inCountry(country, 'de')} fehlt die Zeitzone („timeZone“): Dort gelten mehrere.`
      : `Für eine Kommune ${inCountry(country, 'de')} fehlt die Zeitzone („timeZone“): kommunal kennt die Zeitzonen dort nicht.`,
  nonexistentTime: TIME_MESSAGES.de.nonexistentTime,
  parentCycle: (id) =>
    `Die Organisation ${show(id, 'de')} ist sich selbst übergeordnet: Die Kette ihrer übergeordneten Organisationen („parentId“) führt zu ihr zurück.`,
  missingResponsible: () => 'Eine Maßnahme braucht eine verantwortliche Organisation oder Kommune.',
  unreadable: OPTION_MESSAGES.de.unreadableValue,
  tooManyEntries: (length, owner) =>
    `Zu viele Listeneinträge: Mit dieser Liste (${germanNumber(length)}) enthalten die Listen ${germanThisGenitive(owner)} zusammen mehr als ${germanNumber(MAX_LIST_ENTRIES)} Einträge; kommunal liest höchstens ${germanNumber(MAX_LIST_ENTRIES)}.`,
  outsideYears: DATE_INPUT_MESSAGES.de.outsideYears,
  outsideYearsInZone: TIME_MESSAGES.de.outsideYearsInZone,
  unresolvedAssumption: (path, owner) =>
    `${show(path, 'de')} („assumed“) ist kein Feld ${germanThisGenitive(owner)}: Als angenommen markieren lässt sich nur ein Wert, der eingetragen ist.`,
  heldInFuture: (kind, id, start, today) =>
    `${germanDefinite(kind)} ${show(id, 'de')} ist als stattgefunden eingetragen („status“: „held“), beginnt aber erst ${germanWhen(start)}; heute ist der ${germanDate(today)}.`,
  plannedInPast: (kind, id, end, today) =>
    `${germanDefinite(kind)} ${show(id, 'de')} ist als geplant eingetragen („status“: „planned“), endete aber schon ${germanWhen(end)}; heute ist der ${germanDate(today)}.`,
  leaderNotMember: (leaderId) =>
    `Die Leitung der Delegation, ${show(leaderId, 'de')} („leaderId“), steht nicht unter ihren Mitgliedern („members“).`,
  membershipMember: (both) =>
    both
      ? 'Eine Mitgliedschaft hat genau ein Mitglied: eine Organisation („organisationId“) oder eine Kommune („municipalityId“), nicht beide.'
      : 'Eine Mitgliedschaft braucht ein Mitglied: eine Organisation („organisationId“) oder eine Kommune („municipalityId“).',
  notANetwork: (id, kind) =>
    `${show(id, 'de')} ist kein Netzwerk („kind“: ${show(kind, 'de')}): Mitglied ist man in einer Organisation der Art „network“.`,
  foreignTownTwinning: (first, second) =>
    `Die Städtepartnerschaft zwischen ${show(first, 'de')} und ${show(second, 'de')} verbindet keine deutsche Kommune: Für eine Partnerschaft zweier Städte außerhalb Deutschlands, etwa eine US-amerikanische Sister City, gibt es die Art „sister-city“.`,
  networkAsParent: (id, parentId) =>
    `Die Organisation ${show(id, 'de')} ist dem Netzwerk ${show(parentId, 'de')} untergeordnet („parentId“): Ist sie dort Mitglied, tragen Sie das unter „memberships“ ein.`,
  decisionOutsideProgramme: (start, end, programmeStart, programmeEnd) =>
    `Der Bewilligungszeitraum (${germanRange(start, end)}) liegt außerhalb der Laufzeit des Förderprogramms (${germanRange(programmeStart, programmeEnd)}).`,
  fundingRateMismatch: (rate, eligibleCosts, amount, currency) =>
    `Die Förderquote von ${percent(rate, 'de')} der zuwendungsfähigen Ausgaben (${money(eligibleCosts, currency, 'de')}) ergibt ${money(rate * eligibleCosts, currency, 'de')}, nicht ${money(amount, currency, 'de')} („amount“).`,
  ownContributionMismatch: (eligibleCosts, amount, ownContribution, currency) =>
    `Zuwendungsfähige Ausgaben (${money(eligibleCosts, currency, 'de')}) abzüglich der Zuwendung (${money(amount, currency, 'de')}) ergeben einen Eigenanteil von ${money(eligibleCosts - amount, currency, 'de')}, nicht ${money(ownContribution, currency, 'de')}.`,
  currencyMismatch: (currency, expected) =>
    `${show(currency, 'de')} ist eine andere Währung als die der Zuwendung (${show(expected, 'de')}): Alle Beträge eines Bescheids stehen in einer Währung.`,
  proofOfUseBeforeStart: (due, start) =>
    `Der Verwendungsnachweis ist ${germanWhen(due)} fällig, vor Beginn des Bewilligungszeitraums (${germanDate(start)}).`,
  formats: {
    date: 'kein gültiges Datum (erwartet JJJJ-MM-TT)',
    datetime:
      'keine gültige Angabe von Datum und Uhrzeit (erwartet z. B. „2024-04-15T09:30“, optional mit Offset wie „+02:00“)',
    'partial-date': 'kein gültiges Datum (erwartet JJJJ, JJJJ-MM oder JJJJ-MM-TT)',
    'date-or-datetime':
      'kein gültiger Tag und keine gültige Angabe von Datum und Uhrzeit (erwartet z. B. „2024-04-15“ oder „2024-04-15T09:30“, optional mit Offset wie „+02:00“)',
    'country-code': 'kein Ländercode nach ISO 3166-1 (zwei Großbuchstaben wie „DE“)',
    'state-code': 'kein Code nach ISO 3166-2 (wie „DE-HE“)',
    ags: 'kein Amtlicher Gemeindeschlüssel (zwei, drei, fünf oder acht Ziffern)',
    ars: 'kein Amtlicher Regionalschlüssel (zwölf Ziffern)',
    'time-zone': 'kein Zeitzonenname (wie „Europe/Berlin“)',
    'holiday-date': 'kein Feiertagsdatum (erwartet MM-TT für jedes Jahr oder JJJJ-MM-TT)',
    currency: 'kein Währungscode nach ISO 4217 (wie „EUR“)',
    text: 'leer',
    url: 'keine gültige Adresse (erwartet http:// oder https://)',
    email: 'keine gültige E-Mail-Adresse',
    'field-path': 'kein Feldpfad (erwartet wie „startDate“ oder „programme.0.venueId“)',
    language: 'kein Sprachcode nach ISO 639 (zwei oder drei Kleinbuchstaben wie „de“ oder „prs“)',
  },
  types: {
    string: OPTION_MESSAGES.de.aText,
    number: 'eine Zahl',
    int: 'eine ganze Zahl',
    boolean: OPTION_MESSAGES.de.trueOrFalse,
    array: OPTION_MESSAGES.de.aList,
    tuple: OPTION_MESSAGES.de.aList,
    object: OPTION_MESSAGES.de.anObject,
  },
};

const en: ValidationMessages = {
  notADataset: (input) => `${show(input, 'en')} is not a dataset: expected an object with at least "municipalities".`,
  required: (path) => {
    const [last, list] = lastKeys(path);
    if (typeof last === 'string') return `The required field "${last}" is missing.`;
    if (typeof last === 'number' && typeof list === 'string')
      return `The list "${list}" lacks its entry at index ${last}.`;
    return 'A required value is missing.';
  },
  wrongType: (input, expected) => `${show(input, 'en')} has the wrong type: expected ${expected}.`,
  wrongTypes: (input, expected) => `${show(input, 'en')} has the wrong type: expected ${joined(expected, 'or')}.`,
  badFormat: (input, format) => `${show(input, 'en')} is ${format}.`,
  notOneOf: (input, options) =>
    `${show(input, 'en')} is not allowed: expected ${joined(
      options.map((option) => show(option, 'en')),
      'or',
    )}.`,
  tooFew: (minimum) => `Expected at least ${minimum === 1 ? 'one entry' : `${englishNumber(minimum)} entries`}.`,
  tooMany: (maximum) => `Expected at most ${maximum === 1 ? 'one entry' : `${englishNumber(maximum)} entries`}.`,
  tooSmall: (input, minimum, inclusive) =>
    `${show(input, 'en')} is too small: expected ${inclusive ? 'at least' : 'more than'} ${minimum}.`,
  tooBig: (input, maximum, inclusive) =>
    `${show(input, 'en')} is too large: expected ${inclusive ? 'at most' : 'less than'} ${maximum}.`,
  unknownKeys: (keys) => unknownKeys(keys, 'en'),
  duplicateId: (id, collection, firstIndex) =>
    `The id ${show(id, 'en')} appears more than once in "${collection}" (first at index ${firstIndex}).`,
  unresolved: (id, expected) => `${show(id, 'en')} is not ${englishIndefinite(expected)} in this dataset.`,
  wrongKind: (id, actual, expected) =>
    `${show(id, 'en')} is ${englishIndefinite([actual])}, expected ${englishIndefinite(expected)}.`,
  endBeforeStart: (start, end) => `The end (${end}) lies before the start (${start}).`,
  missingStart: (end) =>
    `The end (${end}) has no start ("startDate"): give the start, at least its year, or leave out both.`,
  endWithoutStartTime: (end, start) =>
    start === undefined
      ? `The end (${end}) has no start ("start"): an end needs a start with a time.`
      : `The end (${end}) needs a start with a time; the start gives only the day (${start}).`,
  dayDoesNotExist: TIME_MESSAGES.en.dayDoesNotExist,
  outsideExchange: (time, start, end) => `${show(time, 'en')} lies outside the exchange (${start} to ${end}).`,
  outsideMeasure: (time, since, until) =>
    `${show(time, 'en')} lies outside the measure's period (${since ?? '…'} to ${until ?? '…'}).`,
  outsideProgramme: (start, end, programmeStart, programmeEnd) =>
    `The grant (${start} to ${end}) lies outside its funding programme (${programmeStart ?? '…'} to ${programmeEnd ?? '…'}).`,
  reciprocatesItself: () => 'An exchange cannot be its own return visit.',
  reciprocatesLater: (id, start) => `A return visit follows the visit: ${show(id, 'en')} only starts on ${start}.`,
  reciprocatesOthers: (id) =>
    `A return visit swaps host and guests: the host must have been a guest of ${show(id, 'en')}, and its host a guest here.`,
  partnershipWithItself: (id) => `A partnership joins two different municipalities, not ${show(id, 'en')} with itself.`,
  duplicatePartnership: (firstIndex) =>
    `This partnership is already listed at index ${firstIndex}: same municipalities, same kind.`,
  agsOutsideGermany: (country) =>
    `Only German municipalities have an official municipality key ("ags"), not one ${inCountry(country, 'en')}.`,
  invalidAgs: (ags) =>
    `${show(ags, 'en')} is not a valid official municipality key (AGS): state 01–16, a government-region digit that state uses, a county other than 00.`,
  agsStateMismatch: (ags, agsState, state) =>
    `The key ${show(ags, 'en')} belongs to ${agsState}, not ${stateNamed(state, 'en')}.`,
  agsLevelMismatch: (ags, level, expected) =>
    `${show(ags, 'en')} is the key of ${ENGLISH_LEVELS[level]}; ${
      expected === 'district'
        ? 'a county ("kind": "district") has a five-digit county key'
        : `a municipality or city has an eight-digit municipality key${level === 'district' ? `, an independent city ${show(`${ags}000`, 'en')}` : ''}`
    }.`,
  paddedDistrictKey: (ags, kreisschluessel) =>
    `${show(ags, 'en')} is a county key padded with "000": only independent cities have a municipality 000. Write the county key ${show(kreisschluessel, 'en')} for a county.`,
  arsOutsideGermany: (country) =>
    `Only German municipalities have an official regional key ("ars"), not one ${inCountry(country, 'en')}.`,
  invalidArs: (ars) =>
    `${show(ars, 'en')} is not a valid official regional key (ARS): its first five digits are a county key, followed by the municipal association (four digits) and the municipality (three); where the association begins with 0, its other digits repeat the municipality's.`,
  arsAgsMismatch: (ars, arsAgs, ags) =>
    `The regional key ${show(ars, 'en')} contains the municipality key ${show(arsAgs, 'en')}, not ${show(ags, 'en')} ("ags").`,
  foreignZoneInGermany: (zone) =>
    `${show(zone, 'en')} is not a German time zone: a municipality in Germany uses "Europe/Berlin", or "Europe/Busingen" in the exclave of Busingen.`,
  stateCountryMismatch: (state, country) =>
    `${show(state, 'en')} ("state") does not belong to the municipality's country: it lies ${inCountry(country, 'en')} ("country").`,
  unknownState: (state, country) =>
    `ISO 3166-2 lists no subdivision ${show(state, 'en')} ("state") ${inCountry(country, 'en')}.`,
  invalidPostalCode: (code, country) => `${show(code, 'en')} is not a valid postal code ${forCountry(country, 'en')}.`,
  unknownTimeZone: TIME_MESSAGES.en.unknownTimeZone,
  missingTimeZone: (country, several) =>
    several
      ? `A municipality ${inCountry(country, 'en')} needs a time zone ("timeZone"): several apply there.`
      : `A municipality ${inCountry(country, 'en')} needs a time zone ("timeZone"): kommunal does not know the time zones there.`,
  nonexistentTime: TIME_MESSAGES.en.nonexistentTime,
  parentCycle: (id) =>
    `The organisation ${show(id, 'en')} is its own parent: the chain of its parent organisations ("parentId") leads back to it.`,
  missingResponsible: () => 'A measure needs a responsible organisation or municipality.',
  unreadable: OPTION_MESSAGES.en.unreadableValue,
  tooManyEntries: (length, owner) =>
    `Too many list entries: with this list (${englishNumber(length)}) the lists of this ${owner === undefined ? 'dataset' : ENGLISH_KINDS[owner]} hold more than ${englishNumber(MAX_LIST_ENTRIES)} entries together; kommunal reads at most ${englishNumber(MAX_LIST_ENTRIES)}.`,
  outsideYears: DATE_INPUT_MESSAGES.en.outsideYears,
  outsideYearsInZone: TIME_MESSAGES.en.outsideYearsInZone,
  unresolvedAssumption: (path, owner) =>
    `${show(path, 'en')} ("assumed") is not a field of this ${ENGLISH_KINDS[owner]}: only a value that is given can be marked as assumed.`,
  heldInFuture: (kind, id, start, today) =>
    `The ${ENGLISH_KINDS[kind]} ${show(id, 'en')} is marked as held ("status": "held"), but its start (${start}) lies after today (${today}).`,
  plannedInPast: (kind, id, end, today) =>
    `The ${ENGLISH_KINDS[kind]} ${show(id, 'en')} is marked as planned ("status": "planned"), but its end (${end}) lies before today (${today}).`,
  leaderNotMember: (leaderId) =>
    `The delegation's leader ${show(leaderId, 'en')} ("leaderId") is not among its members ("members").`,
  membershipMember: (both) =>
    both
      ? 'A membership has exactly one member: an organisation ("organisationId") or a municipality ("municipalityId"), not both.'
      : 'A membership needs a member: an organisation ("organisationId") or a municipality ("municipalityId").',
  notANetwork: (id, kind) =>
    `${show(id, 'en')} is not a network ("kind": ${show(kind, 'en')}): members join an organisation of kind "network".`,
  foreignTownTwinning: (first, second) =>
    `The town twinning of ${show(first, 'en')} and ${show(second, 'en')} joins no German municipality: a partnership of two cities outside Germany, such as a US sister city, is of kind "sister-city".`,
  networkAsParent: (id, parentId) =>
    `The organisation ${show(id, 'en')} is placed under the network ${show(parentId, 'en')} ("parentId"): if it is a member there, list it in "memberships".`,
  decisionOutsideProgramme: (start, end, programmeStart, programmeEnd) =>
    `The funded period (${start} to ${end}) lies outside its funding programme (${programmeStart ?? '…'} to ${programmeEnd ?? '…'}).`,
  fundingRateMismatch: (rate, eligibleCosts, amount, currency) =>
    `A funding rate of ${percent(rate, 'en')} of the eligible costs (${money(eligibleCosts, currency, 'en')}) is ${money(rate * eligibleCosts, currency, 'en')}, not ${money(amount, currency, 'en')} ("amount").`,
  ownContributionMismatch: (eligibleCosts, amount, ownContribution, currency) =>
    `The eligible costs (${money(eligibleCosts, currency, 'en')}) less the grant (${money(amount, currency, 'en')}) leave an own contribution of ${money(eligibleCosts - amount, currency, 'en')}, not ${money(ownContribution, currency, 'en')}.`,
  currencyMismatch: (currency, expected) =>
    `${show(currency, 'en')} is another currency than the grant's (${show(expected, 'en')}): all sums of a decision are in one currency.`,
  proofOfUseBeforeStart: (due, start) => `The proof of use is due ${due}, before the funded period begins (${start}).`,
  formats: {
    date: 'not a valid date (expected YYYY-MM-DD)',
    datetime: 'not a valid date and time (expected e.g. "2024-04-15T09:30", optionally with an offset like "+02:00")',
    'partial-date': 'not a valid date (expected YYYY, YYYY-MM or YYYY-MM-DD)',
    'date-or-datetime':
      'not a valid day or date and time (expected e.g. "2024-04-15" or "2024-04-15T09:30", optionally with an offset like "+02:00")',
    'country-code': 'not an ISO 3166-1 country code (two capital letters like "DE")',
    'state-code': 'not an ISO 3166-2 code (like "DE-HE")',
    ags: 'not an official municipality key (two, three, five or eight digits)',
    ars: 'not an official regional key (twelve digits)',
    'time-zone': 'not a time zone name (like "Europe/Berlin")',
    'holiday-date': 'not a holiday date (expected MM-DD for every year, or YYYY-MM-DD)',
    currency: 'not an ISO 4217 currency code (like "EUR")',
    text: 'empty',
    url: 'not a valid address (expected http:// or https://)',
    email: 'not a valid e-mail address',
    'field-path': 'not a field path (expected like "startDate" or "programme.0.venueId")',
    language: 'not an ISO 639 language code (two or three lower-case letters like "de" or "prs")',
  },
  types: {
    string: OPTION_MESSAGES.en.aText,
    number: 'a number',
    int: 'an integer',
    boolean: OPTION_MESSAGES.en.trueOrFalse,
    array: OPTION_MESSAGES.en.aList,
    tuple: OPTION_MESSAGES.en.aList,
    object: OPTION_MESSAGES.en.anObject,
  },
};

/** The validators' sentences: `VALIDATION_MESSAGES[locale].key`. */
export const VALIDATION_MESSAGES = catalogue<ValidationMessages>({ de, en });
