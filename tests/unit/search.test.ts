import { describe, expect, it, vi } from 'vitest';
import { buildSearchIndex, foldText, lazySearchIndex } from '../../src/graph/search';
import { miniGraph } from './helpers';

describe('foldText', () => {
  it('strips Vietnamese diacritics and case', () => {
    expect(foldText('Hà Kim Ngọc')).toBe('ha kim ngoc');
    expect(foldText('Đà Nẵng')).toBe('da nang');
    expect(foldText('VIỆT NAM')).toBe('viet nam');
  });
});

describe('search index', () => {
  const index = buildSearchIndex(miniGraph());

  it('finds a diacritic label from plain ASCII', () => {
    expect(index.search('ngoc')[0]?.id).toBe('ha-kim-ngoc');
  });

  it('finds a plain label from a diacritic query', () => {
    expect(index.search('Bùi Thành Sơn')[0]?.id).toBe('bui-thanh-son');
  });

  it('matches by alias and reports which alias matched', () => {
    const hit = index.search('Vietnam')[0];
    expect(hit?.id).toBe('vietnam');
    expect(hit?.matchedAlias).toBe('Vietnam');
  });

  it('matches prefixes and is case-insensitive', () => {
    expect(index.search('WASH')[0]?.id).toBe('washington');
  });

  it('requires every word to match', () => {
    const ids = index.search('12th dialogue').map((h) => h.id);
    expect(ids[0]).toBe('psd-12');
    expect(ids).not.toContain('ha-kim-ngoc');
  });

  it('returns nothing for an empty query or a miss', () => {
    expect(index.search('  ')).toEqual([]);
    expect(index.search('zzzqqq')).toEqual([]);
  });
});

describe('lazy search index', () => {
  it('reads the graph only when warmed or first searched, and only once', () => {
    const graph = miniGraph();
    const read = vi.spyOn(graph, 'mapNodes');
    const lazy = lazySearchIndex(graph);
    expect(read).not.toHaveBeenCalled();
    lazy.warm();
    expect(read).toHaveBeenCalledTimes(1);
    expect(lazy.search('ngoc')).toEqual(buildSearchIndex(miniGraph()).search('ngoc'));
    lazy.warm();
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('answers an empty query (the search box before any typing) without building', () => {
    const graph = miniGraph();
    const read = vi.spyOn(graph, 'mapNodes');
    const lazy = lazySearchIndex(graph);
    expect(lazy.search('')).toEqual([]);
    expect(lazy.search('   ')).toEqual([]);
    expect(read).not.toHaveBeenCalled();
    expect(lazy.search('ngoc')[0]?.id).toBe('ha-kim-ngoc');
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('builds itself at the first search when never warmed', () => {
    const lazy = lazySearchIndex(miniGraph());
    expect(lazy.search('ngoc')[0]?.id).toBe('ha-kim-ngoc');
  });
});
