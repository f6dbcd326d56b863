import * as z from 'zod';
import {
  AgsSchema,
  CountryCodeSchema,
  IdSchema,
  StateCodeSchema,
  TextSchema,
  TimeZoneNameSchema,
  UrlSchema,
} from './formats.js';

/**
 * Schema of a municipality's kind: `municipality` (Gemeinde), `city` (Stadt), `state-capital`
 * (Landeshauptstadt), `city-state` (Stadtstaat such as Hamburg or Wien), `district` (Landkreis,
 * Kreis) or `region`.
 *
 * @example
 * ```ts
 * import { MunicipalityKindSchema } from 'kommunal';
 *
 * MunicipalityKindSchema.options.includes('district'); // => true
 * ```
 */
export const MunicipalityKindSchema = z.enum([
  'municipality',
  'city',
  'state-capital',
  'city-state',
  'district',
  'region',
]);

/**
 * A municipality's kind; see {@link MunicipalityKindSchema}.
 *
 * @example
 * ```ts
 * import type { MunicipalityKind } from 'kommunal';
 *
 * const kind: MunicipalityKind = 'state-capital';
 * kind; // => 'state-capital'
 * ```
 */
export type MunicipalityKind = z.infer<typeof MunicipalityKindSchema>;

/**
 * Schema of a municipality: a German Gemeinde, Stadt or Landkreis with its official key, or a
 * foreign city. `timeZone` may be left out where the country has one zone (DE, AT, FR, …).
 *
 * @example
 * ```ts
 * import { MunicipalitySchema } from 'kommunal';
 *
 * const wiesbaden = MunicipalitySchema.parse({
 *   id: 'wiesbaden',
 *   name: 'Wiesbaden',
 *   kind: 'state-capital',
 *   country: 'DE',
 *   state: 'DE-HE',
 *   ags: '06414000',
 * });
 * wiesbaden.name; // => 'Wiesbaden'
 * Object.isFrozen(wiesbaden); // => true
 * ```
 */
export const MunicipalitySchema = z
  .strictObject({
    id: IdSchema,
    name: TextSchema,
    kind: MunicipalityKindSchema,
    /** ISO 3166-1 alpha-2. */
    country: CountryCodeSchema,
    /** ISO 3166-2, e.g. `DE-HE`. */
    state: StateCodeSchema.optional(),
    /** Amtlicher Gemeindeschlüssel (8 digits), German municipalities only. */
    ags: AgsSchema.optional(),
    /** IANA zone; required where the country has several. */
    timeZone: TimeZoneNameSchema.optional(),
    population: z.int().nonnegative().optional(),
    website: UrlSchema.optional(),
    notes: TextSchema.optional(),
  })
  .readonly();

/**
 * A municipality; see {@link MunicipalitySchema}.
 *
 * @example
 * ```ts
 * import type { Municipality } from 'kommunal';
 *
 * const chicago: Municipality = { id: 'chicago', name: 'Chicago', kind: 'city', country: 'US', state: 'US-IL', timeZone: 'America/Chicago' };
 * chicago.timeZone; // => 'America/Chicago'
 * ```
 */
export type Municipality = z.infer<typeof MunicipalitySchema>;
