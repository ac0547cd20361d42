/**
 * What runs inside the page, and the drivers that use it. The same code
 * measures the app and the baseline page: both set the same performance
 * marks, the same attributes on [data-testid="graph"] and expose the same
 * accessible controls (combobox "Search", legend toggles, region "Details").
 *
 * Everything here polls from Node with its own deadline: page.waitForFunction
 * cannot time out while the page's main thread is blocked, and neither can a
 * page.evaluate — so every evaluate is raced against a timer.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

export class Timeout extends Error {
  constructor(what: string, ms: number) {
    super(`bench: ${what} did not finish within ${Math.round(ms / 1000)} s`);
  }
}

/** page.evaluate with a deadline (a blocked main thread never answers). */
export async function evaluate<R, A>(
  page: Page,
  fn: (arg: A) => R | Promise<R>,
  arg: A,
  ms = 30_000,
  what = 'a page evaluation',
): Promise<R> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout(what, ms)), ms);
  });
  try {
    // Arguments here are plain JSON values, so Playwright's unboxing is the identity.
    const run = page.evaluate as (f: (a: A) => R | Promise<R>, a: A) => Promise<R>;
    return await Promise.race([run.call(page, fn, arg), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `check` (a page function) every `every` ms until it returns a value, or throws Timeout. */
export async function pollPage<R, A>(
  page: Page,
  check: (arg: A) => R | null | undefined | false,
  arg: A,
  ms: number,
  what: string,
  every = 100,
): Promise<R> {
  const end = Date.now() + ms;
  for (;;) {
    const left = end - Date.now();
    if (left <= 0) throw new Timeout(what, ms);
    try {
      const r = await evaluate(page, check, arg, Math.min(left, 5_000), what);
      if (r !== null && r !== undefined && r !== false) return r;
    } catch (e) {
      if (!(e instanceof Timeout)) throw e;
    }
    await sleep(every);
  }
}

// --- in-page instrumentation (installed with page.addInitScript) -----------

/**
 * Installs {@link instrument} in every page of the context. tsx compiles with
 * esbuild's keepNames, which wraps named inner functions in a `__name` helper
 * that serialized page functions do not carry: define it in the page first.
 */
export async function installInstrumentation(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  await context.addInitScript(instrument);
}

export interface Settle {
  busy: string | null;
  at: number;
  paintedAt: number | null;
  visible: string | null;
}

export interface BenchGlobal {
  longTasks: { start: number; duration: number }[];
  settles: Settle[];
  fileChangeAt: number | null;
  /** The page's Cytoscape instance, found through its container (`_cyreg.cy`). */
  cy(): import('cytoscape').Core;
  probe: {
    /** `shown`: an element whose text, once it reads `text`, marks what was asked for as shown. */
    start(events: string[], shown?: { selector: string; text: string }): void;
    quietFor(): number | null;
    stop(): {
      eventAt: number | null;
      lastMutation: number | null;
      frameAfter: number | null;
      /** The first frame after `shown` matched (null without `shown`, or never). */
      shownFrame: number | null;
    };
  };
}

/**
 * Installed before any page script: records long tasks, every change of the
 * graph's aria-busy (with the first frame painted after it settles), the
 * moment a file was chosen, and offers an interaction probe.
 * Self-contained: it is serialized into the page.
 */
export function instrument(): void {
  const w = window as unknown as { __bench: BenchGlobal };
  const afterNextFrame = (cb: (t: number) => void) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => cb(performance.now());
      ch.port2.postMessage(0);
    });

  const longTasks: BenchGlobal['longTasks'] = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long-task API: max long task is reported as 0
  }

  const settles: Settle[] = [];
  let lastBusy: string | null | undefined;
  const check = () => {
    const g = document.querySelector('[data-testid="graph"]');
    const busy = g ? g.getAttribute('aria-busy') : null;
    if (busy === lastBusy) return;
    lastBusy = busy;
    const rec: Settle = {
      busy,
      at: performance.now(),
      paintedAt: null,
      visible: g ? g.getAttribute('data-visible-nodes') : null,
    };
    settles.push(rec);
    if (busy === 'false') afterNextFrame((t) => (rec.paintedAt = t));
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['aria-busy'],
  });

  let state: {
    eventAt: number | null;
    lastMutation: number | null;
    shownAt: number | null;
    frames: number[];
    running: boolean;
    observer: MutationObserver;
    events: string[];
  } | null = null;
  const onEvent = (e: Event) => {
    if (state && state.eventAt === null) state.eventAt = e.timeStamp;
  };
  const probe: BenchGlobal['probe'] = {
    start(events, shown) {
      const s = {
        eventAt: null as number | null,
        lastMutation: null as number | null,
        shownAt: null as number | null,
        frames: [] as number[],
        running: true,
        events,
        observer: new MutationObserver(() => {
          if (s.eventAt === null) return;
          s.lastMutation = performance.now();
          if (shown && s.shownAt === null) {
            const el = document.querySelector(shown.selector);
            if (el?.textContent?.trim() === shown.text) s.shownAt = s.lastMutation;
          }
        }),
      };
      s.observer.observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
      for (const ev of events) window.addEventListener(ev, onEvent, true);
      const loop = () => {
        if (!s.running) return;
        afterNextFrame((t) => {
          s.frames.push(t);
          loop();
        });
      };
      loop();
      state = s;
    },
    quietFor() {
      if (!state || state.eventAt === null) return null;
      const last = Math.max(state.eventAt, state.lastMutation ?? 0);
      const framed = state.frames.some((f) => f > last);
      return framed ? performance.now() - last : null;
    },
    stop() {
      const s = state;
      state = null;
      if (!s) return { eventAt: null, lastMutation: null, frameAfter: null, shownFrame: null };
      s.running = false;
      s.observer.disconnect();
      for (const ev of s.events) window.removeEventListener(ev, onEvent, true);
      const last = Math.max(s.eventAt ?? 0, s.lastMutation ?? 0);
      return {
        eventAt: s.eventAt,
        lastMutation: s.lastMutation,
        frameAfter: s.frames.find((f) => f > last) ?? null,
        shownFrame: s.shownAt === null ? null : (s.frames.find((f) => f > s.shownAt!) ?? null),
      };
    },
  };

  // Cytoscape registers itself on its container element, so the driver can
  // reach the instance of either page without any hook in the app.
  const cy = () => {
    const g = document.querySelector('[data-testid="graph"]');
    for (const el of g ? Array.from(g.querySelectorAll('div')) : []) {
      const reg = (el as unknown as { _cyreg?: { cy?: import('cytoscape').Core } })._cyreg;
      if (reg?.cy && !reg.cy.destroyed()) return reg.cy;
    }
    throw new Error('bench: no Cytoscape instance in [data-testid="graph"]');
  };

  w.__bench = { longTasks, settles, fileChangeAt: null, probe, cy };
  document.addEventListener(
    'change',
    (e) => {
      const t = e.target;
      if (t instanceof HTMLInputElement && t.type === 'file') w.__bench.fileChangeAt = e.timeStamp;
    },
    true,
  );
}

