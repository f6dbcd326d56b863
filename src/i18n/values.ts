import { catalogue } from './catalogue.js';

/** How a message names a value of the caller's: text in the language's quotation marks, other values described. */
export const VALUE_NAMES = catalogue({
  de: {
    quoted: (text: string) => `„${text}“`,
    invalidDate: 'ein ungültiges Date-Objekt',
    list: 'eine Liste',
    ofType: (type: string) => `ein Wert vom Typ ${type}`,
    // A caller's number as given, with the German decimal comma (`150,5`) and without the grouping
    // germanNumber adds, so that the value stays recognisable as the one in the data.
    number: (value: number) => String(value).replace('.', ','),
  },
  en: {
    quoted: (text: string) => `"${text}"`,
    invalidDate: 'an invalid Date',
    list: 'an array',
    ofType: (type: string) => `a value of type ${type}`,
    number: (value: number) => String(value),
  },
});
