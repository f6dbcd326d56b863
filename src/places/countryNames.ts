// Countries named in sentences: „in Österreich“, „in den USA“, „für die Schweiz“. Names come from
// Intl.DisplayNames (CLDR), which writes the official German short forms; what it cannot know is
// the article. The Auswärtiges Amt's "Verzeichnis der Staatennamen für den amtlichen Gebrauch in der
// Bundesrepublik Deutschland" (grammatical notes): "Die meisten Staatennamen sind Neutra und werden
// (wenn sie kein Attribut haben) ohne Artikel gebraucht. […] Feminina und pluralische Staatennamen
// stehen mit Artikel. Beispiele: die Mongolei, die Schweiz, die Bahamas, die Vereinigten Staaten";
// masculine names such as Irak are written without one in official texts („von Irak“). So only
// feminine and plural names, and names with an attribute (das Vereinigte Königreich), need a form
// of their own: the table below. Islands take „auf“ (Duden: „auf den Malediven“).
import type { Locale } from '../i18n/catalogue.js';
import { show } from '../time/quote.js';

/** The German phrases of names that take an article: after „in“ (dative) and after „für“ (accusative). */
const GERMAN_FORMS: ReadonlyMap<string, readonly [inPhrase: string, forPhrase: string]> = new Map(
  Object.entries({
    AE: ['in den Vereinigten Arabischen Emiraten', 'für die Vereinigten Arabischen Emirate'],
    AQ: ['in der Antarktis', 'für die Antarktis'],
    AX: ['auf den Ålandinseln', 'für die Ålandinseln'],
    BQ: ['in den Karibischen Niederlanden', 'für die Karibischen Niederlande'],
    BS: ['auf den Bahamas', 'für die Bahamas'],
    BV: ['auf der Bouvetinsel', 'für die Bouvetinsel'],
    CC: ['auf den Kokosinseln', 'für die Kokosinseln'],
    CD: ['in der Demokratischen Republik Kongo', 'für die Demokratische Republik Kongo'],
    CF: ['in der Zentralafrikanischen Republik', 'für die Zentralafrikanische Republik'],
    CG: ['in der Republik Kongo', 'für die Republik Kongo'],
    CH: ['in der Schweiz', 'für die Schweiz'],
    CK: ['auf den Cookinseln', 'für die Cookinseln'],
    CX: ['auf der Weihnachtsinsel', 'für die Weihnachtsinsel'],
    DO: ['in der Dominikanischen Republik', 'für die Dominikanische Republik'],
    EH: ['in der Westsahara', 'für die Westsahara'],
    FK: ['auf den Falklandinseln', 'für die Falklandinseln'],
    FO: ['auf den Färöern', 'für die Färöer'],
    GB: ['im Vereinigten Königreich', 'für das Vereinigte Königreich'],
    GS: ['in Südgeorgien und den Südlichen Sandwichinseln', 'für Südgeorgien und die Südlichen Sandwichinseln'],
    HK: ['in Hongkong', 'für Hongkong'],
    HM: ['auf Heard und den McDonaldinseln', 'für Heard und die McDonaldinseln'],
    IM: ['auf der Isle of Man', 'für die Isle of Man'],
    IO: ['im Britischen Territorium im Indischen Ozean', 'für das Britische Territorium im Indischen Ozean'],
    KM: ['auf den Komoren', 'für die Komoren'],
    KY: ['auf den Kaimaninseln', 'für die Kaimaninseln'],
    MD: ['in der Republik Moldau', 'für die Republik Moldau'],
    MH: ['auf den Marshallinseln', 'für die Marshallinseln'],
    MN: ['in der Mongolei', 'für die Mongolei'],
    MO: ['in Macau', 'für Macau'],
    MP: ['auf den Nördlichen Marianen', 'für die Nördlichen Marianen'],
    MV: ['auf den Malediven', 'für die Malediven'],
    NF: ['auf der Norfolkinsel', 'für die Norfolkinsel'],
    NL: ['in den Niederlanden', 'für die Niederlande'],
    PH: ['auf den Philippinen', 'für die Philippinen'],
    PN: ['auf den Pitcairninseln', 'für die Pitcairninseln'],
    PS: ['in den Palästinensischen Autonomiegebieten', 'für die Palästinensischen Autonomiegebiete'],
    SB: ['auf den Salomonen', 'für die Salomonen'],
    SC: ['auf den Seychellen', 'für die Seychellen'],
    SK: ['in der Slowakei', 'für die Slowakei'],
    TC: ['auf den Turks- und Caicosinseln', 'für die Turks- und Caicosinseln'],
    TF: ['in den Französischen Süd- und Antarktisgebieten', 'für die Französischen Süd- und Antarktisgebiete'],
    TR: ['in der Türkei', 'für die Türkei'],
    UA: ['in der Ukraine', 'für die Ukraine'],
    UM: ['auf den Amerikanischen Überseeinseln', 'für die Amerikanischen Überseeinseln'],
    // „USA“, the form German texts use for the Vereinigte Staaten (plural: „in den USA“).
    US: ['in den USA', 'für die USA'],
    VA: ['in der Vatikanstadt', 'für die Vatikanstadt'],
    VC: ['in St. Vincent und den Grenadinen', 'für St. Vincent und die Grenadinen'],
    VG: ['auf den Britischen Jungferninseln', 'für die Britischen Jungferninseln'],
    VI: ['auf den Amerikanischen Jungferninseln', 'für die Amerikanischen Jungferninseln'],
  }),
);

