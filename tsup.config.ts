import { writeFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';
import { toDatasetJsonSchema } from './src/model/jsonSchema.js';

// The public entries: `kommunal`, and the zod-free `kommunal/format` and `kommunal/holidays`.
const entries = {
  index: 'src/index.ts',
  'format/index': 'src/format/index.ts',
  'holidays/index': 'src/holidays/index.ts',
};

const shared: Options = {
  tsconfig: 'tsconfig.src.json',
  dts: { entry: entries },
  // No source maps: the output is unminified, one readable module per source file (ESM), and maps
  // with their sources were 57% of the unpacked package (docs/decisions.md).
  sourcemap: false,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
  outDir: 'dist',
  // tsup's per-file size table is hundreds of lines nobody reads; errors and warnings still show.
  silent: true,
};

export const config = defineConfig([
  {
    ...shared,
    // One ESM file per source module: with `"sideEffects": false`, a bundler drops every module an
    // app does not import, so the zod schemas stay out of an app that only formats dates.
    entry: ['src/**/*.ts'],
    format: ['esm'],
    splitting: true,
    // Apps in other languages validate datasets with the same rules: `kommunal/dataset.schema.json`.
    // It sits at the package root so that resolvers without `exports` support (node10) find it too.
    onSuccess: async () => {
      writeFileSync('dataset.schema.json', `${JSON.stringify(toDatasetJsonSchema(), null, 2)}\n`);
    },
  },
  {
    ...shared,
    // CommonJS consumers do not tree-shake: one file per entry, and shared code (the error class
    // among it, so that `instanceof` holds across entries) in chunks they require.
    entry: entries,
    format: ['cjs'],
    splitting: true,
  },
]);

// biome-ignore lint/style/noDefaultExport: tsup reads its configuration from the default export.
export default config;
