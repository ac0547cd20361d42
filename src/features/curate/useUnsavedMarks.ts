import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { toCyId } from '../../cy/ids';

/** The canvas class of an entity or relation with unsaved edits (styled in src/cy/stylesheet.ts). */
export const UNSAVED_CLASS = 'unsaved';

/**
 * Marks on the canvas what unsaved edits added or changed. The elements are
 * drawn anew as the edited dataset replaces the old one, so the mark is put
 * back whenever elements are added, and taken off once saved or discarded.
 */
export function useUnsavedMarks(cy: Core | null, unsaved: ReadonlySet<string>): void {
  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    const mark = () => {
      if (cy.destroyed()) return;
      cy.batch(() => {
        cy.elements(`.${UNSAVED_CLASS}`).removeClass(UNSAVED_CLASS);
        for (const id of unsaved) cy.getElementById(toCyId(id)).addClass(UNSAVED_CLASS);
      });
      // What is marked, for tests (as data-thread-links is).
      cy.container()?.setAttribute(
        'data-unsaved',
        cy
          .elements(`.${UNSAVED_CLASS}`)
          .map((e) => e.id())
          .join(' '),
      );
    };
    // Once per frame, however many elements one patch adds.
    let frame = 0;
    const soon = () => {
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        mark();
      });
    };
    mark();
    soon(); // after the element patch of this same change
    cy.on('add', soon);
    return () => {
      cancelAnimationFrame(frame);
      if (cy.destroyed()) return;
      cy.off('add', soon);
      cy.elements(`.${UNSAVED_CLASS}`).removeClass(UNSAVED_CLASS);
    };
  }, [cy, unsaved]);
}
