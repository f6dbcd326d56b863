/** Names a user's input in a German message: strings in German quotation marks, anything else described. */
export function quote(value: unknown): string {
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return `„${shown}“`;
  }
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'ein ungültiges Date-Objekt' : `„${value.toISOString()}“`;
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return Array.isArray(value) ? 'ein Array' : `ein Wert vom Typ ${typeof value}`;
}
