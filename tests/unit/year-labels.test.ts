import { describe, expect, it } from 'vitest';
import { yearLabelStep } from '../../src/features/timebar/yearLabels';

describe('time bar year labels', () => {
  it('names every year when there is room, fewer when years are narrow', () => {
    expect(yearLabelStep(55)).toBe(1); // desktop: 12 years over ~650 px
    expect(yearLabelStep(34)).toBe(1);
    expect(yearLabelStep(20)).toBe(2); // phone: 12 years over ~240 px
    expect(yearLabelStep(10)).toBe(5);
    expect(yearLabelStep(2)).toBe(20);
    expect(yearLabelStep(0.1)).toBe(100);
  });
});
