// Seed text 002: the 9th federal network meeting of the Welcome Centers in Chemnitz.
import { formatDateRange, formatDayCount, formatKind, formatOrdinal, formatPersonName } from 'kommunal';
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
console.log(
  `Mehr als ${meeting.attendance?.participants} Teilnehmende von über ${meeting.attendance?.organisations} Anlaufstellen`,
);
console.log(
  `Organisiert von: ${organisers.map((organisation) => organisation.acronym ?? organisation.name).join(' und ')}`,
);
console.log('Grußworte:');
for (const speaker of speakers) console.log(`- ${formatPersonName(speaker, { withRole: true })}`);
console.log(`Schwerpunkte: ${meeting.topics?.join(', ')}`);
