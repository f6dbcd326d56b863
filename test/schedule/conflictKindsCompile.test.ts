// The promise of the kinds table, checked the way a contributor meets it: add a kind to
// CONFLICT_KINDS and nothing else, and the library no longer compiles, at each place that must
// learn the kind (its variant, its sentences in both languages, its case in the describe phase).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const KINDS = join('src', 'schedule', 'conflicts', 'kinds.ts');
const LAST_KIND = "  { kind: 'truncated', severity: 'info' },\n";

const copy = mkdtempSync(join(tmpdir(), 'kommunal-kinds-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

/** `tsc` on the copy of src/: its error lines, or `[]` when it compiles. */
function compileErrors(): string[] {
  try {
    execFileSync(process.execPath, [TSC, '-p', 'tsconfig.src.json'], { cwd: copy, encoding: 'utf8' });
    return [];
  } catch (error) {
    const output = String((error as { stdout?: unknown }).stdout ?? '');
    return output.split('\n').filter((line) => line.includes('error TS'));
  }
}

describe('a kind added to CONFLICT_KINDS alone', () => {
  it('fails tsc where its variant, its sentences and its description are missing', { timeout: 120_000 }, () => {
    for (const file of ['tsconfig.base.json', 'tsconfig.src.json']) cpSync(join(ROOT, file), join(copy, file));
    cpSync(join(ROOT, 'src'), join(copy, 'src'), { recursive: true });
    // The copy resolves zod and @date-fns/tz from the project's node_modules.
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'junction');
    expect(compileErrors()).toEqual([]);

    const kinds = readFileSync(join(copy, KINDS), 'utf8');
    expect(kinds).toContain(LAST_KIND);
    writeFileSync(
      join(copy, KINDS),
      kinds.replace(LAST_KIND, `${LAST_KIND}  { kind: 'double-parked', severity: 'info' },\n`),
    );
    const files = new Set(compileErrors().map((line) => line.replace(/\(.*$/, '').replaceAll('\\', '/')));
    expect([...files].sort()).toEqual(
      expect.arrayContaining([
        'src/i18n/conflicts.ts',
        'src/schedule/conflicts/conflict.ts',
        'src/schedule/conflicts/describe.ts',
      ]),
    );
  });
});
