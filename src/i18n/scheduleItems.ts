import { englishNumber, germanNumber } from '../time/germanNumber.js';
import { show } from '../time/quote.js';
import { catalogue } from './catalogue.js';
import { germanDate } from './germanDates.js';
import { DATE_INPUT_MESSAGES } from './time.js';

// What the schedule functions say about the items and working hours they are given: the problems of
// an item (named by its id, else its index) and the phrases that say what an option expects.

/** The sentences about schedule items and the working hours of detectConflicts and findFreeSlots. */
export const SCHEDULE_ITEM_MESSAGES = catalogue({
  de: {
    /** How a message names an item without an id. */
    atIndex: (index: number) => `bei Index ${index}`,
    notAList: (value: unknown) =>
      `${show(value, 'de')} ist keine Liste von Terminen: Erwartet wird eine Liste von Objekten mit id, start und end.`,
    tooMany: (count: number, max: number) =>
      `Die Liste hat ${germanNumber(count)} Einträge; kommunal liest höchstens ${germanNumber(max)} Termine auf einmal.`,
    notAnItem: (value: unknown) =>
      `${show(value, 'de')} ist kein Termin: Erwartet wird ein Objekt mit id, start und end.`,
    noId: (value: unknown, index: number) =>
      value === undefined
        ? `Der Termin bei Index ${index} hat keine ID: Erwartet wird ein nicht leerer Text.`
        : `Die ID des Termins bei Index ${index} muss ein nicht leerer Text sein, nicht ${show(value, 'de')}.`,
    duplicate: (id: string, first: number) =>
      `Die ID ${show(id, 'de')} kommt mehrfach vor (zuerst bei Index ${first}).`,
    badTime: (value: unknown) =>
      `${show(value, 'de')} ist kein Zeitpunkt: Erwartet wird ein Date oder ein ISO-Text mit Offset wie „2024-04-15T09:00+02:00“.`,
    unsupported: DATE_INPUT_MESSAGES.de.outsideYears,
    endBeforeStart: (item: string) => `Der Termin ${item} endet vor seinem Beginn.`,
    /** scheduleOf's sentence for an item without a start. */
    skippedNoStart: (title: string, id: string) =>
      `Der Termin ${show(title, 'de')} (${show(id, 'de')}) hat keinen Tag und keine Uhrzeit und steht nicht im Zeitplan.`,
    /** scheduleOf's sentence for an item whose start is a day without a time. */
    skippedNoTime: (title: string, id: string, day: string) =>
      `Der Termin ${show(title, 'de')} (${show(id, 'de')}) am ${germanDate(day)} hat keine Uhrzeit und steht nicht im Zeitplan.`,
    notIds: (field: string, item: string, value: unknown) =>
      `Das Feld „${field}“ des Termins ${item} muss eine Liste von IDs sein, nicht ${show(value, 'de')}.`,
    notAnId: (field: string, item: string, value: unknown) =>
      `Das Feld „${field}“ des Termins ${item} darf nur IDs (Texte) enthalten, nicht ${show(value, 'de')}.`,
    notText: (field: string, item: string, value: unknown) =>
      `Das Feld „${field}“ des Termins ${item} muss ein Text sein, nicht ${show(value, 'de')}.`,
    notBoolean: (field: string, item: string, value: unknown) =>
      `Das Feld „${field}“ des Termins ${item} muss true oder false sein, nicht ${show(value, 'de')}.`,
    notAnObject: (field: string, item: string, value: unknown) =>
      `Das Feld „${field}“ des Termins ${item} muss ein Objekt sein, nicht ${show(value, 'de')}.`,
    notTexts: (field: string, item: string, value: unknown) =>
      `Das Feld „${field}“ des Termins ${item} muss eine Liste von Texten sein, nicht ${show(value, 'de')}.`,
    namesPerPerson: (item: string, names: number, people: number) =>
      `Das Feld „personNames“ des Termins ${item} nennt ${names} ${names === 1 ? 'Namen' : 'Namen'}, „personIds“ aber ${people} ${people === 1 ? 'Person' : 'Personen'}: Erwartet wird ein Name je Person, in derselben Reihenfolge.`,
    notAZone: (field: string, item: string, value: unknown) =>
      `Das Feld „${field}“ des Termins ${item} muss eine bekannte IANA-Zeitzone wie „Europe/Berlin“ sein, nicht ${show(value, 'de')}.`,
    notAHolidayDate: (field: string, item: string, value: unknown) =>
      `Das Feld „${field}“ des Termins ${item} muss ein Tag „MM-TT“ (jedes Jahr) oder „JJJJ-MM-TT“ sein, nicht ${show(value, 'de')}.`,
    notADate: (field: string, item: string, value: unknown) =>
      `Das Feld „${field}“ des Termins ${item} muss ein Datum „JJJJ-MM-TT“ sein, nicht ${show(value, 'de')}.`,
    notAGermanState: (item: string, value: unknown) =>
      `Das Feld „place.state“ des Termins ${item} muss ein deutsches Land wie „DE-HE“ sein, nicht ${show(value, 'de')}.`,
    notAnAgs: (item: string, value: unknown) =>
      `Das Feld „place.ags“ des Termins ${item} muss ein achtstelliger Gemeindeschlüssel wie „09761000“ sein, nicht ${show(value, 'de')}.`,
    tooManyHolidays: (item: string, count: number, max: number) =>
      `Das Feld „place.holidays“ des Termins ${item} hat ${germanNumber(count)} Einträge; kommunal liest höchstens ${germanNumber(max)}.`,
    periodEndsBeforeStart: (item: string) => `Der Zeitraum („period“) des Termins ${item} endet vor seinem Beginn.`,
    // What the option workingHours expects.
    anObjectWithStartAndEnd: 'ein Objekt mit start und end',
    aClockTime: 'eine Uhrzeit „HH:mm“ von „00:00“ bis „24:00“',
    aTimeAfter: (start: unknown) => `eine Uhrzeit nach dem Beginn ${show(start, 'de')}`,
    weekdays: 'eine nicht leere Liste von Wochentagen (1 = Montag … 7 = Sonntag)',
    emptyWeekdays: (fn: string, expected: string) =>
      `Die Option „workingHours.days“ von ${fn} muss ${expected} sein, keine leere Liste.`,
    aWeekday: 'ein Wochentag von 1 (Montag) bis 7 (Sonntag)',
    aDataset: 'ein Datensatz aus parseDataset',
  },
  en: {
    atIndex: (index: number) => `at index ${index}`,
    notAList: (value: unknown) =>
      `${show(value, 'en')} is not a list of schedule items: expected a list of objects with id, start and end.`,
    tooMany: (count: number, max: number) =>
      `The list has ${englishNumber(count)} entries; kommunal reads at most ${englishNumber(max)} schedule items at once.`,
    notAnItem: (value: unknown) =>
      `${show(value, 'en')} is not a schedule item: expected an object with id, start and end.`,
    noId: (value: unknown, index: number) =>
      value === undefined
        ? `The item at index ${index} has no id: expected a non-empty string.`
        : `The id of the item at index ${index} must be a non-empty string, not ${show(value, 'en')}.`,
    duplicate: (id: string, first: number) =>
      `The id ${show(id, 'en')} appears more than once (first at index ${first}).`,
    badTime: (value: unknown) =>
      `${show(value, 'en')} is not an instant: expected a Date or an ISO string with an offset like "2024-04-15T09:00+02:00".`,
    unsupported: DATE_INPUT_MESSAGES.en.outsideYears,
    endBeforeStart: (item: string) => `The item ${item} ends before it starts.`,
    skippedNoStart: (title: string, id: string) =>
      `The item ${show(title, 'en')} (${show(id, 'en')}) has neither a day nor a time and is not on the schedule.`,
    skippedNoTime: (title: string, id: string, day: string) =>
      `The item ${show(title, 'en')} (${show(id, 'en')}) on ${day} has no time and is not on the schedule.`,
    notIds: (field: string, item: string, value: unknown) =>
      `The field "${field}" of the item ${item} must be a list of ids, not ${show(value, 'en')}.`,
    notAnId: (field: string, item: string, value: unknown) =>
      `The field "${field}" of the item ${item} may only hold ids (strings), not ${show(value, 'en')}.`,
    notText: (field: string, item: string, value: unknown) =>
      `The field "${field}" of the item ${item} must be a string, not ${show(value, 'en')}.`,
    notBoolean: (field: string, item: string, value: unknown) =>
      `The field "${field}" of the item ${item} must be true or false, not ${show(value, 'en')}.`,
    notAnObject: (field: string, item: string, value: unknown) =>
      `The field "${field}" of the item ${item} must be an object, not ${show(value, 'en')}.`,
    notTexts: (field: string, item: string, value: unknown) =>
      `The field "${field}" of the item ${item} must be a list of strings, not ${show(value, 'en')}.`,
    namesPerPerson: (item: string, names: number, people: number) =>
      `The field "personNames" of the item ${item} gives ${names} ${names === 1 ? 'name' : 'names'} for ${people} ${people === 1 ? 'person' : 'people'} in "personIds": expected one name per person, in the same order.`,
    notAZone: (field: string, item: string, value: unknown) =>
      `The field "${field}" of the item ${item} must be a known IANA time zone such as "Europe/Berlin", not ${show(value, 'en')}.`,
    notAHolidayDate: (field: string, item: string, value: unknown) =>
      `The field "${field}" of the item ${item} must be a day "MM-DD" (every year) or "YYYY-MM-DD", not ${show(value, 'en')}.`,
    notADate: (field: string, item: string, value: unknown) =>
      `The field "${field}" of the item ${item} must be a date "YYYY-MM-DD", not ${show(value, 'en')}.`,
    notAGermanState: (item: string, value: unknown) =>
      `The field "place.state" of the item ${item} must be a German state such as "DE-HE", not ${show(value, 'en')}.`,
    notAnAgs: (item: string, value: unknown) =>
      `The field "place.ags" of the item ${item} must be an 8-digit municipality key such as "09761000", not ${show(value, 'en')}.`,
    tooManyHolidays: (item: string, count: number, max: number) =>
      `The field "place.holidays" of the item ${item} has ${englishNumber(count)} entries; kommunal reads at most ${englishNumber(max)}.`,
    periodEndsBeforeStart: (item: string) => `The period ("period") of the item ${item} ends before it starts.`,
    anObjectWithStartAndEnd: 'an object with start and end',
    aClockTime: 'a time "HH:mm" from "00:00" to "24:00"',
    aTimeAfter: (start: unknown) => `a time after the start ${show(start, 'en')}`,
    weekdays: 'a non-empty list of weekdays (1 = Monday … 7 = Sunday)',
    emptyWeekdays: (fn: string, expected: string) =>
      `The option "workingHours.days" of ${fn} must be ${expected}, not an empty list.`,
    aWeekday: 'a weekday from 1 (Monday) to 7 (Sunday)',
    aDataset: 'a dataset from parseDataset',
  },
});
