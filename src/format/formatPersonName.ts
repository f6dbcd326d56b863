import type { Person } from '../model/person.js';

/**
 * Writes a person's name as German texts do, with an academic title before it:
 * `Dr. Patricia Becher`. With `withRole`, the first role follows after a comma.
 *
 * @param person - The person.
 * @param options - `withRole`: add the first role (default `false`).
 * @returns The name.
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
export function formatPersonName(person: Person, options: { readonly withRole?: boolean | undefined } = {}): string {
  const name = [person.title, person.givenName, person.familyName].filter((part) => part !== undefined).join(' ');
  const role = person.roles?.[0]?.role;
  return options.withRole === true && role !== undefined ? `${name}, ${role}` : name;
}
