// Seed text 004: Land Hessen funds the WIR coordination post in the Wetteraukreis, year by year.
import { formatDate, formatDateRange, formatKind, grantsOf, measuresOf } from 'kommunal';
import { byId, loadSeeds } from './data/load.js';

const dataset = loadSeeds();
const programme = byId(dataset.fundingProgrammes, 'wir');
const funder = byId(dataset.organisations, programme.funderId);
console.log(`„${programme.acronym}“ – ${programme.name} (${formatKind(programme.level)}: ${funder.name})`);
for (const grant of grantsOf(dataset, 'wetteraukreis')) {
  // A grant may be dated to the year (`2015`) as well as to the day (`2015-01-01`).
  const wholeYear = grant.startDate.length === 4 || grant.startDate.endsWith('-01-01');
  const period = wholeYear
    ? grant.startDate.slice(0, 4)
    : `ab ${formatDate(grant.startDate)} (${formatDateRange(grant.startDate, grant.endDate, { style: 'numeric' })})`;
  console.log(`- ${period}: ${grant.purpose}`);
}
console.log('Mit der Förderung 2017:');
const [grant2017] = grantsOf(dataset, 'wetteraukreis', { year: 2017 });
for (const measure of measuresOf(dataset, 'wetteraukreis-wir-koordination')) {
  if (measure.grantId === grant2017?.id) console.log(`- ${formatKind(measure.kind)}: ${measure.title}`);
}
const diversityDay = byId(dataset.measures, 'wetteraukreis-diversity-tag-2017');
console.log(`Diversity-Tag: ${formatDate(diversityDay.since ?? '', { style: 'full' })}`);
