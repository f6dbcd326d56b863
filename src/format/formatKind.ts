import { fail } from '../errors/KommunalValidationError.js';
import { FORMAT_MESSAGES } from '../i18n/formatting.js';
import type { ExchangeKind } from '../model/exchange.js';
import type { FundingLevel } from '../model/funding.js';
import type { MeasureKind, Recurrence } from '../model/measure.js';
import type { MunicipalityKind } from '../model/municipality.js';
import type { OrganisationKind } from '../model/organisation.js';
import type { PartnershipKind } from '../model/partnership.js';

/**
 * Every kind, level and recurrence the model names, each with its German word.
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
  | Recurrence;

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
  'professional-exchange': 'Fachkräfteaustausch',
  'delegation-visit': 'Delegationsbesuch',
  conference: 'Fachkonferenz',
  'network-meeting': 'Netzwerktreffen',
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
  once: 'einmalig',
  weekly: 'wöchentlich',
  monthly: 'monatlich',
  quarterly: 'vierteljährlich',
  yearly: 'jährlich',
};

/**
 * The German word for a kind, level or recurrence of the model, as a German text would name it.
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