// --- load -------------------------------------------------------------------

/**
 * Waits until the page has drawn the graph (the `parley:drawn` mark, set when
 * the last element is on the canvas, possibly at provisional positions while
 * the force layout still runs) with `expected` visible nodes; returns the
 * time from the file input's change event to that mark.
 */
export async function waitDrawn(page: Page, expected: number, timeoutMs: number): Promise<number> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (Date.now() > end) throw new Timeout(`drawing ${expected} entities`, timeoutMs);
    const at = await evaluate(
      page,
      (n: number) => {
        const b = (window as unknown as { __bench: BenchGlobal }).__bench;
        const t0 = b.fileChangeAt ?? 0;
        const g = document.querySelector('[data-testid="graph"]');
        if (Number(g?.getAttribute('data-visible-nodes')) !== n) return null;
        const mark = performance.getEntriesByName('parley:drawn').find((e) => e.startTime >= t0);
        return mark ? mark.startTime - t0 : null;
      },
      expected,
      5_000,
      'reading the drawn mark',
    ).catch(() => null);
    if (at !== null) return at;
    await sleep(50);
  }
}

export interface LoadFigures {
  /** Start to graph drawn and settled (first frame after aria-busy="false"). */
  settledMs: number;
  /** Start to graph model built: read, parse/validate, build (null: the page set no mark). */
  loadMs: number | null;
  /** Model built to layout started: UI and Cytoscape elements (null: no mark). */
  renderMs: number | null;
  /** Layout started to layout done (worker fcose, positions applied, animation). */
  layoutMs: number;
  /** Layout done to the first frame painted after it. */
  paintMs: number;
  /** Longest main-thread task between start and settled. */
  maxLongTaskMs: number;
  /** Sum of (task − 50 ms) over those long tasks. */
  blockingMs: number;
}

