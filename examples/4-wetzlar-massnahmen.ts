// Seed text 003: Wetzlar's measures for the intercultural opening of its administration.
import { formatDayCount, formatKind, formatVenue, measuresOf, yearsSince } from 'kommunal';
import { byId, loadSeeds } from './data/load.js';

const dataset = loadSeeds();
const today = new Date();
const seen = new Set<string>();
for (const organisationId of ['wetzlar-stadtverwaltung', 'wetzlar-wir-koordination']) {
  for (const measure of measuresOf(dataset, organisationId)) {
    if (seen.has(measure.id)) continue;
    seen.add(measure.id);
    const details = [
      formatKind(measure.kind),
      measure.recurrence === undefined ? undefined : formatKind(measure.recurrence),
      measure.durationDays === undefined ? undefined : formatDayCount(measure.durationDays),
      measure.since === undefined ? undefined : `seit ${measure.since} (${yearsSince(measure.since, today)} Jahre)`,
    ].filter((detail) => detail !== undefined);
    console.log(`- ${measure.title}: ${details.join(', ')}`);
  }
}
const centre = byId(dataset.organisations, 'freiwilligenzentrum-mittelhessen');
console.log(
  `Integrationslotsen: ${centre.name}, ${formatVenue(byId(dataset.venues, centre.venueId ?? ''))}, Tel. ${centre.phone}`,
);
