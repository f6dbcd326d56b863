import { dateMillis } from './calendar.js';

/**
 * Names a user's input in a message: text in the language's quotation marks („…“ or "…"),
 * shortened if long, and other values described. It runs none of the value's own code (getters,
 * Proxy traps, `toString`), so naming a hostile value cannot throw.
 */
export function show(value: unknown, locale: 'de' | 'en' = 'de'): string {
  if (typeof value === 'string') {
    const text = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return locale === 'de' ? `„${text}“` : `"${text}"`;
  }
  const millis = dateMillis(value);
  if (millis !== undefined) {
    if (!Number.isNaN(millis)) return show(new Date(millis).toISOString(), locale);
    return locale === 'de' ? 'ein ungültiges Date-Objekt' : 'an invalid Date';
  }
  if (value === null || value === undefined || typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  if (isArray(value)) return locale === 'de' ? 'eine Liste' : 'an array';
  return locale === 'de' ? `ein Wert vom Typ ${typeof value}` : `a value of type ${typeof value}`;
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
export function showThrown(error: unknown, locale: 'de' | 'en' = 'de'): string {
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

/** Names a user's input in a German message. */
export function quote(value: unknown): string {
  return show(value, 'de');
}
