import * as z from 'zod';
import { DayOrWallClockTimeSchema, IdListSchema, IdSchema, TextSchema, WallClockTimeSchema } from './formats.js';
import { readonlyCopy } from './readonlyCopy.js';

/**
 * Schema of what a programme item is: `greeting` (Grußwort), `speech` (Rede), `presentation`
 * (Vortrag), `discussion` (Diskussion), `workshop`, `visit` (Besuch, e.g. of an office) or `other`.
 *
 * @example
 * ```ts
 * import { ProgrammeItemRoleSchema } from 'kommunal';
 *
 * ProgrammeItemRoleSchema.parse('greeting'); // => 'greeting'
 * ProgrammeItemRoleSchema.safeParse('grusswort').success; // => false
 * ```
 *
 * @category Data model
 */
export const ProgrammeItemRoleSchema = z.enum([
  'greeting',
  'speech',
  'presentation',
  'discussion',
  'workshop',
  'visit',
  'other',
]);

/**
 * What a programme item is; see {@link ProgrammeItemRoleSchema}.
 *
 * @example
 * ```ts
 * import type { ProgrammeItemRole } from 'kommunal';
 *
 * const role: ProgrammeItemRole = 'visit';
 * role; // => 'visit'
 * ```
 *
 * @category Data model
 * @useDeclaredType
 */
export type ProgrammeItemRole = z.infer<typeof ProgrammeItemRoleSchema>;

/**
 * Schema of one item of an exchange's programme or a measure's sessions. `start` and `end` are
 * wall-clock times (`2024-04-15T09:00`) in the zone of the venue's municipality, else of the host
 * (exchanges) or of the responsible organisation's municipality (measures); an explicit offset is
 * also accepted. `endApproximate` marks an end the text gives as „gegen 10 Uhr“. `role` says what
 * the item is (a greeting, a visit …) and `contributorIds` the municipalities or organisations that
 * give it or are visited.
 *
 * Where the sources name no time, `start` is the day alone (`2024-04-15`), or left out where they
 * name no day either; `end` then stays out (parseDataset reports an end after a start without a
 * time, code `invalid_time`). {@link scheduleOf} leaves such items out of the schedule and lists
 * them in its result's `skipped`.
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
 * ProgrammeItemSchema.parse({ id: 'empfang', title: 'Empfang im Rathaus', start: '2024-04-16' }).start; // => '2024-04-16'
 * ProgrammeItemSchema.parse({ id: 'besuch', title: 'Besuch einer Beratungsstelle' }).start; // => undefined
 * ```
 *
 * @category Data model
 */
export const ProgrammeItemSchema = readonlyCopy(
  z.strictObject({
    /** Unique within its exchange or measure. */
    id: IdSchema,
    /** What happens: `Begrüßung`. */
    title: TextSchema,
    /**
     * Wall-clock time `YYYY-MM-DDTHH:mm` in the place's zone, or with an offset; the day
     * `YYYY-MM-DD` alone where no time is known; left out where not even the day is.
     */
    start: DayOrWallClockTimeSchema.optional(),
    /**
     * Wall-clock time like `start`, not before it; only after a `start` with a time. Without it the
     * item lasts a default duration.
     */
    end: WallClockTimeSchema.optional(),
    /** The end is an estimate („gegen 10 Uhr“). */
    endApproximate: z.boolean().optional(),
    /** Where it takes place; its municipality gives the time zone. */
    venueId: IdSchema.optional(),
    /** The room, if other than the venue's. */
    room: TextSchema.optional(),
    /** Who takes part; conflict detection books them. */
    personIds: IdListSchema.optional(),
    /** What happens, in a few sentences. */
    description: TextSchema.optional(),
    /** What the item is: greeting, speech, presentation, discussion, workshop, visit or other. */
    role: ProgrammeItemRoleSchema.optional(),
    /** The municipalities or organisations that give the item, or are visited in it. */
    contributorIds: IdListSchema.optional(),
  }),
);

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
 *
 * @category Data model
 * @interface
 */
export type ProgrammeItem = z.infer<typeof ProgrammeItemSchema>;
