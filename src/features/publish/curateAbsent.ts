import type { Feature } from '../shell';

/**
 * The published page's stand-in for src/features/curate/feature.tsx and its
 * Details slot (swapped in by the publish build): a published page is read-only,
 * so the editor's code (forms, zip download, write service client) stays out of it.
 */
export const curateFeature: Feature = { name: 'curate' };
export function offerEditor(): void {}
export function EditSlot(): null {
  return null;
}
