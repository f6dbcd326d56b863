// The API reference stays readable: TypeDoc with our typedoc.json and plugin names the inferred
// types instead of expanding them, gives every entity a page with its fields, files every export
// under a category and the guides under Guides.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  Application,
  type DeclarationReflection,
  LogLevel,
  type NormalizedPath,
  type ProjectReflection,
  ReflectionKind,
  TSConfigReader,
  TypeDocReader,
} from 'typedoc';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const ENTITIES = [
  'Dataset',
  'Municipality',
  'LocalHoliday',
  'Organisation',
  'Person',
  'Role',
  'Venue',
  'Partnership',
  'Exchange',
  'ProgrammeItem',
  'FundingProgramme',
  'Grant',
  'Money',
  'Measure',
];
const CATEGORIES = ['Guides', 'Data model', 'Validation', 'Queries', 'Scheduling', 'Formatting', 'Holidays'];

let app: Application;
let project: ProjectReflection;

beforeAll(async () => {
  app = await Application.bootstrapWithPlugins({ options: join(root, 'typedoc.json'), logLevel: LogLevel.Error }, [
    new TypeDocReader(),
    new TSConfigReader(),
  ]);
  const converted = await app.convert();
  if (!converted) throw new Error('TypeDoc could not convert the project');
  project = converted;
}, 60_000);

function declaration(name: string, parent: ProjectReflection | DeclarationReflection = project): DeclarationReflection {
  const found = parent.getChildByName(name);
  if (!found?.isDeclaration()) throw new Error(`${name} is not in ${parent.name}`);
  return found;
}

/** A reflection's fields, with those of object types written in place (`attendance`). */
function fields(reflection: DeclarationReflection): DeclarationReflection[] {
  return (reflection.children ?? []).flatMap((field) => [
    field,
    ...(field.type?.type === 'reflection' ? fields(field.type.declaration) : []),
  ]);
}

describe('the API reference', () => {
  it('has no module level and no warnings', () => {
    app.validate(project);
    expect(app.logger.hasWarnings() || app.logger.hasErrors()).toBe(false);
    expect(project.getReflectionsByKind(ReflectionKind.Module)).toEqual([]);
  });

  it.each(ENTITIES)('gives %s a page listing every field with its comment', (name) => {
    const entity = declaration(name);
    expect(entity.kind).toBe(ReflectionKind.Interface);
    const all = fields(entity);
    expect(all.length).toBeGreaterThan(1);
    expect(all.filter((field) => !field.comment?.summary.length).map((field) => field.name)).toEqual([]);
    expect(all.filter((field) => field.defaultValue !== undefined).map((field) => field.name)).toEqual([]);
  });

  it('shows the municipality fields with the comments from the schema', () => {
    const country = declaration('country', declaration('Municipality'));
    expect(country.comment?.summary.map((part) => part.text).join('')).toBe('ISO 3166-1 alpha-2.');
  });

  it('lists the values of an enum type in the order of its schema', () => {
    expect(declaration('FundingLevel').type?.toString()).toBe(
      '"eu" | "federal" | "state" | "district" | "municipal" | "foundation"',
    );
    expect(declaration('recurrence', declaration('Measure')).type?.toString()).toBe('Recurrence');
  });

  it('names inferred types and schemas wherever they occur instead of expanding them', () => {
    const json = JSON.stringify(app.serializer.projectToObject(project, root as NormalizedPath));
    expect(json).not.toContain('"qualifiedName":"Readonly"');
    const [signature] = declaration('toICalendar').signatures ?? [];
    expect(signature?.parameters?.[0]?.type?.toString()).toBe('readonly ScheduleItem[]');
    expect(declaration('dataset', declaration('ToICalendarOptions')).type?.toString()).toBe('Dataset');
    expect(declaration('dataset', declaration('DetectConflictsOptions')).type?.toString()).toBe('Dataset');
    expect(declaration('holidays', declaration('Municipality')).type?.toString()).toBe('readonly LocalHoliday[]');
    expect(declaration('partnersOf').signatures?.[0]?.type?.toString()).toBe('Municipality[]');
    expect(declaration('DatasetSchema').type?.toString()).toContain('ZodArray<typeof MunicipalitySchema>');
  });

  it('files every export under one of the categories and the guides under Guides', () => {
    expect(project.categories?.map((category) => category.title)).toEqual(CATEGORIES);
    const guides = project.categories?.[0]?.children ?? [];
    expect(guides.every((child) => child.isDocument())).toBe(true);
    expect(project.documents?.length).toBe(guides.length);
  });

  it('titles each guide by its first heading', () => {
    for (const document of project.documents ?? []) {
      const file = project.files.getReflectionPath(document);
      const heading = file && /^# (.+)$/m.exec(readFileSync(file, 'utf8'))?.[1];
      expect(document.name).toBe(heading);
    }
  });
});
