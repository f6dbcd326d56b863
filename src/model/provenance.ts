import * as z from 'zod';
import { PartialDateSchema, TextSchema, UrlSchema } from './formats.js';
import { readonlyCopy } from './readonlyCopy.js';

/**
 * Schema of a source a fact was read in: a press release, a web page, a council decision. `title`
 * is required, since every source has one; `publisher`, `date` and `url` may be unknown and are
 * left out then rather than guessed. `date` is a year, a month or a day (`2024`, `2024-02`,
 * `2024-02-15`), as the source gives it.
 *
 * @example
 * ```ts
 * import { SourceSchema } from 'kommunal';
 *
 * const release = SourceSchema.parse({
 *   title: 'Fachkräfteaustausch mit Wien',
 *   publisher: 'Landeshauptstadt Wiesbaden',
 *   date: '2024-04',
 *   url: 'https://www.wiesbaden.de/',
 * });
 * release.date; // => '2024-04'
 * SourceSchema.safeParse({ title: 'Pressemitteilung' }).success; // => true
 * SourceSchema.safeParse({ publisher: 'Stadt Wetzlar' }).success; // => false
 * ```
 *
 * @category Data model
 */
export const SourceSchema = readonlyCopy(
  z.strictObject({
    /** Its title as the source gives it: `Fachkräfteaustausch mit Wien`. */
    title: TextSchema,
    /** Who published it: `Landeshauptstadt Wiesbaden`. */
    publisher: TextSchema.optional(),
    /** When it was published: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
    date: PartialDateSchema.optional(),
    /** Where it can be read. */
    url: UrlSchema.optional(),
  }),
);

/**
 * A source; see {@link SourceSchema}.
 *
 * @example
 * ```ts
 * import type { Source } from 'kommunal';
 *
 * const source: Source = { title: 'Bundesnetzwerktreffen der Welcome Center', date: '2023' };
 * source.title; // => 'Bundesnetzwerktreffen der Welcome Center'
 * ```
 *
 * @category Data model
 * @interface
 */
export type Source = z.infer<typeof SourceSchema>;

/**
 * A path to a field of an entity, for `assumed`: field names and list indexes joined by dots,
 * `startDate`, `attendance.participants`, `programme.0.venueId`. It begins with a field name; an
 * index is a whole number without leading zeros.
 */
const FieldPathSchema = z.stringFormat(
  'field-path',
  /^[A-Za-z][A-Za-z0-9]*(?:\.(?:[A-Za-z][A-Za-z0-9]*|0|[1-9][0-9]*))*$/,
);

/**
 * The fields every entity takes for where its facts come from. Spread into each entity's schema,
 * so that the two fields are declared once.
 */
export const PROVENANCE_FIELDS = {
  /** Where its facts were read: press releases, web pages, decisions. */
  sources: readonlyCopy(z.array(SourceSchema)).optional(),
  /**
   * The fields whose values a data steward inferred rather than read in a source, as paths:
   * `startDate`, `programme.0.venueId`. Each must name a field the entity has.
   */
  assumed: readonlyCopy(z.array(FieldPathSchema)).optional(),
};
