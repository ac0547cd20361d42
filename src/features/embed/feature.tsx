import { embedLayoutAddress } from '../../state/address/page';
import { useCaptionBase, useExplorer, useSession, useView, type Feature } from '../shell';
import { EmbedCard } from './EmbedCard';

/** The selection in one compact card under the graph (it takes Details' place). */
function EmbedDetails() {
  const { graph, sources, actions } = useExplorer();
  const selection = useView((v) => v.selection);
  const focusNonce = useSession((s) => s.detailsFocus);
  const title = useCaptionBase();
  return (
    <EmbedCard
      graph={graph}
      sources={sources}
      selection={selection}
      title={title}
      onNavigate={actions.navigate}
      onSelectRelation={actions.selectRelation}
      focusNonce={focusNonce}
    />
  );
}

const useEmbedded = () => useExplorer().embed;

/**
 * embed=1: the layout for an <iframe> in an article (search, the graph, one
 * card). The shell drops its Details region and marks the page `embed`
 * (embed.css hides the rest); the card is this feature's.
 */
export const embedFeature: Feature = {
  name: 'embed',
  address: [embedLayoutAddress],
  panels: [{ name: 'embed card', slot: 'details', Component: EmbedDetails, useOpen: useEmbedded }],
};
