// Turns documentation code into modules whose `// =>` comments are assertions: shared by the test
// of doc comments' @examples and the test of the README's and guides' code blocks.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect } from 'vitest';
import { toDatasetJsonSchema } from '../../src/model/jsonSchema.js';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const scratch = join(root, 'node_modules/.cache/kommunal-examples');

/** The package's public entries, as a user imports them, and the sources that build them. */
const ENTRIES: Readonly<Record<string, string>> = {
  kommunal: 'src/index.ts',
  'kommunal/format': 'src/format/index.ts',
  'kommunal/holidays': 'src/holidays/index.ts',
};

const CHECK = /^(\s*)([\s\S]+?);\s*\/\/\s*(=>|throws)\s*(.+)$/;

/** Points imports of the package's entries at their sources, and of its JSON Schema at a fresh copy. */
function resolveEntries(code: string): string {
  return code.replace(/from '(kommunal(?:\/[a-z.]+)?)'/g, (_, specifier: string) => {
    if (specifier === 'kommunal/dataset.schema.json') {
      mkdirSync(scratch, { recursive: true });
      const file = join(scratch, 'dataset.schema.json');
      writeFileSync(file, JSON.stringify(toDatasetJsonSchema()));
      return `from ${JSON.stringify(pathToFileURL(file).href)}`;
    }
    const source = ENTRIES[specifier];
    if (source === undefined) throw new Error(`unknown entry ${specifier}`);
    return `from ${JSON.stringify(pathToFileURL(join(root, source)).href)}`;
  });
}

/** How many more brackets a piece of code opens than it closes. */
function openBrackets(code: string): number {
  let open = 0;
  for (const character of code) {
    if ('([{'.includes(character)) open += 1;
    else if (')]}'.includes(character)) open -= 1;
  }
  return open;
}

/**
 * A result too long for its line may stand alone on the next one, `expr;` then `// => value`,
 * also after an expression that spans several lines: those lines become one check.
 */
function joinResultLines(lines: readonly string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    const previous = joined.at(-1);
    if (/^\s*\/\/\s*(=>|throws)\s/.test(line) && previous !== undefined && /;\s*$/.test(previous)) {
      let first = joined.length - 1;
      while (first > 0 && openBrackets(joined.slice(first).join('\n')) !== 0) first -= 1;
      const statement = joined.splice(first).join('\n');
      joined.push(`${statement} ${line.trim()}`);
    } else {
      joined.push(line);
    }
  }
  return joined;
}

/** Turns `expr; // => value` into a check that `expr` equals `value`, and `expr; // throws Name` into a check that it throws `Name`. */
export function checkedModule(code: string): string {
  const body = joinResultLines(resolveEntries(code).split('\n'))
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

/** Runs a module written by {@link checkedModule} and every check in it; there must be one. */
export async function runChecked(label: string, module: string): Promise<number> {
  mkdirSync(scratch, { recursive: true });
  const file = join(scratch, `${label.replace(/\W+/g, '_')}.ts`);
  writeFileSync(file, module);
  try {
    const { checks } = (await import(pathToFileURL(file).href)) as { checks: (() => void)[] };
    expect(checks.length, 'the code shows at least one result').toBeGreaterThan(0);
    for (const check of checks) check();
    return checks.length;
  } finally {
    rmSync(file, { force: true });
  }
}
