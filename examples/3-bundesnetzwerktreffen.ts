// Seed text 002: the 9th federal network meeting of the Welcome Centers in Chemnitz.
import {
  formatDateRange,
  formatDayCount,
  formatKind,
  formatOrdinal,
  formatPersonName,
  formatQuantity,
  type Quantity,
} from 'kommunal';
import { byId, loadSeeds } from './data/load.js';

const dataset = loadSeeds();
const meeting = byId(dataset.exchanges, 'bundesnetzwerktreffen-9');
const host = byId(dataset.municipalities, meeting.hostId);
const organisers = (meeting.organiserIds ?? []).map((id) => byId(dataset.organisations, id));
const speakers = ['martin-dulig', 'sebastian-vogel', 'matthias-geissler'].map((id) => byId(dataset.persons, id));

console.log(
  `${formatOrdinal(meeting.edition ?? 0)} ${meeting.title} in ${host.name}, ` +
    `${meeting.startDate === undefined ? 'Termin offen' : formatDateRange(meeting.startDate, meeting.endDate ?? meeting.startDate)} ` +
    `(${formatDayCount(2)}, ${formatKind(meeting.kind)})`,
);
// Counts are whole numbers where exact, Quantity objects where the text hedges them („mehr als 150“).
const count = (value: number | Quantity | undefined, noun: string) =>
  value === undefined ? undefined : formatQuantity(typeof value === 'number' ? { value } : value, { noun });
const participants = count(meeting.attendance?.participants, 'Teilnehmende');
const offices = count(meeting.attendance?.organisations, 'Anlaufstellen');
if (participants !== undefined && offices !== undefined) console.log(`Teilnahme: ${participants} von ${offices}`);
console.log(
  `Organisiert von: ${organisers.map((organisation) => organisation.acronym ?? organisation.name).join(' und ')}`,
);
console.log('Grußworte:');
for (const speaker of speakers) console.log(`- ${formatPersonName(speaker, { withRole: true })}`);
console.log(`Schwerpunkte: ${meeting.topics?.join(', ')}`);
