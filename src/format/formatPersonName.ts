import { failOption } from '../errors/options.js';
import { FORMAT_MESSAGES } from '../i18n/formatting.js';
import { OPTION_MESSAGES } from '../i18n/options.js';
import { PERSON_MESSAGES } from '../i18n/persons.js';
import type { Organisation } from '../model/organisation.js';
import type { Person } from '../model/person.js';
import { MAX_LIST_LENGTH } from '../model/readonlyCopy.js';
import { isArray } from '../time/quote.js';
import { type Entity, fieldOf, readList, readRecord, readText } from './fields.js';
import { optionOf, readFlag, readFormatOptions } from './options.js';
import { organisationGenitive } from './organisationGenitive.js';

const FN = 'formatPersonName';
const PERSON: Entity = { notOne: FORMAT_MESSAGES.de.notAPerson, owner: 'person' };
const ROLE: Entity = { notOne: FORMAT_MESSAGES.de.notARole, owner: 'person' };

/**
 * What {@link formatPersonName} reads of an organisation: its name, its acronym, and its id to
 * match a role's `organisationId`. Every {@link Organisation} is one.
 *
 * @example
 * ```ts
 * import { formatPersonName, type OrganisationName } from 'kommunal';
 *
 * const office: OrganisationName = { name: 'Amt für Soziale Arbeit' };
 * formatPersonName({ id: 'l', givenName: 'Daniela', familyName: 'Leß', roles: [{ role: 'Leiterin' }] }, { withRole: true, organisation: office }); // => 'Daniela Leß, Leiterin des Amtes für Soziale Arbeit'
 * ```
 *
 * @category Formatting
 */
export type OrganisationName = Pick<Organisation, 'name'> & Partial<Pick<Organisation, 'id' | 'acronym'>>;

/**
 * Options for {@link formatPersonName}.
 *
 * @example
 * ```ts
 * import { type FormatPersonNameOptions, formatPersonName } from 'kommunal';
 *
 * const options: FormatPersonNameOptions = { withRole: true, organisation: 'der Landeshauptstadt Wiesbaden' };
 * formatPersonName({ id: 'b', givenName: 'Patricia', familyName: 'Becher', roles: [{ role: 'Sozialdezernentin' }] }, options); // => 'Patricia Becher, Sozialdezernentin der Landeshauptstadt Wiesbaden'
 * ```
 *
 * @category Formatting
 */
export interface FormatPersonNameOptions {
  /** Add the first role after a comma (default `false`). */
  readonly withRole?: boolean | undefined;
  /**
   * With `withRole`, the organisation the role is held in, written after it in the genitive:
   * an organisation (its acronym where it has one: „Leiter des ZEFAS“), the list of a dataset's
   * organisations (the one the role's `organisationId` names is taken), or a text written as it
   * is („des Amtes für Soziale Arbeit“). kommunal takes the article from the gender of the name's
   * head noun (Zentrum, Amt, Stelle, Verein, …); where it does not know the noun, the organisation
   * follows after a comma instead („Leiter, Welcome Center Sachsen“).
   */
  readonly organisation?: OrganisationName | readonly OrganisationName[] | string | undefined;
}

/**
 * Writes a person's name as German texts do, with an academic title before it:
 * `Dr. Patricia Becher`. With `withRole`, the first role follows after a comma, and with
 * `organisation` the organisation it is held in: `Dr. Matthias Geißler, Leiter des ZEFAS`.
 *
 * @param person - The person.
 * @param options - `withRole`: add the first role (default `false`); `organisation`: the role's organisation, see {@link FormatPersonNameOptions}.
 * @returns The name.
 * @throws {@link KommunalValidationError} if `person` is no object, a name part (or, with `withRole`, the first role) is no text, or `organisation` is none of the forms it takes.
 *
 * @example
 * ```ts
 * import { formatPersonName } from 'kommunal';
 *
 * const person = { id: 'p', title: 'Dr.', givenName: 'Patricia', familyName: 'Becher', roles: [{ role: 'Sozialdezernentin' }] };
 * formatPersonName(person); // => 'Dr. Patricia Becher'
 * formatPersonName(person, { withRole: true }); // => 'Dr. Patricia Becher, Sozialdezernentin'
 *
 * const zefas = { id: 'zefas', name: 'Zentrum für Fachkräftesicherung und Gute Arbeit', acronym: 'ZEFAS', kind: 'agency' } as const;
 * const geissler = { id: 'g', title: 'Dr.', givenName: 'Matthias', familyName: 'Geißler', roles: [{ role: 'Leiter', organisationId: 'zefas' }] };
 * formatPersonName(geissler, { withRole: true, organisation: zefas }); // => 'Dr. Matthias Geißler, Leiter des ZEFAS'
 * formatPersonName(geissler, { withRole: true, organisation: [zefas] }); // => 'Dr. Matthias Geißler, Leiter des ZEFAS'
 * ```
 *
 * @category Formatting
 */
