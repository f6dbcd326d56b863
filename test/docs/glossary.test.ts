// The glossary in docs/data-model.md and formatKind say the same.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CommitteeKindSchema,
  ExchangeKindSchema,
  FundingLevelSchema,
  formatKind,
  type Kind,
  MeasureKindSchema,
  MunicipalityKindSchema,
  OrganisationKindSchema,
  PartnershipKindSchema,
  ProgrammeItemRoleSchema,
  RecurrenceSchema,
} from '../../src/index.js';

const guide = readFileSync(new URL('../../docs/data-model.md', import.meta.url), 'utf8');
const kinds = guide.slice(guide.indexOf('### Kinds'), guide.indexOf('### Fields'));
const rows = [...kinds.matchAll(/^\|\s*([^|]+?)\s*\|\s*`([a-z-]+)`\s*\|$/gm)].map(
  ([, german, kind]) => [german?.trim(), kind] as const,
);

describe('the glossary', () => {
  it('has a row for each kind the schemas define', () => {
    const defined = [
      MunicipalityKindSchema,
      OrganisationKindSchema,
      PartnershipKindSchema,
      ExchangeKindSchema,
      FundingLevelSchema,
      MeasureKindSchema,
      RecurrenceSchema,
      CommitteeKindSchema,
      ProgrammeItemRoleSchema,
    ].flatMap((schema) => schema.options as readonly string[]);
    expect(rows.map(([, kind]) => kind).sort()).toEqual([...new Set(defined)].sort());
  });

  it.each(rows)('%s = %s, as formatKind says', (german, kind) => {
    expect(formatKind(kind as Kind)).toBe(german);
  });
});
