// Every public export carries an @example, and every example runs: each `expr; // => value` line
// must produce that value and each `expr; // throws Name` line must throw that error.
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { checkedModule, root, runChecked } from './checkedModule.js';

const entry = join(root, 'src/index.ts');

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

/** The code of an example's ts block. */
function codeOf(example: string): string {
  const code = /```ts\n([\s\S]*?)```/.exec(example)?.[1];
  if (code === undefined) throw new Error(`example without a ts code block:\n${example}`);
  return code;
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
    await runChecked(label, checkedModule(codeOf(example)));
  });
});
