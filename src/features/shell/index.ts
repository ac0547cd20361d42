export { explorerActions, type ExplorerActions } from './actions';
export {
  ExplorerContext,
  ShownContext,
  useActions,
  useCaptionBase,
  useExplorer,
  useHistory,
  useSession,
  useShown,
  useTimeWindow,
  useView,
  type ExplorerApi,
  type Shown,
} from './context';
export type { Feature, PanelSpec, SlotName } from './feature';
export { PanelCloseContext, usePanelClose } from './panelClose';
export { startSession, type PanelAsk, type Session } from './session';
export { cycleRegion, focusRegion } from './regions';
