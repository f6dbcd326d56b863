// Partner visits abroad: which days are public holidays there, and at what time the programme runs
// on the partner's clock. Austria's holidays are built in; for other countries kommunal takes a
// holiday source, here one built on date-holidays (npm install date-holidays).
import Holidays from 'date-holidays';
import { detectConflicts, findFreeSlots, formatDateTime, type HolidaySource, type ScheduleItem } from 'kommunal';
import { loadSeeds } from './data/load.js';

const dataset = loadSeeds();

// Asked once per day, country and subdivision (ISO 3166-2, as the municipality's `state` gives it).
const calendars = new Map<string, Holidays>();
const fromDateHolidays: HolidaySource = (date, countryCode, subdivision) => {
  const key = `${countryCode} ${subdivision ?? ''}`;
  let calendar = calendars.get(key);
  if (calendar === undefined) {
    const options = { languages: ['de', 'en'], types: ['public' as const] };
    calendar =
      subdivision === undefined
        ? new Holidays(countryCode, options)
        : new Holidays(countryCode, subdivision.slice(3), options);
    calendars.set(key, calendar);
  }
  const holiday = calendar.getHolidays(Number(date.slice(0, 4))).find((found) => found.date.startsWith(date));
  return holiday === undefined ? undefined : { name: holiday.name };
};

// Planned by hand in each place's local time (the offsets are the places'); the places come from the dataset.
const visits: ScheduleItem[] = [
  {
    id: 'wien',
    title: 'Empfang im Rathaus',
    start: '2024-11-01T10:00+01:00',
    end: '2024-11-01T11:30+01:00',
    municipalityId: 'wien',
  },
  {
    id: 'chicago',
    title: 'Fachgespräch',
    start: '2024-07-04T10:00-05:00',
    end: '2024-07-04T12:00-05:00',
    municipalityId: 'chicago',
  },
  {
    id: 'osaka',
    title: 'Besuch der Stadtverwaltung',
    start: '2024-04-29T10:00+09:00',
    end: '2024-04-29T11:30+09:00',
    municipalityId: 'osaka',
  },
  {
    id: 'durban',
    title: 'Werkstattgespräch',
    start: '2024-06-17T14:00+02:00',
    end: '2024-06-17T16:00+02:00',
    municipalityId: 'durban',
  },
];

console.log('Ohne Feiertagsquelle (Österreich ist eingebaut):');
for (const conflict of detectConflicts(visits, { dataset }))
  console.log(`- [${conflict.severity}] ${conflict.message}`);

console.log('\nMit date-holidays als Quelle:');
for (const conflict of detectConflicts(visits, { dataset, holidays: fromDateHolidays })) {
  console.log(`- [${conflict.severity}] ${conflict.message}`);
}

const slots = findFreeSlots(visits, {
  durationMinutes: 90,
  within: { start: '2024-07-03T00:00', end: '2024-07-06T00:00' },
  workingHours: { start: '09:00', end: '17:00' },
  timeZone: 'America/Chicago',
  country: 'US',
  state: 'US-IL',
  holidays: fromDateHolidays,
  limit: 3,
});
console.log('\nFreie Termine in Chicago (90 Minuten, ohne den 4. Juli):');
for (const slot of slots) {
  console.log(`- ${formatDateTime(slot.start, { timeZone: 'America/Chicago', placeName: 'Chicago' })}`);
}
