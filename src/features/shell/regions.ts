/** The page's regions in F6 order: search, legend and filters, graph (or the List view), the Article, details. */
const REGIONS = [
  '.topbar [role="combobox"]',
  '#sidebar',
  '[data-testid="graph"]',
  '#list',
  '.article-panel',
  '#details',
];

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select, [tabindex]';

function visible(el: Element): boolean {
  return (el as HTMLElement).checkVisibility?.({ visibilityProperty: true }) ?? true;
}

/** Where focus goes in a region: the region itself if focusable, else its first control or heading. */
function target(region: Element): HTMLElement | null {
  const el = region as HTMLElement;
  if (el.matches('[data-testid="graph"], [role="combobox"]')) return el;
  // The List view: the row that has the Tab stop, else its first control.
  const row = el.matches('#list')
    ? el.querySelector<HTMLElement>('[role="row"][tabindex="0"]')
    : null;
  if (row) return row;
  const heading = el.querySelector<HTMLElement>('h2[tabindex]');
  if (heading) return heading;
  const first = [...el.querySelectorAll<HTMLElement>(FOCUSABLE)].find(visible);
  return first ?? el;
}

/** Moves focus to the next (or previous) visible region after the one holding focus. */
export function cycleRegion(step: 1 | -1): void {
  const regions = REGIONS.map((s) => document.querySelector(s)).filter(
    (el): el is Element => !!el && visible(el),
  );
  if (regions.length === 0) return;
  const active = document.activeElement;
  const at = regions.findIndex((r) => r === active || r.contains(active));
  const next = regions[(at + step + regions.length) % regions.length]!;
  target(next)?.focus();
}

export function focusRegion(selector: string): void {
  const el = document.querySelector(selector);
  if (el) target(el)?.focus();
}
