/** What ships: one copy of Cytoscape (react-cytoscapejs and fcose use the app's own). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('dependencies', () => {
  it('the lock file holds exactly one cytoscape', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
      packages: Record<string, { version?: string }>;
    };
    const copies = Object.keys(lock.packages).filter((p) =>
      /(^|\/)node_modules\/cytoscape$/.test(p),
    );
    expect(copies).toEqual(['node_modules/cytoscape']);
  });
});
