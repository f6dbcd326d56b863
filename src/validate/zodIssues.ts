import type * as z from 'zod';
import { en as zodEnglish, de as zodGerman } from 'zod/locales';
import type { KommunalIssue, KommunalIssueCode } from '../errors/KommunalValidationError.js';
import type { Locale } from '../i18n/catalogue.js';
import { VALIDATION_MESSAGES } from '../i18n/validation.js';

const ZOD_LOCALES = { de: zodGerman(), en: zodEnglish() };

type RawIssue = z.core.$ZodRawIssue;

/** A table's own entry: tables are plain objects, and names come from zod, not from kommunal. */
function own(table: Readonly<Record<string, string>>, key: unknown): string | undefined {
  return typeof key === 'string' && Object.hasOwn(table, key) ? table[key] : undefined;
}

function formatOf(issue: RawIssue): string {
  return typeof issue['format'] === 'string' ? issue['format'] : '';
}

/**
 * A per-parse zod error map writing kommunal's sentences, which name the input; zod's own locale
 * answers for what kommunal does not word itself. Never installed globally, so the host app's zod
 * keeps its own configuration.
 */
export function errorMap(locale: Locale): z.core.$ZodErrorMap {
  const messages = VALIDATION_MESSAGES[locale];
  return (issue) => {
    switch (issue.code) {
      case 'invalid_type':
        if (issue.input === undefined) return messages.required(issue.path ?? []);
        return messages.wrongType(issue.input, own(messages.types, issue.expected) ?? String(issue.expected));
      case 'invalid_format': {
        const name = own(messages.formats, formatOf(issue));
        return name === undefined ? undefined : messages.badFormat(issue.input, name);
      }
      case 'invalid_value':
        return messages.notOneOf(issue.input, issue.values);
      case 'too_small':
        if (issue.origin === 'string') return messages.badFormat(issue.input, own(messages.formats, 'text') ?? '');
        if (issue.origin === 'array') return messages.tooFew(Number(issue.minimum));
        return messages.tooSmall(issue.input, Number(issue.minimum), issue.inclusive === true);
      case 'too_big':
        if (issue.origin === 'array') return messages.tooMany(Number(issue.maximum));
        if (issue.origin === 'number')
          return messages.tooBig(issue.input, Number(issue.maximum), issue.inclusive === true);
        return undefined;
      case 'unrecognized_keys':
        return messages.unknownKeys(issue.keys);
      case 'invalid_union': {
        // A value of none of the forms' types is named by the types; one that has the type of a
        // form but breaks its rules is unwrapped by fromZodIssue into that form's own issue.
        const expected = rootTypes(issue.errors);
        if (expected === undefined) return undefined;
        return messages.wrongTypes(
          issue.input,
          expected.map((type) => own(messages.types, type) ?? type),
        );
      }
      default:
        return ZOD_LOCALES[locale].localeError(issue);
    }
  };
}

const PASSED_THROUGH = new Set<string>([
  'invalid_type',
  'invalid_format',
  'invalid_value',
  'too_small',
  'too_big',
  'unrecognized_keys',
  'invalid_union',
]);

function keysOf(path: readonly PropertyKey[]): (string | number)[] {
  return path.filter((key): key is string | number => typeof key !== 'symbol');
}

/** Whether a form's issues say only that the value has another type. */
function isRootTypeError(errors: readonly z.core.$ZodIssue[]): boolean {
  return errors.length === 1 && errors[0]?.code === 'invalid_type' && errors[0].path.length === 0;
}

/** The types a union's forms expect, if the value has none of them; else `undefined`. */
function rootTypes(errors: unknown): string[] | undefined {
  if (!Array.isArray(errors) || errors.length === 0) return undefined;
  const types: string[] = [];
  for (const branch of errors as readonly (readonly z.core.$ZodIssue[])[]) {
    if (!isRootTypeError(branch)) return undefined;
    const expected = (branch[0] as z.core.$ZodIssueInvalidType).expected;
    if (!types.includes(expected)) types.push(expected);
  }
  return types;
}

/**
 * kommunal's issue for one of zod's, with the path prefixed by where the checked value sits. A
 * union's issue whose value has the type of exactly one form (`{ value: 3, qualifier: 'circa' }`
 * for „a whole number or a quantity“) becomes that form's first issue, at its own path, so that
 * the message names what is wrong rather than that no form fits.
 */
export function fromZodIssue(issue: z.core.$ZodIssue, prefix: readonly (string | number)[] = []): KommunalIssue {
  if (issue.code === 'invalid_union') {
    const fitting = issue.errors.filter((branch) => !isRootTypeError(branch));
    const inner = fitting.length === 1 ? fitting[0]?.[0] : undefined;
    if (inner !== undefined) return fromZodIssue(inner, [...prefix, ...keysOf(issue.path)]);
  }
  const code = (PASSED_THROUGH.has(issue.code) ? issue.code : 'custom') as KommunalIssueCode;
  const path = [...prefix, ...keysOf(issue.path)];
  return { path, code, message: issue.message };
}
