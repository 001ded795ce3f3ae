/**
 * A small invented tree of article files for the CLI tests, made fresh in a temp directory.
 * The texts are made up for these tests.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const ARTICLES = {
  'a.txt': '“We will reopen the library in May,” said Ana Ruiz, the council’s head of culture.\n',
  'b.md': 'The bridge is “safe for now”, according to engineers.\n\n“We are watching it closely,” said Tom Vale.\n',
  'bom.txt': '\uFEFF“Prices will fall,” the minister said.\n',
  'news/z.txt': '“Last one,” said Zed Moss.\n',
  'news/b.text': '“Second,” said Bea Lund.\n',
  'news/UPPER.TXT': '“Shouting,” said Ula Park.\n',
  'news/a/c.md': '“Nested,” said Cal Reed.\n',
  'news/a/notes.json': '{"not": "an article"}\n',
  'news/page.html': '<p>not an article</p>\n',
  'news/.drafts/x.txt': '“Hidden draft,” said Nobody.\n',
  'news/node_modules/pkg/readme.md': '“Dependency,” said Nobody.\n',
} as const;

/** Text files under news/, in the order the CLI must list them (code-unit order of the path). */
export const NEWS_ORDER = ['news/UPPER.TXT', 'news/a/c.md', 'news/b.text', 'news/z.txt'];

/** What the glob `**\/*.md` must match, in order. */
export const MD_GLOB_ORDER = ['b.md', 'news/a/c.md'];

export function makeTree(extra: Record<string, string | Uint8Array> = {}): { root: string; cleanup(): void } {
  const root = mkdtempSync(join(tmpdir(), 'extract-cli-'));
  for (const [path, content] of Object.entries({ ...ARTICLES, ...extra })) {
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
