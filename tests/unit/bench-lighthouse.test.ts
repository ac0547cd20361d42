import { describe, expect, it } from 'vitest';
import { lcpElement, summarize } from '../../bench/lighthouse';

describe('bench/lighthouse summarize', () => {
  it('reads the blocking time, the scores, the failing audits and the long tasks', () => {
    const s = summarize({
      lighthouseVersion: '12',
      categories: {
        performance: { score: 0.99, auditRefs: [] },
        accessibility: { score: 1, auditRefs: [{ id: 'color-contrast', weight: 7 }] },
        'best-practices': { score: 0.92, auditRefs: [{ id: 'errors-in-console', weight: 1 }] },
      },
      audits: {
        'total-blocking-time': {
          id: 'total-blocking-time',
          title: 'Total Blocking Time',
          score: 1,
          scoreDisplayMode: 'numeric',
          numericValue: 41.6,
        },
        'color-contrast': {
          id: 'color-contrast',
          title: 'Contrast',
          score: 1,
          scoreDisplayMode: 'binary',
        },
        'errors-in-console': {
          id: 'errors-in-console',
          title: 'No errors in the console',
          score: 0,
          scoreDisplayMode: 'binary',
        },
        'long-tasks': {
          id: 'long-tasks',
          title: 'Long tasks',
          score: null,
          scoreDisplayMode: 'informative',
          details: {
            items: [
              {
                url: 'http://127.0.0.1:4173/assets/cytoscape.esm-x.js',
                duration: 91.4,
                startTime: 1200.2,
              },
              { url: 'Unattributable', duration: 55, startTime: 300 },
            ],
          },
        },
      },
    });
    expect(s.totalBlockingTimeMs).toBe(42);
    expect(s.performance).toBe(99);
    expect(s.accessibility).toBe(100);
    expect(s.bestPractices).toBe(92);
    expect(s.failing).toEqual(['best-practices/errors-in-console: No errors in the console']);
    expect(s.longTasks).toEqual([
      { script: '/assets/cytoscape.esm-x.js', ms: 91, atMs: 1200 },
      { script: 'Unattributable', ms: 55, atMs: 300 },
    ]);
  });
  it('names the LCP element: Lighthouse 13 (in lcp-breakdown-insight), 12, or says it was not reported', () => {
    const report = (audits: Parameters<typeof lcpElement>[0]['audits']) => ({
      lighthouseVersion: '13.5.0',
      categories: {},
      audits,
    });
    const audit = { title: 'LCP', score: null, scoreDisplayMode: 'informative' };
    const v13 = report({
      'lcp-breakdown-insight': {
        ...audit,
        id: 'lcp-breakdown-insight',
        details: {
          items: [
            { type: 'table' },
            {
              type: 'node',
              selector: 'div.graph > div > canvas',
              snippet: '<canvas\n  data-id="layer2-node">',
            },
          ],
        },
      },
    });
    expect(lcpElement(v13)).toBe('div.graph > div > canvas <canvas data-id="layer2-node">');
    const v12 = report({
      'largest-contentful-paint-element': {
        ...audit,
        id: 'largest-contentful-paint-element',
        details: { items: [{ items: [{ node: { selector: 'h1', snippet: '<h1>' } }] }] },
      },
    });
    expect(lcpElement(v12)).toBe('h1 <h1>');
    const hostile = report({
      'lcp-breakdown-insight': {
        ...audit,
        id: 'lcp-breakdown-insight',
        details: { items: [{ type: 'node', selector: 'p', snippet: '<p>\u001b[31mred' }] },
      },
    });
    expect(lcpElement(hostile)).toBe('p <p>\\u001b[31mred');
    expect(lcpElement(report({}))).toBe('not reported');
  });
});
