import { typesAddress } from '../../state/address/filters';
import { useMemo } from 'react';
import { shownTypeOf } from '../../graph/vocabulary';
import { useExplorer, useShown, useView, type Feature } from '../shell';
import { Legend } from './Legend';

/** The legend with its counts: what the filters leave shown of each type. */
function LegendPanel() {
  const { graph, report, actions } = useExplorer();
  const { visible } = useShown();
  const hidden = useView((v) => v.hiddenTypes);
  const visibleCounts = useMemo(() => {
    const c: Record<string, number> = {};
    for (const n of visible.nodes) {
      const t = shownTypeOf(graph.getNodeAttributes(n));
      c[t] = (c[t] ?? 0) + 1;
    }
    return c;
  }, [visible, graph]);
  return (
    <Legend
      visibleCounts={visibleCounts}
      totalCounts={report.entitiesByType}
      hidden={hidden}
      onToggle={actions.toggleType}
    />
  );
}

/** The legend: each entity type with its symbol and count, a toggle to hide it. */
export const legendFeature: Feature = {
  name: 'legend',
  address: [typesAddress],
  panels: [{ name: 'legend', slot: 'side', Component: LegendPanel }],
};
