// The kinds of conflict, once: every type, severity, number and tie order of a kind is derived from
// this table. A kind added here without its variant (conflict.ts) and its sentences
// (src/i18n/conflicts.ts) does not compile.

/**
 * Every kind of conflict `detectConflicts` reports, with its severity, in the order that settles
 * conflicts that tie on their start and items: `error` for what cannot happen, `warning` for what
 * should be checked, `info` for what may be intended or what could not be checked. Every type about
 * kinds is derived from this table.
 *
 * @example
 * ```ts
 * import { CONFLICT_KINDS } from 'kommunal';
 *
 * CONFLICT_KINDS.filter((row) => row.severity === 'error').map((row) => row.kind); // => ['person-double-booked', 'venue-double-booked', 'outside-exchange-period']
 * ```
 *
 * @category Scheduling
 */
export const CONFLICT_KINDS = [
  { kind: 'person-double-booked', severity: 'error' },
  { kind: 'venue-double-booked', severity: 'error' },
  { kind: 'outside-exchange-period', severity: 'error' },
  { kind: 'public-holiday', severity: 'warning' },
  { kind: 'travel-time', severity: 'warning' },
  { kind: 'weekend', severity: 'info' },
  { kind: 'outside-working-hours', severity: 'info' },
  { kind: 'not-checked', severity: 'info' },
  { kind: 'truncated', severity: 'info' },
] as const satisfies readonly { readonly kind: string; readonly severity: 'error' | 'warning' | 'info' }[];

/**
 * What a conflict is about, one of the kinds `detectConflicts` reports: `person-double-booked`,
 * `venue-double-booked`, `outside-exchange-period` (`error`); `public-holiday`, `travel-time`
 * (`warning`); `weekend`, `outside-working-hours`, `not-checked`, `truncated` (`info`).
 * `not-checked` says which check could not run for which items; `truncated` ends a list cut at
 * `maxConflicts`.
 *
 * @example
 * ```ts
 * import type { ConflictKind } from 'kommunal';
 *
 * const kind: ConflictKind = 'venue-double-booked';
 * kind; // => 'venue-double-booked'
 * ```
 *
 * @category Scheduling
 */
export type ConflictKind = (typeof CONFLICT_KINDS)[number]['kind'];

/**
 * How much a conflict matters: `error`, `warning` or `info`; each kind has one.
 *
 * @example
 * ```ts
 * import type { ConflictSeverity } from 'kommunal';
 *
 * const severity: ConflictSeverity = 'warning';
 * severity; // => 'warning'
 * ```
 *
 * @category Scheduling
 */
export type ConflictSeverity = (typeof CONFLICT_KINDS)[number]['severity'];

/**
 * The severity of one kind of conflict, as {@link CONFLICT_KINDS} gives it:
 * `ConflictSeverityOf<'weekend'>` is `'info'`.
 *
 * @example
 * ```ts
 * import type { ConflictSeverityOf } from 'kommunal';
 *
 * const severity: ConflictSeverityOf<'travel-time'> = 'warning';
 * severity; // => 'warning'
 * ```
 *
 * @category Scheduling
 */
export type ConflictSeverityOf<K extends ConflictKind> = Extract<
  (typeof CONFLICT_KINDS)[number],
  { readonly kind: K }
>['severity'];

/** A kind's number while searching: its row in {@link CONFLICT_KINDS}, which is also its tie order. */
export type KindNumber = number;

// By kind, as plain objects: a lookup per conflict described.
const NUMBERS = Object.fromEntries(CONFLICT_KINDS.map((row, index) => [row.kind, index])) as Record<
  ConflictKind,
  KindNumber
>;
const SEVERITIES = Object.fromEntries(CONFLICT_KINDS.map((row) => [row.kind, row.severity])) as {
  readonly [K in ConflictKind]: ConflictSeverityOf<K>;
};

/** The number of a kind (see {@link KindNumber}). */
export function kindNumber(kind: ConflictKind): KindNumber {
  return NUMBERS[kind];
}

/** The kind with this number. */
export function kindOf(number: KindNumber): ConflictKind {
  return (CONFLICT_KINDS[number] as (typeof CONFLICT_KINDS)[number]).kind;
}

/** The severity of a kind, from the table. */
export function severityOf<K extends ConflictKind>(kind: K): ConflictSeverityOf<K> {
  return SEVERITIES[kind] as ConflictSeverityOf<K>;
}

// The numbers the search records, named once here rather than numbered by hand.
export const PERSON = kindNumber('person-double-booked');
export const VENUE = kindNumber('venue-double-booked');
export const OUTSIDE = kindNumber('outside-exchange-period');
export const HOLIDAY = kindNumber('public-holiday');
export const TRAVEL = kindNumber('travel-time');
export const WEEKEND = kindNumber('weekend');
export const HOURS = kindNumber('outside-working-hours');