/**
 * Waits until the graph reports aria-busy="false" with `expected` visible
 * nodes, stable for `stableMs`, and reads the figures. `startAt` is a page
 * timestamp (0 = navigation start) or 'file' (the file input's change event).
 */
export async function waitSettled(
  page: Page,
  expected: number,
  startAt: number | 'file',
  timeoutMs: number,
  stableMs = 400,
): Promise<LoadFigures> {
  const end = Date.now() + timeoutMs;
  let stableSince: number | null = null;
  let seen: number | null = null;
  for (;;) {
    const left = end - Date.now();
    if (left <= 0) throw new Timeout(`loading ${expected} entities`, timeoutMs);
    let state: { busy: string | null; visible: string | null; painted: number | null } | null =
      null;
    try {
      state = await evaluate(
        page,
        () => {
          const g = document.querySelector('[data-testid="graph"]');
          const b = (window as unknown as { __bench?: BenchGlobal }).__bench;
          const last = b?.settles.at(-1);
          return {
            busy: g?.getAttribute('aria-busy') ?? null,
            visible: g?.getAttribute('data-visible-nodes') ?? null,
            painted: last?.busy === 'false' ? last.paintedAt : null,
          };
        },
        undefined,
        Math.min(left, 5_000),
        'reading the graph state',
      );
    } catch (e) {
      if (!(e instanceof Timeout)) throw e;
    }
    const ok =
      state !== null &&
      state.busy === 'false' &&
      Number(state.visible) === expected &&
      state.painted !== null;
    if (ok && state && state.painted === seen) {
      stableSince ??= Date.now();
      if (Date.now() - stableSince >= stableMs) break;
    } else {
      stableSince = null;
      seen = ok && state ? state.painted : null;
    }
    await sleep(100);
  }
  return evaluate(
    page,
    (start: number | 'file') => {
      const b = (window as unknown as { __bench: BenchGlobal }).__bench;
      const t0 = start === 'file' ? (b.fileChangeAt ?? 0) : start;
      const settle = b.settles.at(-1)!;
      const painted = settle.paintedAt ?? settle.at;
      const after = (name: string, from: number) =>
        performance
          .getEntriesByName(name)
          .map((e) => e.startTime)
          .filter((t) => t >= from);
      const builtMark = after('parley:graph-built', t0).at(-1);
      const built = builtMark ?? t0;
      const layoutStart = after('parley:layout-start', built)[0] ?? built;
      const layoutDone = after('parley:layout-done', layoutStart).at(-1) ?? settle.at;
      const tasks = b.longTasks.filter((t) => t.start + t.duration >= t0 && t.start <= painted);
      return {
        settledMs: painted - t0,
        loadMs: builtMark === undefined ? null : built - t0,
        renderMs: builtMark === undefined ? null : layoutStart - built,
        layoutMs: layoutDone - layoutStart,
        paintMs: painted - layoutDone,
        maxLongTaskMs: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
        blockingMs: tasks.reduce((s, t) => s + Math.max(0, t.duration - 50), 0),
      };
    },
    startAt,
    10_000,
    'reading load figures',
  );
}

/** JS heap in use on the page's main thread after a full garbage collection, in MB. */
export async function heapMB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 1024 / 1024;
}

// --- frame rate while panning and zooming ----------------------------------

export interface FrameFigures {
  fps: number;
  worstFrameMs: number;
}

/**
 * A pan-and-zoom gesture driven through Cytoscape's API for `durationMs`: the
 * view is dragged a few pixels every frame (as a mouse drag does) and zoomed
 * by wheel notches (×1.2 about the centre) four times in, then four times
 * out. The frame rate is what the main thread achieved meanwhile, Cytoscape's
 * redraws included.
 */
