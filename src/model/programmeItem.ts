import * as z from 'zod';
import { IdListSchema, IdSchema, TextSchema, WallClockTimeSchema } from './formats.js';

/**
 * Schema of one item of an exchange's programme or a measure's sessions. `start` and `end` are
 * wall-clock times (`2024-04-15T09:00`) in the zone of the venue's municipality, else of the host
 * (exchanges) or of the responsible organisation's municipality (measures); an explicit offset is
 * also accepted. `endApproximate` marks an end the text gives as „gegen 10 Uhr“.
 *
 * @example
 * ```ts
 * import { ProgrammeItemSchema } from 'kommunal';
 *
 * const welcome = ProgrammeItemSchema.parse({
 *   id: 'begruessung',
 *   title: 'Begrüßung',
 *   start: '2024-04-15T09:00',
 *   end: '2024-04-15T10:00',
 *   endApproximate: true,
 * });
 * welcome.endApproximate; // => true
 * ProgrammeItemSchema.safeParse({ id: 'x', title: 'x', start: '15.04.2024 9 Uhr' }).success; // => false
 * ```
 */
export const ProgrammeItemSchema = z
  .strictObject({
    id: IdSchema,
    title: TextSchema,
    start: WallClockTimeSchema,
    end: WallClockTimeSchema.optional(),
    endApproximate: z.boolean().optional(),
    venueId: IdSchema.optional(),
    room: TextSchema.optional(),
    personIds: IdListSchema.optional(),
    description: TextSchema.optional(),
  })
  .readonly();

/**
 * A programme item or session; see {@link ProgrammeItemSchema}.
 *
 * @example
 * ```ts
 * import type { ProgrammeItem } from 'kommunal';
 *
 * const item: ProgrammeItem = { id: 'grussworte', title: 'Grußworte', start: '2023-09-20T10:00', personIds: ['dulig'] };
 * item.personIds?.length; // => 1
 * ```
 */
export type ProgrammeItem = z.infer<typeof ProgrammeItemSchema>;
