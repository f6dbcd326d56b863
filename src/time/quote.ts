/**
 * Names a user's input in a message: text in the language's quotation marks („…“ or "…"),
 * shortened if long, and other values described.
 */
export function show(value: unknown, locale: 'de' | 'en' = 'de'): string {
  if (typeof value === 'string') {
    const text = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return locale === 'de' ? `„${text}“` : `"${text}"`;
  }
  if (value instanceof Date) {
    if (!Number.isNaN(value.getTime())) return show(value.toISOString(), locale);
    return locale === 'de' ? 'ein ungültiges Date-Objekt' : 'an invalid Date';
  }
  if (value === null || value === undefined || typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  if (Array.isArray(value)) return locale === 'de' ? 'ein Array' : 'an array';
  return locale === 'de' ? `ein Wert vom Typ ${typeof value}` : `a value of type ${typeof value}`;
}

/** Names a user's input in a German message. */
export function quote(value: unknown): string {
  return show(value, 'de');
}
