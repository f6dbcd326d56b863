import * as z from 'zod';
import { EmailSchema, IdSchema, PartialDateSchema, TextSchema } from './formats.js';
import { PROVENANCE_FIELDS } from './provenance.js';
import { readonlyCopy } from './readonlyCopy.js';

/**
 * Schema of a role a person holds (Sozialdezernentin, Leiterin des Amtes für Soziale Arbeit),
 * optionally in an organisation and for a time.
 *
 * @example
 * ```ts
 * import { RoleSchema } from 'kommunal';
 *
 * RoleSchema.parse({ role: 'Sozialdezernentin', organisationId: 'wiesbaden-dezernat-vi' }).role; // => 'Sozialdezernentin'
 * RoleSchema.parse({ role: 'Integrationsbeauftragte', startDate: '2014' }).startDate; // => '2014'
 * ```
 *
 * @category Data model
 */
export const RoleSchema = readonlyCopy(
  z.strictObject({
    /** The role as written: `Sozialdezernentin`. */
    role: TextSchema,
    /** The organisation in which the person holds it. */
    organisationId: IdSchema.optional(),
    /** First day in the role, included: `YYYY-MM-DD`, or `YYYY-MM` or `YYYY` at the precision known. */
    startDate: PartialDateSchema.optional(),
    /** Last day in the role, included, at any precision like `startDate`. */
    endDate: PartialDateSchema.optional(),
  }),
);

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
 *
 * @category Data model
 * @interface
 */
export type Role = z.infer<typeof RoleSchema>;

/**
 * Schema of how a person is addressed in German: `Frau` or `Herr`, as „Sehr geehrte Frau Dr.
 * Becher“ writes it.
 *
 * @example
 * ```ts
 * import { SalutationSchema } from 'kommunal';
 *
 * SalutationSchema.safeParse('Frau').success; // => true
 * SalutationSchema.safeParse('Fräulein').success; // => false
 * ```
 *
 * @category Data model
 */
export const SalutationSchema = z.enum(['Frau', 'Herr']);

/**
 * How a person is addressed; see {@link SalutationSchema}.
 *
 * @example
 * ```ts
 * import type { Salutation } from 'kommunal';
 *
 * const salutation: Salutation = 'Herr';
 * salutation; // => 'Herr'
 * ```
 *
 * @category Data model
 * @useDeclaredType
 */
export type Salutation = z.infer<typeof SalutationSchema>;

/**
 * Schema of a person taking part in exchanges and measures. `title` is an academic title such as
 * `Dr.`, written before the name.
 *
 * @example
 * ```ts
 * import { PersonSchema } from 'kommunal';
 *
 * PersonSchema.parse({ id: 'becher', givenName: 'Patricia', familyName: 'Becher', title: 'Dr.', salutation: 'Frau' }).title; // => 'Dr.'
 * ```
 *
 * @category Data model
 */
export const PersonSchema = readonlyCopy(
  z.strictObject({
    /** Unique among the persons. */
    id: IdSchema,
    /** Given name: `Patricia`. */
    givenName: TextSchema,
    /** Family name: `Becher`. */
    familyName: TextSchema,
    /** Academic title written before the name: `Dr.`, `Prof. Dr.`. */
    title: TextSchema.optional(),
    /**
     * How the person is addressed, as the sources say it: `Frau` or `Herr`. Left out, kommunal
     * addresses the person by full name („Guten Tag Kim Becher“); it never guesses it from the
     * given name.
     */
    salutation: SalutationSchema.optional(),
    /** The roles the person holds or held. */
    roles: readonlyCopy(z.array(RoleSchema)).optional(),
    /** E-mail address. */
    email: EmailSchema.optional(),
    /** Telephone number, as written. */
    phone: TextSchema.optional(),
    ...PROVENANCE_FIELDS,
  }),
);

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
 *
 * @category Data model
 * @interface
 */
export type Person = z.infer<typeof PersonSchema>;
