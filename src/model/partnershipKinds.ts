/**
 * The kinds of partnership, as {@link PartnershipKindSchema} lists them: a table without zod, so that
 * the queries, which check their `kinds` option against it, load no zod.
 */
export const PARTNERSHIP_KINDS = ['town-twinning', 'friendship', 'project-partnership', 'sister-city'] as const;
