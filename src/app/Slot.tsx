import './slots.css';
import { useCallback, useEffect, useRef } from 'react';
import {
  PanelCloseContext,
  useExplorer,
  type Feature,
  type PanelSpec,
  type SlotName,
} from '../features/shell';
import { useEscapeLayer } from '../features/shortcuts';
import { LazyPanel } from './LazyPanel';

/** Where a panel's failure message sits, by slot (classes in crash.css). */
const PLACEMENT = {
  top: 'in-top',
  stage: 'over-stage',
  aside: 'over-stage',
  details: 'in-details',
  bottom: 'in-slot',
} as const;

/** Focus after a panel closes with focus in it: back to what opens it, else to Details. */
const DEFAULT_RETURN = ['#details h2[tabindex]', '#details'];

const always = () => true;

/** Focuses the first of these that takes focus (a button in a shut menu does not). */
function returnFocus(to: PanelSpec['returnFocus']): void {
  if (typeof to === 'function') {
    const el = to();
    el?.focus();
    if (el && document.activeElement === el) return;
  }
  for (const s of typeof to === 'object' ? to : DEFAULT_RETURN) {
    const el = document.querySelector<HTMLElement>(s);
    el?.focus();
    if (el && document.activeElement === el) return;
  }
}

/** Every feature's panels for one slot, in the order the features are listed. */
export function Slot({ name, features }: { name: SlotName; features: readonly Feature[] }) {
  return features.flatMap((f) =>
    (f.panels ?? [])
      .filter((p) => p.slot === name)
      .map((p) => <PanelHost key={`${f.name}/${p.name}`} spec={p} />),
  );
}

/**
 * One panel in its slot. Here, once for every feature: shown while the
 * feature says so, an Escape layer while open, focus returned when it closes
 * with focus inside, and (over the stage, in Details, under the graph) an
 * error boundary with a loading stand-in for its lazy chunk.
 */
function PanelHost({ spec }: { spec: PanelSpec }) {
  const { actions, onResetToBundled } = useExplorer();
  const useOpen = spec.useOpen ?? always;
  const open = useOpen();
  const box = useRef<HTMLDivElement>(null);
  const focusWasInside = useRef(false);
  const close = useCallback(() => {
    // A panel that names its opener gives focus back to it from wherever focus is.
    focusWasInside.current =
      typeof spec.returnFocus === 'function' || !!box.current?.contains(document.activeElement);
    spec.close?.(actions);
  }, [spec, actions]);
  useEscapeLayer(open && spec.close !== undefined, close);

  const wasOpen = useRef(open);
  useEffect(() => {
    const closed = wasOpen.current && !open;
    wasOpen.current = open;
    if (!closed) return;
    const lost = !document.activeElement || document.activeElement === document.body;
    if (focusWasInside.current || lost) returnFocus(spec.returnFocus);
    focusWasInside.current = false;
  }, [open, spec]);

  if (!open) return null;
  const { Component } = spec;
  const panel = (
    <PanelCloseContext.Provider value={close}>
      <Component />
    </PanelCloseContext.Provider>
  );
  const placement = PLACEMENT[spec.slot as keyof typeof PLACEMENT];
  return (
    <div
      ref={box}
      className={spec.className ?? 'slot-box'}
      data-covers-canvas={spec.coversCanvas || undefined}
    >
      {placement ? (
        <LazyPanel
          name={spec.name}
          placement={placement}
          loading={spec.loading}
          onResetToBundled={onResetToBundled}
          {...(spec.close ? { onClose: close } : {})}
        >
          {panel}
        </LazyPanel>
      ) : (
        panel
      )}
    </div>
  );
}
