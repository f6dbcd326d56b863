// How German messages write the dates a caller gave: `15. April 2024`, `15.–18. April 2024`. Not a
// catalogue: English messages write such dates as given (ISO 8601).
import { formatDate } from '../format/formatDate.js';
import { formatDateRange } from '../format/formatDateRange.js';
import { formatDateTime } from '../format/formatDateTime.js';

/** A date or time of the caller's as German writes it, or as given where it is none. */
export function germanDate(iso: string): string {
  try {
    return iso.includes('T') ? formatDateTime(iso) : formatDate(iso);
  } catch {
    return `„${iso}“`;
  }
}

/** A range of days in German (`15.–18. April 2024`), or both ends as they are where one is no date. */
export function germanRange(start: string | undefined, end: string | undefined): string {
  if (start === undefined || end === undefined)
    return `${start ? germanDate(start) : '…'} bis ${end ? germanDate(end) : '…'}`;
  try {
    return formatDateRange(start, end);
  } catch {
    return `${germanDate(start)} bis ${germanDate(end)}`;
  }
}
