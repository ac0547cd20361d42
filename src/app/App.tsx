import { ProblemList } from '../features/notices/ProblemList';
import { Explorer } from './Explorer';
import { useDataset } from './useDataset';

export function App() {
  const { state, loadBundled } = useDataset();
  if (state.status === 'loading') {
    return (
      <div className="splash" role="status" aria-live="polite">
        <span className="spinner" aria-hidden="true" /> Loading dataset…
      </div>
    );
  }
  if (state.status === 'error') {
    return (
      <main className="splash error" role="alert">
        <h1>Parley could not load the dataset</h1>
        <p>{state.message}</p>
        <ProblemList problems={state.problems} />
        <button type="button" onClick={() => void loadBundled()}>
          Try again
        </button>
      </main>
    );
  }
  return <Explorer key={identity(state.loaded)} loaded={state.loaded} />;
}

const ids = new WeakMap<object, number>();
let next = 1;
/** A key that changes when a different dataset is loaded (the view state resets). */
function identity(o: object): number {
  let id = ids.get(o);
  if (!id) ids.set(o, (id = next++));
  return id;
}
