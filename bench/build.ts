/**
 * Builds the app and the baseline page into a private temporary directory
 * (never dist/: other people build concurrently), serves it on 127.0.0.1
 * with Vite's preview server, and measures the production bundle.
 *
 * Layout of the served directory:
 *   /                 the app, exactly as `vite build` makes it
 *   /baseline/        the baseline page (bench/baseline)
 *   /bench-data/      bundles the baseline page fetches (the bundled dataset)
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, preview, type Plugin, type PreviewServer } from 'vite';
import { onDemandViolations } from './report';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface ChunkSize {
  file: string;
  /** Bytes as served. */
  bytes: number;
  /** Bytes after gzip (zlib default level, as Vite reports). */
  gzip: number;
  /** Why it is in this list: entry, static import, dynamic import, worker, css. */
  kind: 'entry' | 'static' | 'dynamic' | 'worker' | 'css' | 'asset';
  /** For lazy chunks: the source modules that make it up (shortened), at most a few. */
  modules?: string[];
}

export interface BundleReport {
  /** JavaScript loaded before first paint: the entry and its static imports. */
  initial: ChunkSize[];
  initialGzip: number;
  initialCss: ChunkSize[];
  /** Everything loaded on demand: dynamic imports, workers. */
  lazy: ChunkSize[];
  /** Every module in the initial JavaScript (shortened paths). */
  initialModules?: string[];
  /** Those of them that are export, import or analysis code (see report.ts onDemandViolations). */
  eagerOnDemandModules: string[];
}

interface OutChunk {
  type: 'chunk';
  fileName: string;
  code: string;
  isEntry: boolean;
  isDynamicEntry: boolean;
  imports: string[];
  dynamicImports: string[];
  moduleIds: string[];
}
interface OutAsset {
  type: 'asset';
  fileName: string;
  source: string | Uint8Array;
}
type OutItem = OutChunk | OutAsset;

function outputsOf(result: unknown): OutItem[] {
  const list = Array.isArray(result) ? result : [result];
  const items: OutItem[] = [];
  for (const r of list as { output?: OutItem[] }[]) {
    if (r && Array.isArray(r.output)) items.push(...r.output);
  }
  if (items.length === 0) throw new Error('bench/build: vite build returned no output');
  return items;
}

function size(file: string, content: string | Uint8Array, kind: ChunkSize['kind']): ChunkSize {
  const buf = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content);
  return { file, bytes: buf.length, gzip: gzipSync(buf).length, kind };
}

function shortModule(id: string): string {
  const rel = id.startsWith(REPO_ROOT) ? id.slice(REPO_ROOT.length + 1) : id;
  return rel.replace(/^.*node_modules\//, '').replace(/\?.*$/, '');
}

/** The initial/lazy split of a Vite build, from its output chunks. */
export function analyzeBundle(result: unknown): BundleReport {
  const items = outputsOf(result);
  const chunks = new Map<string, OutChunk>();
  for (const it of items) if (it.type === 'chunk') chunks.set(it.fileName, it);
  const initialFiles = new Set<string>();
  const visit = (file: string) => {
    if (initialFiles.has(file)) return;
    const c = chunks.get(file);
    if (!c) return;
    initialFiles.add(file);
    c.imports.forEach(visit);
  };
  for (const c of chunks.values()) if (c.isEntry) visit(c.fileName);

  const initial: ChunkSize[] = [];
  const initialCss: ChunkSize[] = [];
  const lazy: ChunkSize[] = [];
  const initialModules = new Set<string>();
  for (const it of items) {
    if (it.type === 'chunk') {
      if (initialFiles.has(it.fileName)) {
        initial.push(size(it.fileName, it.code, it.isEntry ? 'entry' : 'static'));
        for (const m of it.moduleIds) initialModules.add(shortModule(m));
      } else {
        lazy.push({
          ...size(it.fileName, it.code, 'dynamic'),
          modules: it.moduleIds.slice(0, 4).map(shortModule),
        });
      }
    } else if (it.fileName.endsWith('.css')) {
      initialCss.push(size(it.fileName, it.source, 'css'));
    } else if (it.fileName.endsWith('.js')) {
      lazy.push(size(it.fileName, it.source, 'worker'));
    }
  }
  lazy.sort((a, b) => b.gzip - a.gzip);
  return {
    initial,
    initialGzip: initial.reduce((s, c) => s + c.gzip, 0),
    initialCss,
    lazy,
    initialModules: [...initialModules].sort(),
    eagerOnDemandModules: onDemandViolations([...initialModules]),
  };
}

/**
 * The baseline shares Parley's stylesheet, which imports entity types from
 * src/model's index; that index also carries the zod schema. Point src/cy's
 * model imports at the plain lists so the baseline ships no validation code.
 */
function modelWithoutSchema(): Plugin {
  const entityTypes = path.join(REPO_ROOT, 'src/model/entityTypes.ts');
  return {
    name: 'parley-bench-model-without-schema',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === '../model' && importer?.includes(`${path.sep}src${path.sep}cy${path.sep}`)) {
        return entityTypes;
      }
      return null;
    },
  };
}

export interface Site {
  dir: string;
  /** Base URL, ending with "/". */
  url: string;
  bundle: BundleReport;
  close(): Promise<void>;
}

export interface BuildOptions {
  /** Keep names readable for profiling (no minification). */
  minify?: boolean;
  /** Extra files to serve under /bench-data/. */
  data?: Record<string, string>;
}

export async function buildAndServe(opts: BuildOptions = {}): Promise<Site> {
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-bench-'));
  const minify = opts.minify ?? true;
  let server: PreviewServer | undefined;
  try {
    const appOutput = await build({
      root: REPO_ROOT,
      logLevel: 'warn',
      build: { outDir: dir, emptyOutDir: true, ...(minify ? {} : { minify: false }) },
    });
    const bundle = analyzeBundle(appOutput);
    await build({
      root: path.join(REPO_ROOT, 'bench/baseline'),
      configFile: false,
      base: '/baseline/',
      logLevel: 'warn',
      plugins: [modelWithoutSchema()],
      build: {
        outDir: path.join(dir, 'baseline'),
        emptyOutDir: true,
        target: 'es2022',
        chunkSizeWarningLimit: 4000,
        ...(minify ? {} : { minify: false }),
      },
    });
    const dataDir = path.join(dir, 'bench-data');
    mkdirSync(dataDir, { recursive: true });
    for (const [name, text] of Object.entries(opts.data ?? {})) {
      writeFileSync(path.join(dataDir, name), text);
    }
    server = await preview({
      root: REPO_ROOT,
      build: { outDir: dir },
      preview: { port: 0, host: '127.0.0.1', strictPort: false },
      logLevel: 'warn',
    });
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('bench/build: vite preview did not report a URL');
    const running = server;
    return {
      dir,
      url: url.endsWith('/') ? url : `${url}/`,
      bundle,
      async close() {
        await running.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}
