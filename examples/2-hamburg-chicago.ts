// Seed text 001: Hamburg at the international conference in Chicago, 20 years of the exchange.
import {
  formatDate,
  formatKind,
  formatPersonName,
  formatTime,
  partnershipNetwork,
  partnersOf,
  yearsSince,
} from 'kommunal';
import { byId, loadSeeds } from './data/load.js';

const dataset = loadSeeds();
const conference = byId(dataset.exchanges, 'chicago-2017');
const network = byId(dataset.organisations, 'fachkraefteaustausch-netzwerk');
const chicago = byId(dataset.municipalities, conference.hostId);
// An exchange's date may be unknown yet; then there is no anniversary to count.
const startDate = conference.startDate;
const years = startDate === undefined ? undefined : yearsSince(network.since ?? '', startDate);

console.log(
  `${formatKind(conference.kind)} in ${chicago.name} ` +
    (startDate === undefined ? '(Termin offen)' : `am ${formatDate(startDate, { style: 'full' })}`),
);
if (years !== undefined) console.log(`Anlass: ${years}-jähriges Bestehen (seit ${network.since}) – ${network.name}`);
console.log(`Gäste: ${conference.guestIds.map((id) => byId(dataset.municipalities, id).name).join(', ')}`);
console.log(
  `Partnerstädte Chicagos: ${partnersOf(dataset, 'chicago')
    .map((city) => city.name)
    .join(', ')}`,
);
const reach = partnershipNetwork(dataset, 'hamburg', { depth: 2 }).filter((member) => member.depth === 2);
console.log(`Über Chicago mit Hamburg verbunden: ${reach.map((member) => member.municipality.name).join(', ')}`);
console.log(
  `Ein Termin um 10 Uhr Ortszeit: ${formatTime('2017-06-13T10:00', { timeZone: chicago.timeZone, showTimeZone: true })}` +
    ` = ${formatTime('2017-06-13T15:00:00Z', { showTimeZone: true })}`,
);
console.log(`Für Hamburg: ${formatPersonName(byId(dataset.persons, 'melanie-leonhard'), { withRole: true })}`);
console.log(`Themen: ${conference.topics?.join(', ')}`);
