// Every public export carries an @example, and every example runs: each `expr; // => value` line
// must produce that value and each `expr; // throws Name` line must throw that error.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const entry = join(root, 'src/index.ts');
const scratch = join(root, 'node_modules/.cache/kommunal-examples');

interface DocumentedExport {
  readonly name: string;
  readonly examples: readonly string[];
}

function documentedExports(): DocumentedExport[] {
  const program = ts.createProgram([entry], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error('src/index.ts not found');
  return checker.getExportsOfModule(moduleSymbol).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const examples = symbol
      .getJsDocTags(checker)
      .filter((tag) => tag.name === 'example')
      .map((tag) => ts.displayPartsToString(tag.text));
    return { name: exported.getName(), examples };
  });
}

const CHECK = /^(\s*)(.+?);\s*\/\/\s*(=>|throws)\s*(.+)$/;

/** Turns an example into a module whose `// =>` comments are assertions. */
function toModule(example: string): string {
  const code = /```ts\n([\s\S]*?)```/.exec(example)?.[1];
  if (code === undefined) throw new Error(`example without a ts code block:\n${example}`);
  const body = code
    .replaceAll(`from 'kommunal'`, `from ${JSON.stringify(pathToFileURL(entry).href)}`)
    .split('\n')
    .map((line) => {
      const match = CHECK.exec(line);
      if (!match) return line;
      const [, indent, expression, kind, expected] = match;
      return kind === '=>'
        ? `${indent}__checks.push(() => expect(${expression}).toEqual(${expected}));`
        : `${indent}__checks.push(() => expect(__thrown(() => ${expression})).toBe(${JSON.stringify(expected?.trim())}));`;
    })
    .join('\n');
  return `import { expect } from 'vitest';\nconst __checks: (() => void)[] = [];\nconst __thrown = (run: () => unknown): string => {\n  try {\n    run();\n  } catch (error) {\n    return (error as Error).name;\n  }\n  return 'nothing thrown';\n};\n${body}\nexport const checks = __checks;\n`;
}

const exports = documentedExports();

describe('public API documentation', () => {
  it('exports something', () => {
    expect(exports.length).toBeGreaterThan(10);
  });

  it.each(exports.map((entry) => [entry.name, entry] as const))('%s has an @example', (_, entry) => {
    expect(entry.examples.length).toBeGreaterThan(0);
  });

  const runnable = exports.flatMap((entry) =>
    entry.examples.map((example, index) => [`${entry.name} #${index + 1}`, example] as const),
  );
  it.each(runnable)('the example of %s runs and holds', async (label, example) => {
    mkdirSync(scratch, { recursive: true });
    const file = join(scratch, `${label.replace(/\W+/g, '_')}.ts`);
    writeFileSync(file, toModule(example));
    try {
      const { checks } = (await import(pathToFileURL(file).href)) as { checks: (() => void)[] };
      expect(checks.length, 'an example shows at least one result').toBeGreaterThan(0);
      for (const check of checks) check();
    } finally {
      rmSync(file, { force: true });
    }
  });
});
