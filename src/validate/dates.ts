import { daysInMonth } from '../time/calendar.js';

/** The first day a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` value covers. */
export function firstDay(partial: string): string {
  if (partial.length === 4) return `${partial}-01-01`;
  if (partial.length === 7) return `${partial}-01`;
  return partial;
}

/** The last day a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` value covers. */
export function lastDay(partial: string): string {
  if (partial.length === 4) return `${partial}-12-31`;
  if (partial.length === 7) {
    const days = daysInMonth(Number(partial.slice(0, 4)), Number(partial.slice(5, 7)));
    return `${partial}-${String(days).padStart(2, '0')}`;
  }
  return partial;
}

/** Whether a full `YYYY-MM-DD` names a day that exists (shorter values always do). */
export function dayExists(partial: string): boolean {
  if (partial.length !== 10) return true;
  return Number(partial.slice(8, 10)) <= daysInMonth(Number(partial.slice(0, 4)), Number(partial.slice(5, 7)));
}

/**
 * The days an exchange certainly lies within: from the first day of its start to the last day of
 * its end, or of its start where it has no end (`2025-10` alone: somewhere in October 2025).
 * None without a start.
 */
export function exchangeFrame(exchange: {
  readonly startDate?: string | undefined;
  readonly endDate?: string | undefined;
}): { readonly first: string; readonly last: string } | undefined {
  const { startDate, endDate } = exchange;
  if (startDate === undefined || !dayExists(startDate)) return undefined;
  const end = endDate !== undefined && dayExists(endDate) ? endDate : startDate;
  return { first: firstDay(startDate), last: lastDay(end) };
}
