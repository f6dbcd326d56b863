import { utcMillis, utcWallClock, type WallClock } from './calendar.js';
import { canonicalTimeZone } from './canonicalTimeZone.js';
import { offsetMillis } from './offsets.js';

export { assertTimeZone } from './canonicalTimeZone.js';

/**
 * Whether the runtime knows `timeZone` as an IANA time zone name (`Europe/Berlin`, `America/Chicago`, `UTC`).
 *
 * Intl accepts names in any letter case (`europe/berlin`), and so does kommunal. Names longer than
 * 100 characters and anything but a string are refused without asking Intl.
 *
 * @param timeZone - The name to check.
 * @returns `true` if dates can be shown and computed in that zone.
 *
 * @example
 * ```ts
 * import { isValidTimeZone } from 'kommunal';
 *
 * isValidTimeZone('Europe/Vienna'); // => true
 * isValidTimeZone('Europe/Wiesbaden'); // => false
 * isValidTimeZone('europe/vienna'); // => true
 * ```
 *
 * @category Validation
 */
export function isValidTimeZone(timeZone: string): boolean {
  return canonicalTimeZone(timeZone) !== undefined;
}

/** What a wall clock in `timeZone` shows at an instant. */
export function wallClockAt(millis: number, timeZone: string): WallClock {
  return utcWallClock(millis + offsetMillis(timeZone, millis));
}

const DAY = 86_400_000;

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