export async function panZoomFrames(page: Page, durationMs: number): Promise<FrameFigures> {
  return evaluate(
    page,
    async (duration: number) => {
      const cy = (window as unknown as { __bench: BenchGlobal }).__bench.cy();
      const z0 = cy.zoom();
      const p0 = { ...cy.pan() };
      const centre = { x: cy.width() / 2, y: cy.height() / 2 };
      const notches = 8;
      const frames: number[] = [];
      const start = performance.now();
      let done = 0;
      await new Promise<void>((resolve) => {
        const step = () => {
          const now = performance.now();
          frames.push(now);
          const e = now - start;
          if (e >= duration) return resolve();
          const due = Math.min(notches, Math.floor((e / duration) * notches) + 1);
          if (due > done) {
            done = due;
            const factor = done <= notches / 2 ? 1.2 : 1 / 1.2;
            cy.zoom({ level: cy.zoom() * factor, renderedPosition: centre });
          } else {
            const dir = e < duration / 2 ? 1 : -1;
            cy.panBy({ x: 4 * dir, y: 2 * dir });
          }
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      });
      cy.viewport({ zoom: z0, pan: p0 });
      let worst = 0;
      for (let i = 1; i < frames.length; i++) worst = Math.max(worst, frames[i]! - frames[i - 1]!);
      const span = (frames.at(-1)! - frames[0]!) / 1000;
      return { fps: span > 0 ? (frames.length - 1) / span : 0, worstFrameMs: worst };
    },
    durationMs,
    durationMs + 120_000,
    'panning and zooming',
  );
}

/**
 * The same gesture as a person makes it, through real input events: the
 * mouse drags the background for the first half of `durationMs` (a few
 * pixels every frame), then sits still while the wheel zooms eight notches,
 * four in and four out, evenly spaced. Cytoscape's own gesture handling runs
 * (Parley draws a cached texture while the viewport moves on big graphs).
 * Returns null when no background point can be found to start the drag from.
 */
export async function panZoomMouse(page: Page, durationMs: number): Promise<FrameFigures | null> {
  const spot = await evaluate(
    page,
    () => {
      const cy = (window as unknown as { __bench: BenchGlobal }).__bench.cy();
      const renderer = (
        cy as unknown as {
          renderer(): {
            findNearestElement(x: number, y: number, i: boolean, t: boolean): unknown;
          };
        }
      ).renderer();
      const box = cy.container()!.getBoundingClientRect();
      const pan = cy.pan();
      const zoom = cy.zoom();
      // Background points near the middle first, so the drag stays inside the graph area.
      for (let ring = 0; ring < 12; ring++) {
        for (let a = 0; a < 16; a++) {
          const x = box.width / 2 + ring * 20 * Math.cos((a / 16) * 2 * Math.PI);
          const y = box.height / 2 + ring * 20 * Math.sin((a / 16) * 2 * Math.PI);
          const hit = renderer.findNearestElement(
            (x - pan.x) / zoom,
            (y - pan.y) / zoom,
            true,
            false,
          );
          const top = document.elementFromPoint(box.left + x, box.top + y);
          if (!hit && top && cy.container()!.contains(top))
            return { x: box.left + x, y: box.top + y };
        }
      }
      return null;
    },
    undefined,
    30_000,
    'finding a background point',
  );
  if (!spot) return null;
  const viewport = await evaluate(
    page,
    () => {
      const cy = (window as unknown as { __bench: BenchGlobal }).__bench.cy();
      const frames: number[] = [];
      const w = window as unknown as { __frames: number[]; __recording: boolean };
      w.__frames = frames;
      w.__recording = true;
      const tick = (t: number) => {
        frames.push(t);
        if (w.__recording) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      return { zoom: cy.zoom(), pan: { ...cy.pan() } };
    },
    undefined,
    10_000,
    'starting the frame recorder',
  );
  const start = Date.now();
  const half = durationMs / 2;
  await page.mouse.move(spot.x, spot.y);
  await page.mouse.down();
  // Back and forth over 100 px, a few pixels per frame.
  for (let i = 1; Date.now() - start < half; i++) {
    const off = (i * 4) % 200;
    await page.mouse.move(spot.x + (off < 100 ? off : 200 - off), spot.y + off / 10);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  for (let notch = 0; notch < 8; notch++) {
    const due = start + half + ((notch + 0.5) * half) / 8;
    await page.waitForTimeout(Math.max(0, due - Date.now()));
    await page.mouse.wheel(0, notch < 4 ? -100 : 100);
  }
  await page.waitForTimeout(Math.max(0, start + durationMs - Date.now()));
  return evaluate(
    page,
    (vp: { zoom: number; pan: { x: number; y: number } }) => {
      const w = window as unknown as { __frames: number[]; __recording: boolean };
      w.__recording = false;
      const frames = w.__frames;
      (window as unknown as { __bench: BenchGlobal }).__bench.cy().viewport(vp);
      let worst = 0;
      for (let i = 1; i < frames.length; i++) worst = Math.max(worst, frames[i]! - frames[i - 1]!);
      const span = (frames.at(-1)! - frames[0]!) / 1000;
      return { fps: span > 0 ? (frames.length - 1) / span : 0, worstFrameMs: worst };
    },
    viewport,
    30_000,
    'stopping the frame recorder',
  );
}

// --- interaction probe: event → last DOM change → next frame ---------------

/**
 * Runs `act` with the probe listening for `events`; waits for `done` (a page
 * predicate), then for the DOM to stay quiet for `quietMs` with a frame
 * painted after the last change. Returns the latency in ms: from the input
 * event's timestamp to the end of the first frame after the last DOM change
 * it caused (Cytoscape redraws in that frame too).
 */
export async function probe<A>(
  page: Page,
  events: string[],
  act: () => Promise<void>,
  done: (arg: A) => boolean,
  arg: A,
  timeoutMs = 60_000,
  quietMs = 250,
): Promise<number> {
  return (await probeTimes(page, events, act, done, arg, undefined, timeoutMs, quietMs)).settledMs;
}

/**
 * As `probe`, and with `shown` also the latency to the first frame after
 * `shown.selector` read `shown.text` (what was asked for on screen, while
 * work that can wait may still run): `shownMs`.
 */
export async function probeTimes<A>(
  page: Page,
  events: string[],
  act: () => Promise<void>,
  done: (arg: A) => boolean,
  arg: A,
  shown?: { selector: string; text: string },
  timeoutMs = 60_000,
  quietMs = 250,
): Promise<{ settledMs: number; shownMs: number | null }> {
  const stop = () =>
    evaluate(
      page,
      () => (window as unknown as { __bench: BenchGlobal }).__bench.probe.stop(),
      undefined,
    );
  await evaluate(
    page,
    (a: { ev: string[]; shown?: { selector: string; text: string } }) =>
      (window as unknown as { __bench: BenchGlobal }).__bench.probe.start(a.ev, a.shown),
    { ev: events, shown },
  );
  try {
    await act();
    await pollPage(page, done, arg, timeoutMs, 'an interaction', 20);
    await pollPage(
      page,
      (q: number) => {
        const quiet = (window as unknown as { __bench: BenchGlobal }).__bench.probe.quietFor();
        return quiet !== null && quiet >= q ? true : null;
      },
      quietMs,
      timeoutMs,
      'the page to settle after an interaction',
      50,
    );
  } catch (e) {
    await stop().catch(() => undefined);
    throw e;
  }
  const r = await stop();
  if (process.env.BENCH_DEBUG) {
    const rel = (t: number | null) =>
      t === null || r.eventAt === null ? null : Math.round(t - r.eventAt);
    process.stderr.write(
      `[bench] probe ${events.join(',')}: event at ${Math.round(r.eventAt ?? -1)}, last DOM change +${rel(r.lastMutation)} ms, frame +${rel(r.frameAfter)} ms\n`,
    );
  }
  if (r.eventAt === null || r.frameAfter === null) {
    throw new Error('bench: the interaction probe saw no input event or no frame');
  }
  return {
    settledMs: r.frameAfter - r.eventAt,
    shownMs: r.shownFrame === null ? null : r.shownFrame - r.eventAt,
  };
}

/**
 * A click as a person makes it: press, hold briefly, release. Latencies are
 * measured from the release (the `mouseup` event's timestamp) — what the
 * click's response follows — after any work the press started has run.
 */
async function click(page: Page, x: number, y: number): Promise<void> {
  await page.mouse.move(x, y);
  await page.mouse.down();
  await sleep(100);
  await page.mouse.up();
}

/** Search: type `query` key by key; one latency per keystroke. */
export async function searchLatencies(page: Page, query: string): Promise<number[]> {
  const box = page.getByRole('combobox', { name: 'Search' });
  await box.click();
  await box.fill('');
  await sleep(100);
  const out: number[] = [];
  for (let i = 1; i <= query.length; i++) {
    const typed = query.slice(0, i);
    out.push(
      await probe(
        page,
        ['keydown'],
        () => page.keyboard.press(typed.at(-1)!),
        (t: string) => {
          const input = document.querySelector<HTMLInputElement>('input[role="combobox"]');
          const list = document.querySelector('[role="listbox"]');
          return (
            input?.value === t &&
            !!list &&
            !list.hasAttribute('hidden') &&
            list.querySelectorAll('[role="option"], [role="presentation"]').length > 0
          );
        },
        typed,
      ),
    );
  }
  await page.keyboard.press('Escape');
  return out;
}

/**
 * Waits until the page draws `frames` frames in a row, each within `gapMs` of
 * the previous one: nothing pending on the main thread (Cytoscape rebuilds
 * its caches for some frames after a zoom, and an input would queue behind).
 */
export async function waitIdle(
  page: Page,
  timeoutMs = 15_000,
  frames = 8,
  gapMs = 34,
): Promise<void> {
  await evaluate(
    page,
    ({ n, gap, limit }) =>
      new Promise<void>((resolve) => {
        const start = performance.now();
        let last = start;
        let calm = 0;
        const tick = (t: number) => {
          calm = t - last <= gap ? calm + 1 : 0;
          last = t;
          if (calm >= n || t - start > limit) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    { n: frames, gap: gapMs, limit: timeoutMs },
    timeoutMs + 30_000,
    'waiting for an idle page',
  );
}

/**
 * Click a node (centred and zoomed in first); latency until Details shows its
 * label. Where nodes overlap, whatever Cytoscape finds on top at that point is
 * what the click selects, so that node's label is what is waited for. Returns
 * null when an edge is on top there (the caller tries another node).
 */
export type Around = <T>(fn: () => Promise<T>) => Promise<T>;
const direct: Around = (fn) => fn();

export async function selectLatency(
  page: Page,
  id: string,
  around: Around = direct,
): Promise<number | null> {
  return (await selectLatencies(page, id, around))?.settledMs ?? null;
}

/** As `selectLatency`, with `shownMs`: to the first frame showing the Details (the canvas may still be marking the neighbourhood). */
export async function selectLatencies(
  page: Page,
  id: string,
  around: Around = direct,
): Promise<{ settledMs: number; shownMs: number | null } | null> {
  const pos = await evaluate(
    page,
    async (nodeId: string) => {
      const cy = (window as unknown as { __bench: BenchGlobal }).__bench.cy();
      const node = cy.getElementById(nodeId);
      if (node.empty() || node.hasClass('hidden')) return null;
      cy.stop();
      cy.zoom(2);
      cy.center(node);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const p = node.renderedPosition();
      const m = node.position();
      // Cytoscape's own hit test (the one its tap handler uses), in model coordinates.
      const renderer = (
        cy as unknown as {
          renderer(): {
            findNearestElement(
              x: number,
              y: number,
              interactive: boolean,
              touch: boolean,
            ): import('cytoscape').SingularElementReturnValue | undefined;
          };
        }
      ).renderer();
      const hit = renderer.findNearestElement(m.x, m.y, true, false);
      if (!hit || !hit.isNode()) return null;
      const box = cy.container()!.getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y, label: String(hit.data('fullLabel')) };
    },
    id,
    60_000,
    'centring a node',
  );
  if (!pos) return null;
  await page.mouse.move(pos.x, pos.y);
  await waitIdle(page);
  return around(() =>
    probeTimes(
      page,
      ['mouseup'],
      () => click(page, pos.x, pos.y),
      (expected: string) => {
        const h2 = document.querySelector('[aria-label="Details"] h2');
        return h2?.textContent?.trim() === expected;
      },
      pos.label,
      { selector: '[aria-label="Details"] h2', text: pos.label },
    ),
  );
}

/** Toggle a legend button; latency until the graph shows `expectedVisible` nodes. */
export async function filterLatency(
  page: Page,
  typeLabel: string,
  expectedVisible: number,
): Promise<number> {
  const button = page.getByRole('button', { name: new RegExp(`^${typeLabel}\\b`) });
  const box = await button.boundingBox();
  if (!box) throw new Error(`bench: no legend button for ${typeLabel}`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await waitIdle(page);
  return probe(
    page,
    ['mouseup'],
    () => click(page, box.x + box.width / 2, box.y + box.height / 2),
    (n: number) => {
      const g = document.querySelector('[data-testid="graph"]');
      return (
        g?.getAttribute('aria-busy') === 'false' &&
        g.getAttribute('data-visible-nodes') === String(n)
      );
    },
    expectedVisible,
  );
}

/**
 * The time bar (Parley only; null where there is none): with the range
 * slider focused, Shift+← shortens the range by a month; latency until the
 * slider reads the new range and the graph has settled. Median of a few presses.
 */
export async function timeRangeLatency(page: Page, presses = 3): Promise<number | null> {
  const slider = page.getByRole('slider', { name: 'Time range' });
  if ((await slider.count()) === 0) return null;
  await slider.focus();
  await waitIdle(page);
  const samples: number[] = [];
  for (let i = 0; i < presses; i++) {
    const before = (await slider.getAttribute('aria-valuetext')) ?? '';
    samples.push(
      await probe(
        page,
        ['keydown'],
        () => page.keyboard.press('Shift+ArrowLeft'),
        (was: string) => {
          const s = document.querySelector('[role="slider"][aria-label="Time range"]');
          const g = document.querySelector('[data-testid="graph"]');
          return (
            s?.getAttribute('aria-valuetext') !== was && g?.getAttribute('aria-busy') === 'false'
          );
        },
        before,
      ),
    );
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

export interface ExportFigures {
  exportMs: number;
  exportBytes: number | null;
  via: 'export menu' | 'cy.png';
}

/**
 * The app's Export menu with its defaults (PNG, whole graph, 2×, white,
 * caption): from the click on Download to the status saying it is done.
 */
export async function exportViaMenu(page: Page, timeoutMs: number): Promise<ExportFigures> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.waitFor({ timeout: 10_000 });
  await dialog.getByLabel('Format').selectOption('png');
  await dialog.getByRole('radio', { name: 'Whole graph' }).check();
  await dialog.getByLabel('Scale').selectOption('2');
  const downloaded = page.waitForEvent('download', { timeout: timeoutMs }).catch(() => null);
  const download = dialog.getByRole('button', { name: 'Download' });
  const box = await download.boundingBox();
  if (!box) throw new Error('bench: the Export menu has no Download button');
  const ms = await probe(
    page,
    ['mouseup'],
    () => click(page, box.x + box.width / 2, box.y + box.height / 2),
    () => {
      const status = document.querySelector('[data-testid="export-status"]');
      const state = status?.getAttribute('data-state');
      if (state === 'error' || document.querySelector('.export-error')) {
        throw new Error(document.querySelector('.export-error')?.textContent ?? 'export failed');
      }
      return state === 'done';
    },
    undefined,
    timeoutMs,
  );
  const d = await downloaded;
  let bytes: number | null = null;
  if (d) {
    const file = await d.path().catch(() => null);
    if (file) bytes = (await import('node:fs')).statSync(file).size;
  }
  await page.keyboard.press('Escape');
  return { exportMs: ms, exportBytes: bytes, via: 'export menu' };
}

/**
 * PNG of the whole graph at 2× straight from Cytoscape (the baseline page's
 * way), white background, scale lowered like the app's to stay inside
 * Chromium's canvas limits (MAX_IMAGE_SIDE a side, MAX_IMAGE_PIXELS in all).
 */
export async function exportViaCy(
  page: Page,
  timeoutMs: number,
  limits: { side: number; pixels: number },
): Promise<ExportFigures> {
  const r = await evaluate(
    page,
    async (lim: { side: number; pixels: number }) => {
      const cy = (window as unknown as { __bench: BenchGlobal }).__bench.cy();
      const t = performance.now();
      const bb = cy.elements().not('.hidden').boundingBox();
      const max = Math.min(lim.side / bb.w, lim.side / bb.h, Math.sqrt(lim.pixels / (bb.w * bb.h)));
      const scale = Math.min(2, Math.floor(max * 100) / 100);
      const blob = (await cy.png({
        output: 'blob-promise',
        full: true,
        scale,
        bg: '#ffffff',
        maxWidth: lim.side,
        maxHeight: lim.side,
      })) as Blob;
      return { exportMs: performance.now() - t, exportBytes: blob.size };
    },
    limits,
    timeoutMs,
    'exporting a PNG',
  );
  if (r.exportBytes === 0) throw new Error('bench: the PNG export returned an empty blob');
  return { ...r, via: 'cy.png' };
}
