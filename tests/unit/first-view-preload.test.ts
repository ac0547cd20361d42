import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstViewPreloadPlugin } from '../../vite.preload';

type Handler = (
  html: string,
  ctx: { bundle: Record<string, unknown> },
) => { attrs: { href: string } }[];

const chunk = (
  fileName: string,
  facadeModuleId: string | null,
  imports: string[] = [],
  isEntry = false,
  moduleIds: string[] = facadeModuleId ? [facadeModuleId] : [],
) => ({
  type: 'chunk',
  fileName,
  facadeModuleId,
  moduleIds,
  imports,
  isEntry,
});

describe('first paint', () => {
  it('preloads the canvas chunk, the bundled dataset as the build checked it and its positions, not what the entry already loads nor the dataset files as text', () => {
    const plugin = firstViewPreloadPlugin();
    (plugin.configResolved as (c: { base: string }) => void)({ base: '/app/' });
    const bundle = Object.fromEntries(
      [
        chunk('assets/index.js', '/r/src/app/main.tsx', ['assets/jsx.js'], true),
        chunk('assets/jsx.js', null),
        chunk('assets/GraphView.js', '/r/src/canvas/GraphView.tsx', [
          'assets/cytoscape.js',
          'assets/jsx.js',
        ]),
        chunk('assets/cytoscape.js', null),
        chunk('assets/person.js', '/r/graph-data/entities/person.json?raw'),
        chunk('assets/bundledPositions.js', '/r/src/cy/bundledPositions.json'),
        chunk('assets/ListView.js', '/r/src/features/list/ListView.tsx'),
        // A chunk that groups several modules has no facade: it is found by what it holds.
        chunk('assets/dataset.js', null, [], false, [
          '\0virtual:parley-checked-dataset',
          '/r/src/cy/bundledPositions.json',
        ]),
        // The files as text: read only when the build found errors, and by the editor.
        chunk('assets/dataset-files.js', null, [], false, [
          '/r/graph-data/relations/a.json?raw',
          '/r/graph-data/sources.json?raw',
        ]),
      ].map((c) => [c.fileName, c]),
    );
    const handler = (plugin.transformIndexHtml as unknown as { handler: Handler }).handler;
    expect(handler('', { bundle }).map((t) => t.attrs.href)).toEqual([
      '/app/assets/GraphView.js',
      '/app/assets/bundledPositions.js',
      '/app/assets/cytoscape.js',
      '/app/assets/dataset.js',
    ]);
  });

  it('index.html paints the top bar and the loading line before any script, as the loading state does', () => {
    const html = readFileSync('index.html', 'utf8');
    const shell = readFileSync('src/app/BootShell.tsx', 'utf8');
    const words = (s: string) => s.replace(/\s+/g, ' ').trim();
    const lead = /<p class="boot-lead">([^<]+)<\/p>/.exec(html)?.[1];
    expect(lead).toBeDefined();
    expect(words(shell)).toContain(words(lead!));
    expect(html).toContain('<span class="boot-brand">Parley</span>');
  });
});
