// What an app shows when a dataset is wrong: every problem at once, with its path, in German.
import { safeParseDataset } from 'kommunal';
import { loadSeeds } from './data/load.js';

const seeds = loadSeeds();
// A copy with four mistakes, as a form might produce them (the parsed dataset itself is frozen).
const broken = structuredClone(seeds) as unknown as {
  exchanges: { endDate: string; programme?: { start: string }[] }[];
  venues: { postalCode: string }[];
  municipalities: { ags?: string }[];
};
const [visit, returnVisit] = broken.exchanges;
if (visit && returnVisit?.programme?.[0]) {
  visit.endDate = '2024-01-31';
  returnVisit.programme[0].start = '2024-04-19T09:00';
}
if (broken.venues[0]) broken.venues[0].postalCode = '6518';
if (broken.municipalities[0]) broken.municipalities[0].ags = '07111000';

const result = safeParseDataset(broken);
if (result.success) throw new Error('the broken dataset should not parse');
for (const issue of result.error.issues) console.log(`${issue.path.join('.')}: ${issue.message}`);
