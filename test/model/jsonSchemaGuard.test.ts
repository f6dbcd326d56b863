// toDatasetJsonSchema drops every `format` keyword and relies on the pattern next to it; a zod
// format without a pattern (such as `z.url()`, which asks the URL parser) must stop the build
// instead of shipping a schema looser than zod.
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod';

describe('toDatasetJsonSchema', () => {
  it('refuses a zod format it cannot carry as a pattern', async () => {
    vi.resetModules();
    vi.doMock('../../src/model/dataset.js', () => ({ DatasetSchema: z.strictObject({ website: z.url() }) }));
    const { toDatasetJsonSchema } = await import('../../src/model/jsonSchema.js');
    expect(() => toDatasetJsonSchema()).toThrow('The format "uri" has no pattern for the JSON Schema to carry.');
    vi.doUnmock('../../src/model/dataset.js');
  });
});
