import { failOption } from '../errors/options.js';
import { FORMAT_MESSAGES } from '../i18n/formatting.js';
import { OPTION_MESSAGES } from '../i18n/options.js';
import type { Venue } from '../model/venue.js';
import { type Entity, readRecord, readText } from './fields.js';
import { optionOf, readFormatOptions } from './options.js';

const VENUE: Entity = { notOne: FORMAT_MESSAGES.de.notAVenue, owner: 'venue' };

/**
 * Options for {@link formatVenue}.
 *
 * @example
 * ```ts
 * import type { FormatVenueOptions } from 'kommunal';
 *
 * const options: FormatVenueOptions = { room: '4.161' };
 * options.room; // => '4.161'
 * ```
 *
 * @category Formatting
 */
export interface FormatVenueOptions {
  /** A room that overrides the venue's own (a programme item's `room`). */
  readonly room?: string | undefined;
}

/**
 * Writes a venue as invitations name a place, from the smallest part to the town:
 * `Raum 4.161, Haus B, 4. Stock, Konradinerallee 11, 65189 Wiesbaden`. A room that is only a
 * number or code gets the word „Raum“; a named room („Ratssaal“) stands as it is.
 *
 * @param venue - The venue.
 * @param options - `room`: a room other than the venue's own.
 * @returns One line, parts separated by commas.
 * @throws {@link KommunalValidationError} if `venue` is no object, a part of its address is no text, or `room` is no text.
 *
 * @example
 * ```ts
 * import { formatVenue } from 'kommunal';
 *
 * const venue = {
 *   id: 'v',
 *   municipalityId: 'wiesbaden',
 *   streetAddress: 'Konradinerallee 11',
 *   postalCode: '65189',
 *   locality: 'Wiesbaden',
 *   building: 'Haus B',
 *   floor: '4. Stock',
 *   room: '4.161',
 * };
 * formatVenue(venue); // => 'Raum 4.161, Haus B, 4. Stock, Konradinerallee 11, 65189 Wiesbaden'
 * formatVenue(venue, { room: 'Ratssaal' }); // => 'Ratssaal, Haus B, 4. Stock, Konradinerallee 11, 65189 Wiesbaden'
 * ```
 *
 * @category Formatting
 */
export function formatVenue(venue: Venue, options?: FormatVenueOptions): string {
  const given = optionOf('formatVenue', readFormatOptions('formatVenue', options), 'room', 'de');
  if (given !== undefined && typeof given !== 'string')
    failOption('formatVenue', 'room', given, OPTION_MESSAGES.de.aText, 'de');
  const record = readRecord(venue, VENUE);
  const text = (field: string, optional: boolean) => readText(record, [field], VENUE, optional);
  const own = text('room', true);
  const room = given ?? own;
  const parts = [
    room === undefined ? undefined : /^[\d.\s-]+[A-Za-z]?$/.test(room) ? `Raum ${room}` : room,
    text('name', true),
    text('building', true),
    text('floor', true),
    text('streetAddress', false),
    `${text('postalCode', false)} ${text('locality', false)}`,
  ];
  return parts.filter((part) => part !== undefined && part !== '').join(', ');
}
