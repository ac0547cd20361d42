import { describe, expect, it } from 'vitest';
import { sourceCredit, unstatedNote } from '../../src/graph/sourceCredit';

describe('source credit', () => {
  it('shows only what a source states', () => {
    expect(sourceCredit({ publisher: 'VietnamPlus', published: '2023-04-01' })).toBe(
      'VietnamPlus, 2023-04-01',
    );
    expect(sourceCredit({ published: '2023-04-01' })).toBe('2023-04-01');
    expect(sourceCredit({})).toBe('');
  });

  it('says once what the list leaves out', () => {
    expect(unstatedNote([{ publisher: 'A', published: '2020' }])).toBeUndefined();
    expect(unstatedNote([{}, {}])).toBe('Publisher and date are not stated for these sources.');
    expect(unstatedNote([{}])).toBe('Its publisher and date are not stated in the text.');
    expect(unstatedNote([{}, { publisher: 'A' }, { published: '2023' }, {}, {}])).toBe(
      '4 of 5 sources state no publisher and 4 of 5 no date; only what a text states is shown.',
    );
    expect(unstatedNote([{ publisher: 'A' }, { publisher: 'B' }])).toBe(
      '2 of 2 sources state no date; only what a text states is shown.',
    );
  });
});
