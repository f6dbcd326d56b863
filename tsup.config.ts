import { defineConfig } from 'tsup';

export const config = defineConfig({
  // One entry per domain besides the public index: with code splitting, each domain becomes its
  // own ESM chunk, so a bundler honouring `"sideEffects": false` drops the domains an app does not import.
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  tsconfig: 'tsconfig.src.json',
  dts: true,
  sourcemap: true,
  splitting: true,
  treeshake: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  outDir: 'dist',
});

// biome-ignore lint/style/noDefaultExport: tsup reads its configuration from the default export.
export default config;
