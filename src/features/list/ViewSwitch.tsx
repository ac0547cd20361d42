import '../toolbar/toolbar.css';
interface Props {
  list: boolean;
  onList: (list: boolean) => void;
}

/** Graph | List: two toggle buttons, the pressed one is what the stage shows. */
export function ViewSwitch({ list, onList }: Props) {
  return (
    <div className="view-switch" role="group" aria-label="View">
      <button
        type="button"
        aria-pressed={!list}
        title="Show the graph (L toggles)"
        onClick={() => onList(false)}
      >
        Graph
      </button>
      <button
        type="button"
        aria-pressed={list}
        title="Show the graph as tables (L toggles)"
        onClick={() => onList(true)}
      >
        List
      </button>
    </div>
  );
}
