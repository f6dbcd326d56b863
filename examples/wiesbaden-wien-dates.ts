// The Wiesbaden–Wien professional exchange (seed text 000), its dates written as the Wiesbaden
// press office would. The text gives no year: 15 April is a Monday in 2024, so 2024 it is.
import {
  formatDate,
  formatDateRange,
  formatDateTime,
  formatDayCount,
  formatMonth,
  formatTime,
  formatTimeRange,
  parseGermanDate,
} from 'kommunal';

const exchange = {
  title: 'Fachkräfteaustausch Wiesbaden–Wien',
  startDate: '2024-04-15',
  endDate: '2024-04-18',
  days: 4,
  visitInVienna: '2024-02',
  welcome: { start: '2024-04-15T09:00', endApproximate: '2024-04-15T10:00' },
  venue: 'Raum 4.161, Haus B, 4. Stock, Konradinerallee 11, 65189 Wiesbaden',
};

// The press release says „Am Montag, den 15. April“; reading it back checks the weekday.
const announced = parseGermanDate('Montag, den 15. April 2024');

console.log(
  `${exchange.title}, ${formatDateRange(exchange.startDate, exchange.endDate)} (${formatDayCount(exchange.days)})`,
);
console.log(`Gegenbesuch zum Besuch in Wien im ${formatMonth(exchange.visitInVienna)}`);
console.log(`Begrüßung am ${formatDateTime(exchange.welcome.start)}, ${exchange.venue}`);
console.log(
  `Offizieller Teil: ${formatTimeRange(exchange.welcome.start, exchange.welcome.endApproximate)} (Ende gegen ${formatTime(exchange.welcome.endApproximate)})`,
);
console.log(`Für den Kalender: ${formatDateRange(exchange.startDate, exchange.endDate, { style: 'numeric' })}`);
console.log(
  `Für die Gäste aus Wien: ${formatTime(exchange.welcome.start, { timeZone: 'Europe/Vienna', showTimeZone: true })}`,
);
console.log(`Pressetermin bestätigt für ${formatDate(announced, { style: 'full' })}`);
