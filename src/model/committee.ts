import * as z from 'zod';
import { IdListSchema, IdSchema, PartialDateSchema, TextSchema } from './formats.js';
import { PROVENANCE_FIELDS } from './provenance.js';
import { readonlyCopy } from './readonlyCopy.js';

/**
 * Schema of a committee's kind: `council-committee` (Ausschuss of a council), `advisory-board`
 * (Beirat, such as an Integrationsbeirat), `working-group` (Arbeitsgruppe) or `other`.
 *
 * @example
 * ```ts
 * import { CommitteeKindSchema } from 'kommunal';
 *
 * CommitteeKindSchema.parse('advisory-board'); // => 'advisory-board'
 * CommitteeKindSchema.safeParse('beirat').success; // => false
 * ```
 *
 * @category Data model
 */
export const CommitteeKindSchema = z.enum(['council-committee', 'advisory-board', 'working-group', 'other']);

/**
 * A committee's kind; see {@link CommitteeKindSchema}.
 *
 * @example
 * ```ts
 * import type { CommitteeKind } from 'kommunal';
 *
 * const kind: CommitteeKind = 'working-group';
 * kind; // => 'working-group'
 * ```
 *
 * @category Data model
 * @useDeclaredType
 */
export type CommitteeKind = z.infer<typeof CommitteeKindSchema>;

/**
 * Schema of a committee (Gremium): a council's committee, an advisory board such as an
 * Ausländer- or Integrationsbeirat, a working group. It belongs to a municipality or an
 * organisation; its members (`memberIds`) are organisations, persons or municipalities; it sits
 * from `since` until `until` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
 *
 * @example
 * ```ts
 * import { CommitteeSchema } from 'kommunal';
 *
 * const board = CommitteeSchema.parse({
 *   id: 'integrationsbeirat-wetzlar',
 *   name: 'Integrationsbeirat der Stadt Wetzlar',
 *   kind: 'advisory-board',
 *   municipalityId: 'wetzlar',
 *   memberIds: ['daniela-less', 'wetzlar-wir-koordination'],
 *   since: '2011',
 * });
 * board.kind; // => 'advisory-board'
 * CommitteeSchema.safeParse({ id: 'x' }).success; // => false
 * ```
 *
 * @category Data model
 */
export const CommitteeSchema = readonlyCopy(
  z.strictObject({
    /** Unique among the committees. */
    id: IdSchema,
    /** Its name: `Integrationsbeirat der Stadt Wetzlar`. */
    name: TextSchema,
    /** Council committee, advisory board, working group or other. */
    kind: CommitteeKindSchema.optional(),
    /** The municipality it belongs to. */
    municipalityId: IdSchema.optional(),
    /** The organisation it belongs to. */
    organisationId: IdSchema.optional(),
    /** Its members: organisations, persons or municipalities. */
    memberIds: IdListSchema.optional(),
    /** When it was set up: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
    since: PartialDateSchema.optional(),
    /** When it was dissolved: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
    until: PartialDateSchema.optional(),
    /** What the sources leave open, or an assumption made. */
    notes: TextSchema.optional(),
    ...PROVENANCE_FIELDS,
  }),
);

/**
 * A committee; see {@link CommitteeSchema}.
 *
 * @example
 * ```ts
 * import type { Committee } from 'kommunal';
 *
 * const group: Committee = { id: 'ag-sprache', name: 'AG Sprache', kind: 'working-group', organisationId: 'zefas' };
 * group.kind; // => 'working-group'
 * ```
 *
 * @category Data model
 * @interface
 */
export type Committee = z.infer<typeof CommitteeSchema>;