/** English names that take "the": plurals and names with a noun such as Republic or Kingdom. */
const ENGLISH_WITH_THE =
  /(?:Islands|Republic|Kingdom|States|Emirates|Territories|Territory|Netherlands|Philippines|Bahamas|Maldives|Seychelles|Comoros)$/;

/** Codes Intl names that are not countries or territories of ISO 3166-1 (unions, test regions, reserved codes). */
const NOT_COUNTRIES = new Set(['AC', 'CP', 'CQ', 'DG', 'EA', 'EU', 'EZ', 'IC', 'QO', 'TA', 'UN', 'XA', 'XB', 'ZZ']);

// One formatter per language, made when first needed; it holds no state an app can observe.
const displayNames = new Map<Locale, Intl.DisplayNames>();

/**
 * The name of a country in a language, from Intl: `AT` → `Österreich` / `Austria`; `undefined` for
 * codes that name no country (`XX`, `EU`) or an old one (`YU`), and where Intl has no names.
 */
export function countryName(code: unknown, locale: Locale): string | undefined {
  if (typeof code !== 'string' || !/^[A-Z]{2}$/.test(code) || NOT_COUNTRIES.has(code)) return undefined;
  try {
    // Intl maps withdrawn codes to their successors (YU → RS): those are not today's names.
    if (Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) return undefined;
    let names = displayNames.get(locale);
    if (names === undefined) {
      names = new Intl.DisplayNames(locale, { type: 'region', fallback: 'none' });
      displayNames.set(locale, names);
    }
    return names.of(code);
  } catch {
    return undefined;
  }
}

/**
 * „in Österreich“, „in den USA“, „auf den Malediven“ / "in Austria", "in the United States": where
 * something is. A code without a name: „im Staat mit dem Ländercode „XX““ / "in the country with
 * code "XX"".
 */
export function inCountry(code: unknown, locale: Locale): string {
  if (locale === 'de') {
    const form = typeof code === 'string' ? GERMAN_FORMS.get(code) : undefined;
    if (form !== undefined) return form[0];
  }
  const name = countryName(code, locale);
  if (locale === 'en') {
    if (name === undefined) return `in the country with code ${show(code, 'en')}`;
    return `in ${ENGLISH_WITH_THE.test(name) ? 'the ' : ''}${name}`;
  }
  return name === undefined ? `im Staat mit dem Ländercode ${show(code, 'de')}` : `in ${name}`;
}

/** „für Deutschland“, „für die Schweiz“ / "for Germany", "for the Netherlands": what something is meant for. */
export function forCountry(code: unknown, locale: Locale): string {
  if (locale === 'de') {
    const form = typeof code === 'string' ? GERMAN_FORMS.get(code) : undefined;
    if (form !== undefined) return form[1];
  }
  const name = countryName(code, locale);
  if (locale === 'en') {
    if (name === undefined) return `for the country with code ${show(code, 'en')}`;
    return `for ${ENGLISH_WITH_THE.test(name) ? 'the ' : ''}${name}`;
  }
  return name === undefined ? `für den Staat mit dem Ländercode ${show(code, 'de')}` : `für ${name}`;
}
