import * as z from 'zod';

/**
 * Schema of where an exchange, a meeting or a measure stands: `planned` (geplant), `confirmed`
 * (bestätigt: date and place are fixed), `held` (hat stattgefunden) or `cancelled` (abgesagt).
 * Left out, the sources do not say.
 *
 * @example
 * ```ts
 * import { EventStatusSchema } from 'kommunal';
 *
 * EventStatusSchema.options; // => ['planned', 'confirmed', 'held', 'cancelled']
 * EventStatusSchema.safeParse('postponed').success; // => false
 * ```
 *
 * @category Data model
 */
export const EventStatusSchema = z.enum(['planned', 'confirmed', 'held', 'cancelled']);

/**
 * Where an event stands; see {@link EventStatusSchema}.
 *
 * @example
 * ```ts
 * import type { EventStatus } from 'kommunal';
 *
 * const status: EventStatus = 'held';
 * status; // => 'held'
 * ```
 *
 * @category Data model
 * @useDeclaredType
 */
export type EventStatus = z.infer<typeof EventStatusSchema>;
