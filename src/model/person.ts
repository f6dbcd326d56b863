import * as z from 'zod';
import { EmailSchema, IdSchema, IsoDateSchema, TextSchema } from './formats.js';

/**
 * Schema of a role a person holds (Sozialdezernentin, Leiterin des Amtes für Soziale Arbeit),
 * optionally in an organisation and for a time.
 *
 * @example
 * ```ts
 * import { RoleSchema } from 'kommunal';
 *
 * RoleSchema.parse({ role: 'Sozialdezernentin', organisationId: 'wiesbaden-dezernat-vi' }).role; // => 'Sozialdezernentin'
 * ```
 */
export const RoleSchema = z
  .strictObject({
    role: TextSchema,
    organisationId: IdSchema.optional(),
    startDate: IsoDateSchema.optional(),
    endDate: IsoDateSchema.optional(),
  })
  .readonly();

/**
 * A role; see {@link RoleSchema}.
 *
 * @example
 * ```ts
 * import type { Role } from 'kommunal';
 *
 * const role: Role = { role: 'WIR-Koordinatorin', startDate: '2014-03-01' };
 * role.startDate; // => '2014-03-01'
 * ```
 */
export type Role = z.infer<typeof RoleSchema>;

/**
 * Schema of a person taking part in exchanges and measures. `title` is an academic title such as
 * `Dr.`, written before the name.
 *
 * @example
 * ```ts
 * import { PersonSchema } from 'kommunal';
 *
 * PersonSchema.parse({ id: 'becher', givenName: 'Patricia', familyName: 'Becher', title: 'Dr.' }).title; // => 'Dr.'
 * ```
 */
export const PersonSchema = z
  .strictObject({
    id: IdSchema,
    givenName: TextSchema,
    familyName: TextSchema,
    title: TextSchema.optional(),
    roles: z.array(RoleSchema).readonly().optional(),
    email: EmailSchema.optional(),
    phone: TextSchema.optional(),
  })
  .readonly();

/**
 * A person; see {@link PersonSchema}.
 *
 * @example
 * ```ts
 * import type { Person } from 'kommunal';
 *
 * const leonhard: Person = { id: 'leonhard', givenName: 'Melanie', familyName: 'Leonhard', title: 'Dr.', roles: [{ role: 'Senatorin' }] };
 * `${leonhard.title} ${leonhard.givenName} ${leonhard.familyName}`; // => 'Dr. Melanie Leonhard'
 * ```
 */
export type Person = z.infer<typeof PersonSchema>;
