import { englishNumber, germanNumber } from '../time/germanNumber.js';
import { show } from '../time/quote.js';
import { catalogue } from './catalogue.js';

// What toJsonLd says when it cannot write an event: an id it does not know, and an event that lacks
// what Google's Event rich results require (a start, a place) and that kommunal will not invent.

/** Whose event it is, for the sentences: an exchange or a measure, with its title and id. */
export interface JsonLdOwner {
  readonly kind: 'exchange' | 'measure';
  readonly title: string;
  readonly id: string;
}

const GERMAN_OWNER = { exchange: 'Der Austausch', measure: 'Die Maßnahme' } as const;
const ENGLISH_OWNER = { exchange: 'The exchange', measure: 'The measure' } as const;

/** The sentences of toJsonLd. */
export const JSON_LD_MESSAGES = catalogue({
  de: {
    unknownId: (id: string) => `toJsonLd kennt keinen Austausch und keine Maßnahme mit der ID ${show(id, 'de')}.`,
    ambiguousId: (id: string) =>
      `Die ID ${show(id, 'de')} gehört zu einem Austausch und zu einer Maßnahme; toJsonLd kann nicht wählen. Geben Sie einer der beiden eine eigene ID.`,
    noStart: ({ kind, title, id }: JsonLdOwner) =>
      `${GERMAN_OWNER[kind]} ${show(title, 'de')} (${show(id, 'de')}) hat kein Datum (${kind === 'exchange' ? 'startDate' : 'since'}): Google verlangt für Veranstaltungen ein startDate, und kommunal erfindet keines. Tragen Sie das Datum ein, sobald es bekannt ist, auch nur als Jahr oder Monat („2025“, „2025-10“).`,
    noLocation: ({ kind, title, id }: JsonLdOwner) =>
      `${GERMAN_OWNER[kind]} ${show(title, 'de')} (${show(id, 'de')}) hat keinen bekannten Ort: kein Veranstaltungsort im ${kind === 'exchange' ? 'Programm' : 'Terminplan'} und keine Gemeinde ${kind === 'exchange' ? 'des Gastgebers' : 'der Verantwortlichen'}. Google verlangt für Veranstaltungen einen Ort (location).`,
    notAStatus: (field: string, value: string) =>
      `„${field}“ muss „planned“, „confirmed“, „held“ oder „cancelled“ sein, nicht ${show(value, 'de')}.`,
    notALanguage: (field: string, value: string) =>
      `„${field}“ muss ein Sprachcode nach ISO 639 in Kleinbuchstaben sein („de“, „ar“, „prs“), nicht ${show(value, 'de')}.`,
    unknownReference: (field: string, id: string) =>
      `„${field}“ nennt ${show(id, 'de')}, doch der Datensatz kennt keine Organisation und keine Kommune mit dieser ID.`,
    tooManySubEvents: ({ kind, title, id }: JsonLdOwner, count: number, max: number) =>
      `${GERMAN_OWNER[kind]} ${show(title, 'de')} (${show(id, 'de')}) hat ${germanNumber(count)} Programmpunkte oder Termine; toJsonLd schreibt höchstens ${germanNumber(max)} als subEvent.`,
  },
  en: {
    unknownId: (id: string) => `toJsonLd knows no exchange and no measure with the id ${show(id, 'en')}.`,
    ambiguousId: (id: string) =>
      `The id ${show(id, 'en')} belongs to an exchange and to a measure; toJsonLd cannot choose. Give one of them an id of its own.`,
    noStart: ({ kind, title, id }: JsonLdOwner) =>
      `${ENGLISH_OWNER[kind]} ${show(title, 'en')} (${show(id, 'en')}) has no date (${kind === 'exchange' ? 'startDate' : 'since'}): Google requires a startDate for events, and kommunal invents none. Add the date once it is known, even as a year or a month ("2025", "2025-10").`,
    noLocation: ({ kind, title, id }: JsonLdOwner) =>
      `${ENGLISH_OWNER[kind]} ${show(title, 'en')} (${show(id, 'en')}) has no known place: no venue in its ${kind === 'exchange' ? 'programme' : 'sessions'} and no municipality of its ${kind === 'exchange' ? 'host' : 'responsible body'}. Google requires a location for events.`,
    notAStatus: (field: string, value: string) =>
      `"${field}" must be "planned", "confirmed", "held" or "cancelled", not ${show(value, 'en')}.`,
    notALanguage: (field: string, value: string) =>
      `"${field}" must be a lower-case ISO 639 language code ("de", "ar", "prs"), not ${show(value, 'en')}.`,
    unknownReference: (field: string, id: string) =>
      `"${field}" names ${show(id, 'en')}, but the dataset has no organisation and no municipality with that id.`,
    tooManySubEvents: ({ kind, title, id }: JsonLdOwner, count: number, max: number) =>
      `${ENGLISH_OWNER[kind]} ${show(title, 'en')} (${show(id, 'en')}) has ${englishNumber(count)} programme items or sessions; toJsonLd writes at most ${englishNumber(max)} as subEvent.`,
  },
});
