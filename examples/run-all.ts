// `npm run demo`: runs every example in this folder, one after the other, as a user would with tsx.
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const examples = readdirSync(here)
  .filter((file) => file.endsWith('.ts') && file !== 'run-all.ts')
  .sort();

for (const file of examples) {
  console.log(`\n── ${file} ──`);
  await import(`./${file}`);
}
console.log(`\n${examples.length} ${examples.length === 1 ? 'Beispiel' : 'Beispiele'} ausgeführt.`);
