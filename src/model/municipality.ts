import * as z from 'zod';
import {
  AgsSchema,
  ArsSchema,
  CountryCodeSchema,
  IdSchema,
  StateCodeSchema,
  TextSchema,
  TimeZoneNameSchema,
  UrlSchema,
} from './formats.js';
import { HOLIDAY_DATE_PATTERN } from './patterns.js';
import { PROVENANCE_FIELDS } from './provenance.js';
import { readonlyCopy } from './readonlyCopy.js';

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
 *
 * @category Data model
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
 *
 * @category Data model
 * @useDeclaredType
 */
export type MunicipalityKind = z.infer<typeof MunicipalityKindSchema>;

/**
 * Schema of a holiday a municipality keeps beyond its Land's: `date` is `MM-DD` for every year or
 * `YYYY-MM-DD` for one year. The Augsburger Friedensfest (8 August) is one; so is Mariä
 * Himmelfahrt in Bavaria's municipalities with a Catholic majority.
 *
 * @example
 * ```ts
 * import { LocalHolidaySchema } from 'kommunal';
 *
 * LocalHolidaySchema.parse({ date: '08-08', name: 'Augsburger Friedensfest' }).date; // => '08-08'
 * LocalHolidaySchema.safeParse({ date: '8. August', name: 'Friedensfest' }).success; // => false
 * ```
 *
 * @category Data model
 */
export const LocalHolidaySchema = readonlyCopy(
  z.strictObject({
    /** `MM-DD` for every year, `YYYY-MM-DD` for one year only. */
    date: z.stringFormat('holiday-date', HOLIDAY_DATE_PATTERN),
    /** Its name, such as `Augsburger Friedensfest`. */
    name: TextSchema,
  }),
);

/**
 * A local holiday; see {@link LocalHolidaySchema}.
 *
 * @example
 * ```ts
 * import type { LocalHoliday } from 'kommunal';
 *
 * const feast: LocalHoliday = { date: '08-15', name: 'Mariä Himmelfahrt' };
 * feast.name; // => 'Mariä Himmelfahrt'
 * ```
 *
 * @category Data model
 * @interface
 */
export type LocalHoliday = z.infer<typeof LocalHolidaySchema>;

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
 *
 * // A Landkreis has its five-digit Kreisschlüssel; a Gemeinde may give its Regionalschlüssel too.
 * MunicipalitySchema.parse({ id: 'wetterau', name: 'Wetteraukreis', kind: 'district', country: 'DE', ags: '06440' }).ags; // => '06440'
 * MunicipalitySchema.parse({ id: 'wetzlar', name: 'Wetzlar', kind: 'city', country: 'DE', ags: '06532023', ars: '065320023023' }).ars; // => '065320023023'
 * ```
 *
 * @category Data model
 */
export const MunicipalitySchema = readonlyCopy(
  z.strictObject({
    /** Unique among the municipalities; other entities name it by this. */
    id: IdSchema,
    /** Its name as the municipality writes it: `Wiesbaden`, `Frankfurt am Main`. */
    name: TextSchema,
    /** Gemeinde, Stadt, Landeshauptstadt, Stadtstaat, Landkreis or region. */
    kind: MunicipalityKindSchema,
    /** ISO 3166-1 alpha-2. */
    country: CountryCodeSchema,
    /** ISO 3166-2, e.g. `DE-HE`. */
    state: StateCodeSchema.optional(),
    /**
     * Official key, German municipalities only: the Amtlicher Gemeindeschlüssel (8 digits) of a
     * Gemeinde or Stadt, the Kreisschlüssel (5 digits) of a `district`; a `region` or `city-state`
     * may have the key of any level (Land 2 digits, Regierungsbezirk 3).
     */
    ags: AgsSchema.optional(),
    /** Amtlicher Regionalschlüssel (12 digits) of a German Gemeinde: it says the Gemeindeverband (Amt, Verbandsgemeinde, Samtgemeinde) too. */
    ars: ArsSchema.optional(),
    /** IANA zone; required where the country has several. */
    timeZone: TimeZoneNameSchema.optional(),
    /** Holidays it keeps beyond its Land's; conflict detection warns about them too. */
    holidays: readonlyCopy(z.array(LocalHolidaySchema)).optional(),
    /**
     * Names of local public holidays of its Land that do not hold there, though kommunal cannot tell
     * (`['Fronleichnam']` for a part of Bautzen whose Ortsteil does not keep it): conflict detection
     * and free slots then leave them out.
     */
    holidaysNotKept: readonlyCopy(z.array(TextSchema)).optional(),
    /** Number of inhabitants. */
    population: z.int().nonnegative().optional(),
    /** Its official website. */
    website: UrlSchema.optional(),
    /** What the sources leave open, or an assumption made. */
    notes: TextSchema.optional(),
    ...PROVENANCE_FIELDS,
  }),
);

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
 *
 * @category Data model
 * @interface
 */
export type Municipality = z.infer<typeof MunicipalitySchema>;
