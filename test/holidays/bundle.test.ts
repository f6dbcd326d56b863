// The budget: holiday code and data stay small in an app that imports only
// isPublicHoliday, 8 KB min+gzip at most. Bundled from the sources as an app's bundler does
// (esbuild, minified, "sideEffects": false); the consumer test measures the packed tarball so.
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

async function bundle(contents: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

describe('an app that imports only isPublicHoliday', () => {
  it('bundles to less than 8 KB min+gzip, from either path', { timeout: 60_000 }, async () => {
    for (const entry of ['./src/holidays/index.ts', './src/index.ts']) {
      const code = await bundle(
        `import { isPublicHoliday } from '${entry}';\nconsole.log(isPublicHoliday('2024-10-03', 'DE-HE'));`,
      );
      expect(gzipSync(code).length, entry).toBeLessThan(8000);
    }
  });

  it('carries none of what it never calls', { timeout: 60_000 }, async () => {
    const code = await bundle(
      `import { isPublicHoliday } from './src/holidays/index.ts';\nconsole.log(isPublicHoliday('2024-10-03', 'DE-HE'));`,
    );
    // The sentences about zones and the weekday names (TIME_MESSAGES), beside the date-reading ones it uses.
    expect(code).toContain('ist kein ISO-8601-Datum');
    expect(code).not.toContain('IANA');
    expect(code).not.toContain('Wednesday');
    // The Regierungsbezirke, beside the Länder it reads.
    expect(code).toContain('Schleswig-Holstein');
    expect(code).not.toContain('Weser-Ems');
    // Lookups of the Länder by AGS prefix, built at load only if kept.
    expect(code).not.toContain('agsPrefix,');
  });
});