export function formatPersonName(person: Person, options?: FormatPersonNameOptions): string {
  const read = readFormatOptions(FN, options);
  const withRole = readFlag(FN, 'withRole', optionOf(FN, read, 'withRole', 'de'));
  const organisation = readOrganisationOption(optionOf(FN, read, 'organisation', 'de'));
  const name = fullName(person);
  if (!withRole) return name;
  const record = readRecord(person, PERSON);
  const roles = readList(record, ['roles'], PERSON);
  const first = roles === undefined ? undefined : fieldOf(roles, 0, ['roles', 0]);
  if (first === undefined) return name;
  const roleRecord = readRecord(first, ROLE, ['roles', 0]);
  const role = readText(roleRecord, ['roles', 0, 'role'], PERSON, false);
  const held = heldIn(organisation, roleRecord);
  if (held === undefined) return `${name}, ${role}`;
  if (typeof held === 'string') return `${name}, ${role} ${held}`;
  const genitive = organisationGenitive(held.name, held.acronym);
  return genitive === undefined ? `${name}, ${role}, ${held.acronym ?? held.name}` : `${name}, ${role} ${genitive}`;
}

/** A person's title and names, as {@link formatPersonName} writes them without a role. */
export function fullName(person: unknown): string {
  const record = readRecord(person, PERSON);
  return [
    readText(record, ['title'], PERSON, true),
    readText(record, ['givenName'], PERSON, false),
    readText(record, ['familyName'], PERSON, false),
  ]
    .filter((part) => part !== undefined)
    .join(' ');
}

/** An organisation as read from the option: its name, acronym and id, all checked. */
interface ReadOrganisation {
  readonly id: string | undefined;
  readonly name: string;
  readonly acronym: string | undefined;
}

type OrganisationOption = undefined | string | ReadOrganisation | readonly ReadOrganisation[];

/** The `organisation` option, read and checked once: a text, an organisation or a list of them. */
function readOrganisationOption(value: unknown): OrganisationOption {
  if (value === undefined || typeof value === 'string') return value;
  if (isArray(value)) {
    // Read as an option, so that a Proxy whose trap throws is an error naming the option.
    const length = Number(optionOf(FN, value, 'length', 'de', 'organisation'));
    // A list as long as a dataset's may be: a Proxy could claim any length, Infinity included.
    if (!(length <= MAX_LIST_LENGTH)) {
      return failOption(FN, 'organisation', value, PERSON_MESSAGES.de.aShortList(MAX_LIST_LENGTH), 'de');
    }
    const list: ReadOrganisation[] = [];
    for (let index = 0; index < length; index += 1) {
      list.push(
        readOrganisation(optionOf(FN, value, String(index), 'de', `organisation[${index}]`), `organisation[${index}]`),
      );
    }
    return list;
  }
  return readOrganisation(value, 'organisation');
}

function readOrganisation(value: unknown, label: string): ReadOrganisation {
  if (typeof value !== 'object' || value === null || isArray(value)) {
    return failOption(FN, label, value, PERSON_MESSAGES.de.anOrganisation, 'de');
  }
  const text = (field: string, optional: boolean): string | undefined => {
    const found = optionOf(FN, value, field, 'de', `${label}.${field}`);
    if (typeof found === 'string' || (optional && found === undefined)) return found;
    return failOption(FN, `${label}.${field}`, found, OPTION_MESSAGES.de.aText, 'de');
  };
  return { id: text('id', true), name: text('name', false) ?? '', acronym: text('acronym', true) };
}

/** The organisation a role is held in, from the option: a list is searched for the role's `organisationId`. */
function heldIn(option: OrganisationOption, role: object): string | ReadOrganisation | undefined {
  if (option === undefined || typeof option === 'string' || !isArray(option)) return option;
  const id = fieldOf(role, 'organisationId', ['roles', 0, 'organisationId']);
  if (typeof id !== 'string') return undefined;
  return option.find((organisation) => organisation.id === id);
}
