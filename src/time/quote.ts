import type { Locale } from '../i18n/catalogue.js';
import { VALUE_NAMES } from '../i18n/values.js';
import { dateMillis } from './calendar.js';

/**
 * Names a user's input in a message: text in the language's quotation marks („…“ or "…"),
 * shortened if long, and other values described. It runs none of the value's own code (getters,
 * Proxy traps, `toString`), so naming a hostile value cannot throw.
 */
export function show(value: unknown, locale: Locale): string {
  const names = VALUE_NAMES[locale];
  if (typeof value === 'string') return names.quoted(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  const millis = dateMillis(value);
  if (millis !== undefined) {
    return Number.isNaN(millis) ? names.invalidDate : show(new Date(millis).toISOString(), locale);
  }
  if (typeof value === 'number') return names.number(value);
  if (value === null || value === undefined || typeof value === 'boolean') {
    return String(value);
  }
  return isArray(value) ? names.list : names.ofType(typeof value);
}

/** `Array.isArray`, which throws only for a revoked Proxy: that is no array. */
export function isArray(value: unknown): value is readonly unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** A non-null object that is not an array; a revoked Proxy, which cannot be read, is none. */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !isArray(value) && isReadable(value);
}

function isReadable(value: object): boolean {
  try {
    Object.getPrototypeOf(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * Names something a caller's value threw while kommunal read it (a getter, a Proxy trap), without
 * trusting it: reading its name or message may throw again.
 */
export function showThrown(error: unknown, locale: Locale): string {
  try {
    if (error instanceof Error) return show(`${error.name}: ${error.message}`, locale);
  } catch {
    // A hostile error: named by its type below.
  }
  try {
    return show(error, locale);
  } catch {
    return show(typeof error, locale);
  }
}
