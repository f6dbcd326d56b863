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
const days = (Date.parse(exchange.endDate) - Date.parse(exchange.startDate)) / DAY + 1;
const [visit] = reciprocalChain(dataset, exchange.id);
const visitHost = byId(dataset.municipalities, visit?.hostId ?? '');
const welcome = byId(exchange.programme, 'begruessung');
const venue = byId(dataset.venues, welcome.venueId ?? '');

console.log(
  `${formatKind(exchange.kind)} ${host.name}–${guest.name}, ${formatDateRange(exchange.startDate, exchange.endDate)} ` +
    `(${formatDayCount(days)}), Gegenbesuch zum Besuch in ${visitHost.name} im ${formatMonth(visit?.startDate ?? '')}; ` +
    `Begrüßung am ${formatDateTime(welcome.start)}, ${formatVenue(venue, { room: welcome.room })}`,
);
console.log(`Ende des offiziellen Teils: gegen ${formatTime(welcome.end ?? welcome.start)}`);
console.log(`Themen: ${exchange.topics?.join(', ')}`);
for (const id of welcome.personIds ?? []) {
  console.log(`- ${formatPersonName(byId(dataset.persons, id), { withRole: true })}`);
}
