import * as z from 'zod';
import { IdSchema, TextSchema } from './formats.js';
import { PROVENANCE_FIELDS } from './provenance.js';
import { readonlyCopy } from './readonlyCopy.js';

/**
 * Schema of a venue: an address in a municipality, down to building, floor and room. A programme
 * item may name another room of the same venue.
 *
 * @example
 * ```ts
 * import { VenueSchema } from 'kommunal';
 *
 * const venue = VenueSchema.parse({
 *   id: 'konradinerallee-11',
 *   municipalityId: 'wiesbaden',
 *   streetAddress: 'Konradinerallee 11',
 *   postalCode: '65189',
 *   locality: 'Wiesbaden',
 *   building: 'Haus B',
 *   floor: '4. Stock',
 *   room: '4.161',
 * });
 * venue.room; // => '4.161'
 * ```
 *
 * @category Data model
 */
export const VenueSchema = readonlyCopy(
  z.strictObject({
    /** Unique among the venues. */
    id: IdSchema,
    /** Its name: `Rathaus`. */
    name: TextSchema.optional(),
    /** The municipality it lies in; its zone is the venue's. */
    municipalityId: IdSchema,
    /** Street and number: `Konradinerallee 11`. */
    streetAddress: TextSchema,
    /** Postal code, checked against the municipality's country: `65189`. */
    postalCode: TextSchema,
    /** The place as the address writes it: `Wiesbaden`. */
    locality: TextSchema,
    /** Building: `Haus B`. */
    building: TextSchema.optional(),
    /** Floor: `4. Stock`. */
    floor: TextSchema.optional(),
    /** Room: `4.161`. */
    room: TextSchema.optional(),
    ...PROVENANCE_FIELDS,
  }),
);

/**
 * A venue; see {@link VenueSchema}.
 *
 * @example
 * ```ts
 * import type { Venue } from 'kommunal';
 *
 * const venue: Venue = { id: 'fzm', municipalityId: 'wetzlar', streetAddress: 'Elsa-Brandström-Str. 18', postalCode: '35578', locality: 'Wetzlar' };
 * venue.locality; // => 'Wetzlar'
 * ```
 *
 * @category Data model
 * @interface
 */
export type Venue = z.infer<typeof VenueSchema>;
