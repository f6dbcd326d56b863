import { FORMAT_MESSAGES } from '../i18n/formatting.js';
import type { Person } from '../model/person.js';
import { type Entity, fieldOf, readList, readRecord, readText } from './fields.js';
import { optionOf, readFlag, readFormatOptions } from './options.js';

const PERSON: Entity = { notOne: FORMAT_MESSAGES.de.notAPerson, owner: 'person' };
const ROLE: Entity = { notOne: FORMAT_MESSAGES.de.notARole, owner: 'person' };

/**
 * Writes a person's name as German texts do, with an academic title before it:
 * `Dr. Patricia Becher`. With `withRole`, the first role follows after a comma.
 *
 * @param person - The person.
 * @param options - `withRole`: add the first role (default `false`).
 * @returns The name.
 * @throws {@link KommunalValidationError} if `person` is no object or a name part (or, with `withRole`, the first role) is no text.
 *
 * @example
 * ```ts
 * import { formatPersonName } from 'kommunal';
 *
 * const person = { id: 'p', title: 'Dr.', givenName: 'Patricia', familyName: 'Becher', roles: [{ role: 'Sozialdezernentin' }] };
 * formatPersonName(person); // => 'Dr. Patricia Becher'
 * formatPersonName(person, { withRole: true }); // => 'Dr. Patricia Becher, Sozialdezernentin'
 * ```
 *
 * @category Formatting
 */
export function formatPersonName(person: Person, options?: { readonly withRole?: boolean | undefined }): string {
  const read = readFormatOptions('formatPersonName', options);
  const withRole = readFlag('formatPersonName', 'withRole', optionOf('formatPersonName', read, 'withRole', 'de'));
  const record = readRecord(person, PERSON);
  const name = [
    readText(record, ['title'], PERSON, true),
    readText(record, ['givenName'], PERSON, false),
    readText(record, ['familyName'], PERSON, false),
  ]
    .filter((part) => part !== undefined)
    .join(' ');
  if (!withRole) return name;
  const roles = readList(record, ['roles'], PERSON);
  const first = roles === undefined ? undefined : fieldOf(roles, 0, ['roles', 0]);
  if (first === undefined) return name;
  return `${name}, ${readText(readRecord(first, ROLE, ['roles', 0]), ['roles', 0, 'role'], PERSON, false)}`;
}
