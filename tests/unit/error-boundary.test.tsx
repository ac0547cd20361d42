// @vitest-environment jsdom
/** A crash stays in its panel: a message, "Try again" and "Reset to bundled dataset". */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/app/ErrorBoundary';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLDivElement;
let root: Root;
let fail = true;
function Boom() {
  if (fail) throw new Error('cannot read properties of undefined (reading "label")');
  return <p>panel content</p>;
}

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  fail = true;
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
  vi.restoreAllMocks();
});

describe('ErrorBoundary', () => {
  it('shows what broke, keeps its siblings, and offers the way back', () => {
    const reset = vi.fn();
    act(() =>
      root.render(
        <>
          <p>sibling</p>
          <ErrorBoundary name="details panel" onResetToBundled={reset}>
            <Boom />
          </ErrorBoundary>
        </>,
      ),
    );
    const alert = host.querySelector('[role="alert"]');
    expect(alert?.getAttribute('aria-label')).toBe('details panel failed');
    expect(alert?.textContent).toContain('The details panel could not be shown');
    expect(alert?.textContent).toContain('reading "label"');
    expect(host.textContent).toContain('sibling');
    const buttons = [...host.querySelectorAll('button')].map((b) => b.textContent);
    expect(buttons).toEqual(['Try again', 'Reset to bundled dataset']);
    act(() => host.querySelectorAll('button')[1]?.click());
    expect(reset).toHaveBeenCalledTimes(1);
    fail = false;
    act(() => host.querySelectorAll('button')[0]?.click());
    expect(host.textContent).toContain('panel content');
    expect(host.querySelector('[role="alert"]')).toBeNull();
  });

  it('at the top, takes the page and says nothing was lost', () => {
    act(() =>
      root.render(
        <ErrorBoundary name="explorer" page onResetToBundled={() => undefined}>
          <Boom />
        </ErrorBoundary>,
      ),
    );
    const main = host.querySelector('main[role="alert"]');
    expect(main?.textContent).toContain('Parley ran into a problem');
    expect(main?.textContent).toContain('Nothing was lost');
  });
});

describe('ErrorBoundary: a chunk that did not load', () => {
  it('says so in plain words, offers Reload, and keeps the message behind Technical details', () => {
    function Missing(): never {
      throw new TypeError(
        'Failed to fetch dynamically imported module: http://127.0.0.1/assets/ConnectionPanel-x.js',
      );
    }
    act(() =>
      root.render(
        <ErrorBoundary name="connection panel">
          <Missing />
        </ErrorBoundary>,
      ),
    );
    const alert = host.querySelector('[role="alert"]')!;
    expect(alert.querySelector('h2')?.textContent).toBe('Part of Parley could not be loaded');
    expect(alert.textContent).toContain('Check your connection and reload.');
    const details = alert.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe('Technical details');
    expect(details.textContent).toContain('Failed to fetch dynamically imported module');
    const buttons = [...host.querySelectorAll('button')].map((b) => b.textContent);
    expect(buttons).toEqual(['Reload', 'Try again']);
  });
});
