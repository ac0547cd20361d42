import { useActions, useView, type Feature } from '../shell';
import { CopyLinkButton } from './CopyLinkButton';
import { ToolButton } from './ToolbarMenu';

function CopyLink() {
  return <CopyLinkButton onFailed={useActions().notify} />;
}

function ClearButton() {
  const actions = useActions();
  const selected = useView((v) => v.selection !== null);
  if (!selected) return null;
  return (
    <ToolButton onClick={actions.clear} aria-label="Clear selection (Escape)">
      Clear
    </ToolButton>
  );
}

/** Copy link and Clear, at the end of the graph toolbar. */
export const viewToolsFeature: Feature = {
  name: 'view-tools',
  panels: [
    { name: 'copy link', slot: 'toolbar', Component: CopyLink },
    { name: 'clear', slot: 'toolbar', Component: ClearButton },
  ],
};
