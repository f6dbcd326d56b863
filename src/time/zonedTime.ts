// Wall clock ↔ instant in an IANA zone: what a zone's clock shows at an instant, and the instants at
// which it shows a reading. Zone names are canonical and known to be valid here (callers check them).
import { DAY, utcMillis, utcWallClock, type WallClock } from './calendar.js';
import { offsetMillis } from './offsets.js';

/** What a wall clock in `timeZone` shows at an instant. */
export function wallClockAt(millis: number, timeZone: string): WallClock {
  return utcWallClock(millis + offsetMillis(timeZone, millis));
}

/**
 * The instant at which a wall clock in `timeZone` shows `clock`. When the clock shows that
 * reading twice (the autumn change), the earlier instant; when never (the spring gap), `undefined`.
 */
export function instantAt(clock: WallClock, timeZone: string): number | undefined {
  return instantsAt(clock, timeZone)[0];
}

/** Every instant at which a wall clock in `timeZone` shows `clock`: none in a gap, two in a fold. */
export function instantsAt(clock: WallClock, timeZone: string): number[] {
  const local = utcMillis(clock);
  // Offsets a day apart bracket any single transition: one of them is in force at the answer.
  const before = local - offsetMillis(timeZone, local - DAY);
  const after = local - offsetMillis(timeZone, local + DAY);
  const candidates = before === after ? [before] : [Math.min(before, after), Math.max(before, after)];
  return candidates.filter((candidate) => candidate + offsetMillis(timeZone, candidate) === local);
}
