import { fail } from '../errors/KommunalValidationError.js';
import { FORMAT_MESSAGES } from '../i18n/formatting.js';
import type { CommitteeKind } from '../model/committee.js';
import type { ExchangeKind } from '../model/exchange.js';
import type { FundingLevel } from '../model/funding.js';
import type { MeasureKind, Recurrence } from '../model/measure.js';
import type { MunicipalityKind } from '../model/municipality.js';
import type { OrganisationKind } from '../model/organisation.js';
import type { PartnershipKind } from '../model/partnership.js';
import type { ProgrammeItemRole } from '../model/programmeItem.js';

/**
 * Every kind, level, recurrence and programme item role the model names, each with its German word.
 *
 * @example
 * ```ts
 * import type { Kind } from 'kommunal';
 *
 * const kind: Kind = 'town-twinning';
 * kind; // => 'town-twinning'
 * ```
 *
 * @category Formatting
 */
export type Kind =
  | MunicipalityKind
  | OrganisationKind
  | PartnershipKind
  | ExchangeKind
  | FundingLevel
  | MeasureKind
  | Recurrence
  | CommitteeKind
  | ProgrammeItemRole;

// One table for all kinds: where two unions share a word ('other'), German shares it too.
const LABELS: Readonly<Record<Kind, string>> = {
  municipality: 'Gemeinde',
  city: 'Stadt',
  'state-capital': 'Landeshauptstadt',
  'city-state': 'Stadtstaat',
  district: 'Landkreis',
  region: 'Region',
  authority: 'Behörde',
  ministry: 'Ministerium',
  agency: 'Einrichtung',
  association: 'Verein',
  network: 'Netzwerk',
  foundation: 'Stiftung',
  other: 'Sonstiges',
  'town-twinning': 'Städtepartnerschaft',
  friendship: 'Städtefreundschaft',
  'project-partnership': 'Projektpartnerschaft',
  // Sister Cities International's word for a US city's partnership, kept as German texts keep it.
  'sister-city': 'Städtepartnerschaft (Sister City)',
  'professional-exchange': 'Fachkräfteaustausch',
  'delegation-visit': 'Delegationsbesuch',
  conference: 'Fachkonferenz',
  'network-meeting': 'Netzwerktreffen',
  'youth-exchange': 'Jugendaustausch',
  'school-exchange': 'Schüleraustausch',
  eu: 'Europäische Union',
  federal: 'Bund',
  state: 'Land',
  municipal: 'Kommune',
  training: 'Fortbildung',
  workshop: 'Workshop',
  'steering-group': 'Steuerungsgruppe',
  'volunteer-programme': 'Ehrenamtsprogramm',
  'mission-statement': 'Leitbild',
  monitoring: 'Monitoring',
  'action-day': 'Aktionstag',
  event: 'Veranstaltung',
  counselling: 'Beratung',
  'integration-conference': 'Integrationskonferenz',
  concept: 'Integrationskonzept',
  once: 'einmalig',
  weekly: 'wöchentlich',
  monthly: 'monatlich',
  quarterly: 'vierteljährlich',
  yearly: 'jährlich',
  'council-committee': 'Ausschuss',
  'advisory-board': 'Beirat',
  'working-group': 'Arbeitsgruppe',
  greeting: 'Grußwort',
  speech: 'Rede',
  presentation: 'Vortrag',
  discussion: 'Diskussion',
  visit: 'Besuch',
};

/**
 * The German word for a kind, level, recurrence or programme item role of the model, as a German text would name it.
 * The same table is the glossary in the data-model guide.
 *
 * @param kind - Any kind the model names.
 * @returns The German word.
 * @throws {@link KommunalValidationError} for anything else (`invalid_value`), naming it.
 *
 * @example
 * ```ts
 * import { formatKind } from 'kommunal';
 *
 * formatKind('town-twinning'); // => 'Städtepartnerschaft'
 * formatKind('professional-exchange'); // => 'Fachkräfteaustausch'
 * formatKind('yearly'); // => 'jährlich'
 * formatKind('sister-city'); // => 'Städtepartnerschaft (Sister City)'
 * formatKind('youth-exchange'); // => 'Jugendaustausch'
 * formatKind('constructor' as never); // throws KommunalValidationError
 * ```
 *
 * @category Formatting
 */
export function formatKind(kind: Kind): string {
  // Own properties only: `constructor` and `__proto__` are no kinds.
  if (typeof kind !== 'string' || !Object.hasOwn(LABELS, kind)) {
    fail('invalid_value', FORMAT_MESSAGES.de.notAKind(kind));
  }
  return LABELS[kind];
}
