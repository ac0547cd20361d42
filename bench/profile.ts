/**
 * Summaries of a V8 CPU profile (Chromium's main thread, taken through CDP's
 * Profiler domain): where the time went, by function, self and total.
 */

export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    children?: number[];
  }[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileLine {
  fn: string;
  selfMs: number;
  totalMs: number;
}

const IGNORED = new Set(['(idle)', '(root)', '(program)']);

function keyOf(frame: CpuProfile['nodes'][number]['callFrame']): string {
  const name = frame.functionName || '(anonymous)';
  if (!frame.url) return name;
  const file = frame.url.replace(/^.*\//, '').replace(/\?.*$/, '');
  return `${name} ${file}:${frame.lineNumber + 1}`;
}

/** The functions with the most self time and the most total (inclusive) time. */
export function summarizeProfile(
  profile: CpuProfile,
  top = 20,
): { self: ProfileLine[]; total: ProfileLine[]; files: ProfileLine[]; sampledMs: number } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let sampled = 0;
  for (let i = 0; i < samples.length; i++) {
    // A sample's duration is the gap to the next sample.
    const us = deltas[i + 1] ?? 0;
    const id = samples[i]!;
    self.set(id, (self.get(id) ?? 0) + us);
    sampled += us;
  }
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

  const selfByFile = new Map<string, number>();
  const selfByKey = new Map<string, number>();
  const totalByKey = new Map<string, number>();
  for (const [id, us] of self) {
    const node = byId.get(id);
    if (!node) continue;
    const k = keyOf(node.callFrame);
    const file = node.callFrame.url
      ? node.callFrame.url.replace(/^.*\//, '').replace(/\?.*$/, '')
      : node.callFrame.functionName || '(native)';
    selfByFile.set(file, (selfByFile.get(file) ?? 0) + us);
    if (!IGNORED.has(node.callFrame.functionName)) selfByKey.set(k, (selfByKey.get(k) ?? 0) + us);
    // Total time: credit each distinct function on the stack once.
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur);
      if (!f || IGNORED.has(f.callFrame.functionName)) continue;
      const key = keyOf(f.callFrame);
      if (seen.has(key)) continue;
      seen.add(key);
      totalByKey.set(key, (totalByKey.get(key) ?? 0) + us);
    }
  }
  const lines = (m: Map<string, number>, other: Map<string, number>, selfFirst: boolean) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([fn, us]) => ({
        fn,
        selfMs: (selfFirst ? us : (other.get(fn) ?? 0)) / 1000,
        totalMs: (selfFirst ? (other.get(fn) ?? 0) : us) / 1000,
      }));
  return {
    self: lines(selfByKey, totalByKey, true),
    total: lines(totalByKey, selfByKey, false),
    files: [...selfByFile.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10)
      .map(([fn, us]) => ({ fn, selfMs: us / 1000, totalMs: us / 1000 })),
    sampledMs: sampled / 1000,
  };
}

export function formatProfile(title: string, s: ReturnType<typeof summarizeProfile>): string {
  const row = (l: ProfileLine) =>
    `  ${l.selfMs.toFixed(0).padStart(7)} ${l.totalMs.toFixed(0).padStart(7)}  ${l.fn}`;
  return [
    `${title}: ${s.sampledMs.toFixed(0)} ms sampled on the main thread`,
    '  self ms total ms  — by self time',
    ...s.self.map(row),
    '  self ms total ms  — by total time',
    ...s.total.map(row),
    '  self ms          — by script (lazy chunks have their own file)',
    ...s.files.map((l) => `  ${l.selfMs.toFixed(0).padStart(7)}          ${l.fn}`),
  ].join('\n');
}
