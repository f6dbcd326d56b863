import { type Conflict, detectConflicts as detectAll } from '../../src/index.js';

// The tests of what the search finds look at what it found: the conflicts without the notes of
// kind `not-checked` (which checks could not run), which test/schedule/notChecked.test.ts covers.

/** detectConflicts without the `not-checked` notes. */
export const detectConflicts = (...args: Parameters<typeof detectAll>): Conflict[] =>
  detectAll(...args).filter((conflict) => conflict.kind !== 'not-checked');

/** The person, room, exchange or place a conflict is about, if its kind has one. */
export const resourceOf = (conflict: Conflict): string => ('resourceId' in conflict ? (conflict.resourceId ?? '') : '');
