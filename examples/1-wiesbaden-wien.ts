// Seed text 000: the Wiesbaden–Wien professional exchange, written as a press office would.
import {
  formatDateRange,
  formatDateTime,
  formatDayCount,
  formatKind,
  formatMonth,
  formatPersonName,
  formatTime,
  formatVenue,
  reciprocalChain,
} from 'kommunal';
import { byId, loadSeeds } from './data/load.js';

const DAY = 86_400_000;
const dataset = loadSeeds();
const exchange = byId(dataset.exchanges, 'wiesbaden-2024-04');
const host = byId(dataset.municipalities, exchange.hostId);
const guest = byId(dataset.municipalities, exchange.guestIds[0] ?? '');
// Dates may be partial (`2024-04`) or not yet known: say so rather than print a wrong day.
const { startDate, endDate = startDate } = exchange;
const when = startDate === undefined ? 'Termin noch offen' : formatDateRange(startDate, endDate ?? startDate);
const days =
  startDate?.length === 10 && endDate?.length === 10
    ? (Date.parse(endDate) - Date.parse(startDate)) / DAY + 1
    : undefined;
const [visit] = reciprocalChain(dataset, exchange.id);
const visitHost = byId(dataset.municipalities, visit?.hostId ?? '');
const welcome = byId(exchange.programme, 'begruessung');
const venue = byId(dataset.venues, welcome.venueId ?? '');

console.log(
  `${formatKind(exchange.kind)} ${host.name}–${guest.name}, ${when}` +
    `${days === undefined ? '' : ` (${formatDayCount(days)})`}, ` +
    `Gegenbesuch zum Besuch in ${visitHost.name}${visit?.startDate ? ` im ${formatMonth(visit.startDate)}` : ''}; ` +
    `Begrüßung ${welcome.start ? `am ${formatDateTime(welcome.start)}` : '(Zeit offen)'}, ${formatVenue(venue, { room: welcome.room })}`,
);
// A start may be a day without a time: only a time has a time of day to print.
const end = welcome.end ?? (welcome.start?.includes('T') ? welcome.start : undefined);
if (end !== undefined) console.log(`Ende des offiziellen Teils: gegen ${formatTime(end)}`);
console.log(`Themen: ${exchange.topics?.join(', ')}`);
for (const id of welcome.personIds ?? []) {
  console.log(`- ${formatPersonName(byId(dataset.persons, id), { withRole: true })}`);
}
