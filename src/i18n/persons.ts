import { englishNumber, germanNumber } from '../time/germanNumber.js';
import { show } from '../time/quote.js';
import { catalogue } from './catalogue.js';

// What formatPersonName and formatSalutation say about an organisation or a form of address they
// cannot use. Like the other formatting functions they write German; the English side is kept
// complete for the catalogue test and for a `locale` option that may come.

/** The sentences of `formatPersonName`'s `organisation` option and of `formatSalutation`. */
export const PERSON_MESSAGES = catalogue({
  de: {
    anOrganisation: 'eine Organisation, eine Liste von Organisationen oder ein Text wie „des ZEFAS“',
    aShortList: (max: number) => `eine Liste von höchstens ${germanNumber(max)} Organisationen`,
    notASalutation: (value: unknown) =>
      `„salutation“ der Person muss „Frau“ oder „Herr“ sein, nicht ${show(value, 'de')}: Fehlt die Anrede, spricht kommunal die Person mit vollem Namen an.`,
  },
  en: {
    anOrganisation: 'an organisation, a list of organisations or a text such as "des ZEFAS"',
    aShortList: (max: number) => `a list of at most ${englishNumber(max)} organisations`,
    notASalutation: (value: unknown) =>
      `"salutation" of the person must be "Frau" or "Herr", not ${show(value, 'en')}: without one, kommunal addresses the person by full name.`,
  },
});
