import { isolatedAddress } from '../../state/address/filters';
import { useExplorer, useView, type Feature } from '../shell';
import { FiltersPanel } from './FiltersPanel';

function Filters() {
  const { report, actions } = useExplorer();
  const hiddenRelations = useView((v) => v.hiddenRelations);
  const hideIsolated = useView((v) => v.hideIsolated);
  return (
    <FiltersPanel
      relationCounts={report.relationsByType}
      hiddenRelations={hiddenRelations}
      onToggleRelation={actions.toggleRelation}
      hideIsolated={hideIsolated}
      onHideIsolated={actions.setHideIsolated}
    />
  );
}

/** Relation types and "hide unconnected", in the side column. */
export const filtersFeature: Feature = {
  name: 'filters',
  address: [isolatedAddress],
  panels: [{ name: 'filters', slot: 'side', Component: Filters }],
};
