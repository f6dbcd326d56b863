import { format } from 'date-fns';
import { de } from 'date-fns/locale';
import { formatDate, formatDateRange } from 'kommunal';
import { measure, report } from './measure.js';

const BATCH = 1000;
const DAY = 86_400_000;
const start = Date.UTC(2000, 0, 1);
// Noon UTC keeps every contender on the same calendar day, whichever zone it uses.
const instants = Array.from({ length: BATCH }, (_, index) => new Date(start + index * 7 * DAY + 12 * 3_600_000));
const isoDates = instants.map((date) => date.toISOString().slice(0, 10));
const ends = instants.map((date) => new Date(date.getTime() + 3 * DAY));
const isoEnds = ends.map((date) => date.toISOString().slice(0, 10));

const intlDate = new Intl.DateTimeFormat('de-DE', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Berlin',
});

let sink = '';

/** formatDate and formatDateRange against a pre-built Intl formatter and date-fns `format` with `de`. */
export async function benchFormat(): Promise<boolean> {
  const dates = await measure(
    {
      'formatDate(Date)': () => {
        for (const date of instants) sink = formatDate(date);
      },
      'formatDate(ISO date)': () => {
        for (const date of isoDates) sink = formatDate(date);
      },
      'Intl.DateTimeFormat (pre-built)': () => {
        for (const date of instants) sink = intlDate.format(date);
      },
      'date-fns format (de)': () => {
        for (const date of instants) sink = format(date, 'd. MMMM yyyy', { locale: de });
      },
    },
    BATCH,
  );
  const ranges = await measure(
    {
      'formatDateRange(Date, Date)': () => {
        for (let index = 0; index < BATCH; index += 1)
          sink = formatDateRange(instants[index] as Date, ends[index] as Date);
      },
      'formatDateRange(ISO, ISO)': () => {
        for (let index = 0; index < BATCH; index += 1)
          sink = formatDateRange(isoDates[index] as string, isoEnds[index] as string);
      },
      'Intl formatRange (pre-built)': () => {
        for (let index = 0; index < BATCH; index += 1)
          sink = intlDate.formatRange(instants[index] as Date, ends[index] as Date);
      },
      'date-fns format (de) ×2': () => {
        for (let index = 0; index < BATCH; index += 1) {
          sink = `${format(instants[index] as Date, 'd. MMMM', { locale: de })} – ${format(ends[index] as Date, 'd. MMMM yyyy', { locale: de })}`;
        }
      },
    },
    BATCH,
  );
  const datesMet = report(
    'formatDate',
    dates,
    ['Intl.DateTimeFormat (pre-built)', 'date-fns format (de)'],
    [
      { subject: 'formatDate(Date)', baseline: 'Intl.DateTimeFormat (pre-built)', atLeast: 0.5 },
      { subject: 'formatDate(ISO date)', baseline: 'Intl.DateTimeFormat (pre-built)', atLeast: 0.5 },
    ],
  );
  const rangesMet = report(
    'formatDateRange',
    ranges,
    ['Intl formatRange (pre-built)', 'date-fns format (de) ×2'],
    [
      { subject: 'formatDateRange(Date, Date)', baseline: 'Intl formatRange (pre-built)', atLeast: 0.5 },
      { subject: 'formatDateRange(ISO, ISO)', baseline: 'Intl formatRange (pre-built)', atLeast: 0.5 },
    ],
  );
  if (sink === '') throw new Error('nothing was formatted');
  return datesMet && rangesMet;
}
