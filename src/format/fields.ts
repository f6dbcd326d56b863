import { KommunalValidationError } from '../errors/KommunalValidationError.js';
import { unreadableIssue } from '../errors/options.js';
import { type FieldOwner, FORMAT_MESSAGES } from '../i18n/formatting.js';
import { isArray } from '../time/quote.js';

/** What is being read, for messages. */
export interface Entity {
  /** The sentence for a value that is no such object. */
  readonly notOne: (value: unknown) => string;
  /** Whose fields these are. */
  readonly owner: FieldOwner;
}

type Path = readonly (string | number)[];

function failAt(path: Path, message: string): never {
  throw new KommunalValidationError([{ path, code: 'invalid_type', message }]);
}

/** An entity as an object, or a German `invalid_type` error naming what was given. */
export function readRecord(value: unknown, entity: Entity, path: Path = []): object {
  if (typeof value !== 'object' || value === null || isArray(value)) return failAt(path, entity.notOne(value));
  return value;
}

/**
 * A field of an entity. A getter or Proxy trap of the caller's that throws is an `invalid_type`
 * error at the field's path ({@link unreadableIssue}), not an exception of its own.
 */
export function fieldOf(record: object, key: string | number, path: Path): unknown {
  try {
    return (record as Readonly<Record<string | number, unknown>>)[key];
  } catch (error) {
    throw new KommunalValidationError([unreadableIssue(path, error, 'de')]);
  }
}

/** A text field of an entity: a string, or `undefined` where `optional`; anything else is an error at its path. */
export function readText(record: object, path: Path, entity: Entity, optional: boolean): string | undefined {
  const value = fieldOf(record, path[path.length - 1] as string | number, path);
  if (typeof value === 'string' || (optional && value === undefined)) return value;
  return failAt(path, FORMAT_MESSAGES.de.fieldNotText(path.join('.'), entity.owner, value));
}

/** A list field of an entity: an array, or `undefined`; anything else is an error at its path. */
export function readList(record: object, path: Path, entity: Entity): object | undefined {
  const value = fieldOf(record, path[path.length - 1] as string | number, path);
  if (value === undefined || isArray(value)) return value;
  return failAt(path, FORMAT_MESSAGES.de.fieldNotList(path.join('.'), entity.owner, value));
}
