/**
 * What shows while the dataset loads: the same top bar and line as the static
 * first paint in index.html (keep the two alike), so React's first render
 * changes nothing on screen and the page's largest text is there at once.
 */
export function BootShell() {
  return (
    <div className="boot">
      <header className="boot-bar">
        <span className="boot-brand">Parley</span>
        <span className="boot-tagline">who met whom, what was agreed, and on what evidence</span>
      </header>
      <p className="boot-lead" role="status" aria-live="polite">
        Parley is a knowledge-graph explorer: who met whom, what was agreed, and the exact quote
        from a source article that each relation rests on. Loading the dataset and drawing its
        graph…
      </p>
    </div>
  );
}
