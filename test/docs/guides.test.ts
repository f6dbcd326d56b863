// The README and every guide in docs/ read top to bottom like a script: the `ts` blocks of one
// page run in order as one module (each block may use what an earlier one defined, and imports
// are merged), and every `// =>` result in them must hold.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkedModule, root, runChecked } from './checkedModule.js';

const pages = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((file) => file.endsWith('.md'))
    .map((file) => `docs/${file}`),
];

/** The code of every ```ts block of a Markdown page, in order. */
function blocksOf(markdown: string): string[] {
  return [...markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? '');
}

const NAMED_IMPORT = /^import\s+(type\s+)?\{([^}]*)\}\s+from\s+'([^']+)';\n?/gm;

/** Joins a page's blocks into one module: imports from several blocks become one import per module. */
function pageModule(blocks: readonly string[]): string {
  const named = new Map<string, Set<string>>();
  const body = blocks
    .map((block) =>
      block.replace(NAMED_IMPORT, (_, typeOnly: string | undefined, names: string, from: string) => {
        const set = named.get(from) ?? new Set<string>();
        for (const name of names.split(',').map((part) => part.trim())) {
          if (name !== '') set.add(typeOnly && !name.startsWith('type ') ? `type ${name}` : name);
        }
        named.set(from, set);
        return '';
      }),
    )
    .join('\n');
  const imports = [...named].map(([from, names]) => `import { ${[...names].join(', ')} } from '${from}';`);
  return `${imports.join('\n')}\n${body}`;
}

describe('code in the README and the guides', () => {
  it('the README has a quick start to run', () => {
    expect(blocksOf(readFileSync(join(root, 'README.md'), 'utf8')).length).toBeGreaterThan(0);
  });

  it.each(pages.map((page) => [page]))('%s: a plain `# Title` first, no front matter', (page) => {
    expect(readFileSync(join(root, page), 'utf8')).toMatch(/^# \S/);
  });

  const withCode = pages.filter((page) => blocksOf(readFileSync(join(root, page), 'utf8')).length > 0);
  it.each(withCode.map((page) => [page]))(
    '%s: every ts block runs and every `// =>` holds',
    async (page) => {
      const blocks = blocksOf(readFileSync(join(root, page), 'utf8'));
      await runChecked(page, checkedModule(pageModule(blocks)));
    },
    60_000,
  );
});
