// Scheduling the Wiesbaden–Wien exchange: a conflict report before the invitations go out,
// free slots for a follow-up meeting, and a calendar file for everyone's calendar app.
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  detectConflicts,
  findFreeSlots,
  formatDate,
  formatTimeRange,
  parseDataset,
  scheduleOf,
  toICalendar,
} from 'kommunal';

const data = JSON.parse(readFileSync(new URL('./data/seeds.json', import.meta.url), 'utf8'));
const exchange = data.exchanges.find((entry: { id: string }) => entry.id === 'wiesbaden-2024-04');
// Two planning mistakes: Sabine Herrmann and room 4.161 are booked twice on Monday morning …
exchange.programme.push(
  {
    id: 'fachgespraech',
    title: 'Fachgespräch Handlungsprogramm Jugend',
    start: '2024-04-15T09:30',
    end: '2024-04-15T11:00',
    venueId: 'wiesbaden-konradinerallee-11',
    personIds: ['sabine-herrmann'],
  },
  {
    id: 'austauschprogramm',
    title: 'Planung des internationalen Austauschprogramms',
    start: '2024-04-17T10:00',
    end: '2024-04-17T12:00',
    venueId: 'wiesbaden-konradinerallee-11',
    personIds: ['daniela-less', 'sabine-herrmann'],
  },
);
// … and, for this example only, Wiesbaden declares 17 April a local holiday.
data.municipalities.find((entry: { id: string }) => entry.id === 'wiesbaden').holidays = [
  { date: '2024-04-17', name: 'Stadtfeiertag (Beispiel)' },
];
const dataset = parseDataset(data);
// The items of scheduleOf carry their place (zone, Land, holidays), their people by name and the
// exchange's dates: the checks and the calendar below take them without the dataset. The search for
// free slots skips the public holidays of `state`; a municipality's own holidays it does not know.
const items = scheduleOf(dataset).filter((item) => item.exchangeId === exchange.id);

console.log(`Prüfbericht für „${exchange.title}“:`);
const conflicts = detectConflicts(items, { workingHours: { start: '08:00', end: '18:00' } });
for (const conflict of conflicts) console.log(`- [${conflict.severity}] ${conflict.message}`);

const slots = findFreeSlots(items, {
  personIds: ['sabine-herrmann', 'daniela-less'],
  venueId: 'wiesbaden-konradinerallee-11',
  room: '4.161',
  durationMinutes: 90,
  within: { start: '2024-04-15T00:00', end: '2024-04-19T00:00' },
  state: 'DE-HE',
  stepMinutes: 30,
  limit: 3,
});
console.log('\nFreie Termine für ein Nachgespräch (90 Minuten, Raum 4.161):');
for (const slot of slots)
  console.log(`- ${formatDate(slot.start, { style: 'full' })}, ${formatTimeRange(slot.start, slot.end)}`);

const file = join(tmpdir(), 'wiesbaden-wien.ics');
const calendar = toICalendar(items, { name: exchange.title, uidDomain: 'wiesbaden.de' });
writeFileSync(file, calendar);
console.log(`\n${calendar.split('BEGIN:VEVENT').length - 1} Termine als Kalenderdatei: ${file}`);
