import type { Plugin } from 'vite';

/** What the first view needs beyond the entry: the canvas chunk, the bundled dataset and its positions. */
const FIRST_VIEW = [
  /\/src\/canvas\/GraphView\.tsx$/,
  /parley-checked-dataset$/,
  /bundledPositions\.json/,
];

/**
 * Build only: <link rel="modulepreload"> for the chunks the first view loads
 * on demand (and what they import), so the browser fetches them with the
 * entry instead of after it has run.
 */
export function firstViewPreloadPlugin(): Plugin {
  let base = '/';
  return {
    name: 'parley-first-view-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) => {
        const bundle = ctx.bundle;
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const entry = chunks.find((c) => c.isEntry);
        const initial = new Set<string>();
        const walk = (file: string, into: Set<string>) => {
          if (into.has(file)) return;
          into.add(file);
          const c = bundle[file];
          if (c?.type === 'chunk') for (const i of c.imports) walk(i, into);
        };
        if (entry) walk(entry.fileName, initial);
        const wanted = new Set<string>();
        for (const c of chunks)
          // By the modules a chunk holds: the checked dataset and the positions share one chunk (vite.config.ts).
          if (c.moduleIds.some((id) => FIRST_VIEW.some((re) => re.test(id))))
            walk(c.fileName, wanted);
        return [...wanted]
          .filter((f) => !initial.has(f))
          .sort()
          .map((f) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: '', href: `${base}${f}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}
