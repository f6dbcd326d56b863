// An organisation's name after a role, in the genitive with its article: „Leiter des ZEFAS“,
// „Leiterin des Amtes für Soziale Arbeit“, „Referentin der Stabsstelle Integration“. The article
// comes from the grammatical gender of the name's head noun, which a compound takes from its last
// part (Duden: das Genus eines Kompositums richtet sich nach dem Grundwort): Sozialdezernat → das
// Dezernat → des. An acronym keeps the gender of the name it shortens and needs no genitive -s
// after the article (Dudengrammatik: „des Lkw“ and „des Lkws“ are both correct); kommunal writes
// it unchanged. Where the head noun is not one of the nouns below, or adjectives before it would
// have to be declined, there is no genitive: the caller writes one (`organisation: 'des …'`).

type Gender = 'feminine' | 'masculine' | 'neuter';

/**
 * Head nouns of organisation names, lower-case, with their gender and their genitive ending
 * (Duden). Where Duden allows `-s` and `-es` the more usual form of administrative German is taken.
 */
const HEAD_NOUNS: ReadonlyMap<string, readonly [gender: Gender, genitive: string]> = new Map([
  // Neuter: des …
  ['amt', ['neuter', 'es']],
  ['zentrum', ['neuter', 's']],
  ['dezernat', ['neuter', 's']],
  ['referat', ['neuter', 's']],
  ['ministerium', ['neuter', 's']],
  ['büro', ['neuter', 's']],
  ['center', ['neuter', 's']],
  ['institut', ['neuter', 's']],
  ['netzwerk', ['neuter', 's']],
  ['forum', ['neuter', 's']],
  ['sekretariat', ['neuter', 's']],
  ['konsulat', ['neuter', 's']],
  ['gremium', ['neuter', 's']],
  ['komitee', ['neuter', 's']],
  ['kuratorium', ['neuter', 's']],
  ['bündnis', ['neuter', 'ses']],
  ['haus', ['neuter', 'es']],
  ['team', ['neuter', 's']],
  ['projekt', ['neuter', 's']],
  ['programm', ['neuter', 's']],
  // Feminine: der …, the noun unchanged.
  ['stelle', ['feminine', '']],
  ['abteilung', ['feminine', '']],
  ['behörde', ['feminine', '']],
  ['stiftung', ['feminine', '']],
  ['agentur', ['feminine', '']],
  ['verwaltung', ['feminine', '']],
  ['stadt', ['feminine', '']],
  ['gemeinde', ['feminine', '']],
  ['kommission', ['feminine', '']],
  ['initiative', ['feminine', '']],
  ['gesellschaft', ['feminine', '']],
  ['gemeinschaft', ['feminine', '']],
  ['partnerschaft', ['feminine', '']],
  ['botschaft', ['feminine', '']],
  ['kammer', ['feminine', '']],
  ['kanzlei', ['feminine', '']],
  ['akademie', ['feminine', '']],
  ['hochschule', ['feminine', '']],
  ['universität', ['feminine', '']],
  ['schule', ['feminine', '']],
  ['vereinigung', ['feminine', '']],
  ['einrichtung', ['feminine', '']],
  // Masculine: des …
  ['verein', ['masculine', 's']],
  ['verband', ['masculine', 'es']],
  ['bereich', ['masculine', 's']],
  ['kreis', ['masculine', 'es']],
  ['beirat', ['masculine', 's']],
  ['dienst', ['masculine', 'es']],
  ['bund', ['masculine', 'es']],
  ['ausschuss', ['masculine', 'es']],
  ['betrieb', ['masculine', 's']],
]);

/** The head noun's entry for a word: the longest noun of the table the word ends with. */
function headOf(word: string): readonly [Gender, string] | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  for (const noun of HEAD_NOUNS.keys()) {
    if (lower.endsWith(noun) && (best === undefined || noun.length > best.length)) best = noun;
  }
  return best === undefined ? undefined : HEAD_NOUNS.get(best);
}

/**
 * The genitive of an organisation's name with its article, or `undefined` where kommunal cannot
 * form it. The head noun is the first known noun before the first lower-case word (a preposition
 * such as „für“): names put it first and a name after it („Koordinierungsstelle Welcome Center“).
 * The acronym, where there is one, is written instead of the name.
 */
export function organisationGenitive(name: string, acronym: string | undefined): string | undefined {
  const words = name.trim().split(/\s+/);
  const firstLower = words.findIndex((word) => /^\p{Ll}/u.test(word));
  const end = firstLower === -1 ? words.length : firstLower;
  let index = 0;
  let entry: readonly [Gender, string] | undefined;
  for (; index < end && entry === undefined; index += 1) entry = headOf(words[index] ?? '');
  index -= 1;
  if (entry === undefined) return undefined;
  const [gender, ending] = entry;
  const article = gender === 'feminine' ? 'der' : 'des';
  if (acronym !== undefined && acronym.trim() !== '') return `${article} ${acronym.trim()}`;
  // Words before the head noun (an adjective: „Sächsisches Staatsministerium“) would have to be declined.
  if (index !== 0) return undefined;
  return `${article} ${[`${words[0]}${ending}`, ...words.slice(1)].join(' ')}`;
}
