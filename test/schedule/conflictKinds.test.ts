// The kinds of conflict come from one table (CONFLICT_KINDS): every type about kinds is derived
// from it, and a kind without its variant or its sentences does not compile. The type assertions
// here are checked by `tsc -p tsconfig.json`; the rest runs.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { CONFLICT_MESSAGES, type ConflictSentences } from '../../src/i18n/conflicts.js';
import {
  CONFLICT_KINDS,
  type Conflict,
  type ConflictKind,
  type ConflictSeverity,
  type ConflictSeverityOf,
  detectConflicts,
} from '../../src/index.js';
import type { ConflictOf, FactsOf } from '../../src/schedule/conflicts/conflict.js';

describe('the kinds of conflict', () => {
  it('derives every type about kinds from the one table', () => {
    expectTypeOf<ConflictKind>().toEqualTypeOf<(typeof CONFLICT_KINDS)[number]['kind']>();
    expectTypeOf<Conflict['kind']>().toEqualTypeOf<ConflictKind>();
    expectTypeOf<ConflictSeverity>().toEqualTypeOf<'error' | 'warning' | 'info'>();
    expectTypeOf<ConflictSeverityOf<'travel-time'>>().toEqualTypeOf<'warning'>();
    expectTypeOf<ConflictOf<'weekend'>['severity']>().toEqualTypeOf<'info'>();
    // One sentence per kind, and no more than the words they share.
    expectTypeOf<Exclude<keyof ConflictSentences, ConflictKind>>().toEqualTypeOf<'hours' | 'item'>();
    expect(CONFLICT_KINDS.map((row) => row.kind)).toEqual(
      Object.keys(CONFLICT_MESSAGES.de).slice(0, CONFLICT_KINDS.length),
    );
  });

  it('makes a kind without its sentence or its variant a compile error', () => {
    const { weekend: _, ...withoutWeekend } = CONFLICT_MESSAGES.de;
    // @ts-expect-error: a catalogue that lacks the sentence of one kind does not type-check.
    const missing: ConflictSentences = withoutWeekend;
    expect(Object.keys(missing)).not.toContain('weekend');

    // A table with one more kind than the variants know: its variant is missing.
    type Widened = ConflictKind | 'double-parked';
    // @ts-expect-error: 'double-parked' has no variant in the union.
    type Unknown = ConflictOf<Widened>;
    expectTypeOf<Unknown>().not.toBeNever();
  });

  it('gives every kind its severity and its place in the order ties are settled in', () => {
    expect(CONFLICT_KINDS.map((row) => `${row.severity} ${row.kind}`)).toEqual([
      'error person-double-booked',
      'error venue-double-booked',
      'error outside-exchange-period',
      'warning public-holiday',
      'warning travel-time',
      'info weekend',
      'info outside-working-hours',
      'info not-checked',
      'info truncated',
    ]);
    const severities = new Map<string, string>(CONFLICT_KINDS.map((row) => [row.kind, row.severity]));
    const conflicts = detectConflicts(
      [
        { id: 'a', start: '2024-06-16T09:00+02:00', end: '2024-06-16T10:00+02:00', personIds: ['p'] },
        { id: 'b', start: '2024-06-16T09:30+02:00', end: '2024-06-16T10:30+02:00', personIds: ['p'] },
      ],
      { workingHours: { start: '08:00', end: '09:45' } },
    );
    expect(conflicts.length).toBeGreaterThan(3);
    for (const conflict of conflicts) expect(conflict.severity).toBe(severities.get(conflict.kind));
  });

  it('writes the sentence of a variant from its fields alone', () => {
    const facts: FactsOf<'travel-time'> = {
      kind: 'travel-time',
      severity: 'warning',
      itemIds: ['a', 'b'],
      resourceId: 'p',
      person: { id: 'p', name: 'Karin Buchner' },
      from: { municipalityId: 'wiesbaden', name: 'Wiesbaden' },
      to: { municipalityId: 'wetzlar', name: undefined },
      gapMinutes: 20,
      requiredMinutes: 45,
    };
    expect(CONFLICT_MESSAGES.en['travel-time'](facts, ['"A"', '"B"'])).toBe(
      'Karin Buchner has only 20 minutes to get from "A" in Wiesbaden to "B" in "wetzlar"; at least 45 minutes are planned.',
    );
  });
});
