import { describe, expect, it } from 'vitest';
import { usualSide } from '../../src/data/edits/usualSide';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

type R = { source: string; on_behalf_of?: string[]; by?: string[] };
const ds = (relations: R[]) => ({ relations }) as unknown as Parameters<typeof usualSide>[0];

describe('usualSide', () => {
  it('names the side a person states for most often, as the one stating or a speaker', () => {
    const d = ds([
      { source: 'a', on_behalf_of: ['vietnam'] },
      { source: 'x', by: ['a'], on_behalf_of: ['vietnam'] },
      { source: 'a', on_behalf_of: ['united-states'] },
      { source: 'b', on_behalf_of: ['united-states'] },
    ]);
    expect(usualSide(d, 'a')).toBe('vietnam');
    expect(usualSide(d, 'b')).toBe('united-states');
  });

  it('ignores joint statements and says nothing for a person without statements', () => {
    const d = ds([{ source: 'a', on_behalf_of: ['vietnam', 'united-states'] }, { source: 'a' }]);
    expect(usualSide(d, 'a')).toBeUndefined();
    expect(usualSide(d, 'nobody')).toBeUndefined();
  });

  it('on the bundled data: Vietnam for Bui Thanh Son', () => {
    const dir = path.resolve(import.meta.dirname, '../../graph-data/relations');
    const relations = readdirSync(dir).flatMap(
      (f) => (JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { relations: R[] }).relations,
    );
    expect(usualSide(ds(relations), 'bui-thanh-son')).toBe('vietnam');
  });
});
