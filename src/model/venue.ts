import * as z from 'zod';
import { IdSchema, TextSchema } from './formats.js';

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
 */
export const VenueSchema = z
  .strictObject({
    id: IdSchema,
    name: TextSchema.optional(),
    municipalityId: IdSchema,
    streetAddress: TextSchema,
    postalCode: TextSchema,
    locality: TextSchema,
    building: TextSchema.optional(),
    floor: TextSchema.optional(),
    room: TextSchema.optional(),
  })
  .readonly();

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
 */
export type Venue = z.infer<typeof VenueSchema>;
