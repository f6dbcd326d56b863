import { englishNumber, germanNumber } from '../time/germanNumber.js';
import { show } from '../time/quote.js';
import { catalogue } from './catalogue.js';

// The sentences of findFreeSlots. Numbers are written as each language groups them: 365 243 (with
// a narrow no-break space) and 365,243.

const FN = 'findFreeSlots';

/** What findFreeSlots says when its request is refused. */
export const FREE_SLOT_MESSAGES = catalogue({
  de: {
    /** The call shape before 0.x: one request object with `items` inside. */
    requestObject: (value: unknown) =>
      `${show(value, 'de')} ist keine Liste von Terminen: ${FN} nimmt die Termine als erstes Argument und die Suche als zweites, ${FN}(items, { durationMinutes, within, … }).`,
    text: 'ein Text',
    within: 'ein Objekt mit start und end',
    state: 'ein deutsches Land wie „DE-HE“',
    ags: 'ein achtstelliger Gemeindeschlüssel wie „09761000“',
    agsIn: (land: string, prefix: string) => `ein achtstelliger Gemeindeschlüssel in ${land} (${prefix}…)`,
    empty: (start: unknown, end: unknown) =>
      `Das Zeitfenster von ${show(start, 'de')} bis ${show(end, 'de')} endet nicht nach seinem Beginn.`,
    tooLong: (start: unknown, end: unknown, days: number, max: number, largest: number) =>
      `Das Zeitfenster von ${show(start, 'de')} bis ${show(end, 'de')} umfasst ${germanNumber(Math.round(days))} Tage; ${FN} sucht in höchstens ${germanNumber(max)} Tagen. ${
        max < largest
          ? `Die Option „maxWindowDays“ erhöht die Grenze auf bis zu ${germanNumber(largest)} Tage; längere Zeiträume lassen sich in Abschnitten durchsuchen.`
          : 'Längere Zeiträume lassen sich in Abschnitten durchsuchen.'
      }`,
    beforeHolidays: (state: unknown, start: unknown, firstYear: number) =>
      `Die Feiertage von ${show(state, 'de')} kennt kommunal ab ${firstYear}, das Zeitfenster beginnt aber schon am ${show(start, 'de')}: Es muss ${firstYear} oder später beginnen, oder „state“ entfällt.`,
  },
  en: {
    requestObject: (value: unknown) =>
      `${show(value, 'en')} is not a list of schedule items: ${FN} takes the items first and the search second, ${FN}(items, { durationMinutes, within, … }).`,
    text: 'a string',
    within: 'an object with start and end',
    state: 'a German Land such as "DE-HE"',
    ags: 'an 8-digit municipality key (AGS) such as "09761000"',
    agsIn: (land: string, prefix: string) => `an 8-digit municipality key (AGS) in ${land} (${prefix}…)`,
    empty: (start: unknown, end: unknown) =>
      `The period from ${show(start, 'en')} to ${show(end, 'en')} does not end after it starts.`,
    tooLong: (start: unknown, end: unknown, days: number, max: number, largest: number) =>
      `The period from ${show(start, 'en')} to ${show(end, 'en')} spans ${englishNumber(Math.round(days))} days; ${FN} searches at most ${englishNumber(max)} days. ${
        max < largest
          ? `The option "maxWindowDays" raises the limit up to ${englishNumber(largest)} days; longer periods can be searched in parts.`
          : 'Longer periods can be searched in parts.'
      }`,
    beforeHolidays: (state: unknown, start: unknown, firstYear: number) =>
      `kommunal knows the public holidays of ${show(state, 'en')} from ${firstYear}, but the period starts at ${show(start, 'en')}: it must start in ${firstYear} or later, or leave out "state".`,
  },
});
