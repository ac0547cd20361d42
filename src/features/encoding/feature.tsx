import { encodingAddress } from '../../state/address/display';
import { useActions, useExplorer, useView, type Feature } from '../shell';
import { EncodingControls } from './EncodingControls';
import { AnalysisProvider, useAnalysis } from './useAnalysis';

function Encoding() {
  const actions = useActions();
  const { graph } = useExplorer();
  const sizeBy = useView((v) => v.sizeBy ?? 'degree');
  const colourBy = useView((v) => v.colourBy ?? 'type');
  const { communities, computing } = useAnalysis();
  return (
    <EncodingControls
      graph={graph}
      sizeBy={sizeBy}
      colourBy={colourBy}
      onChange={actions.setEncoding}
      communities={communities}
      computing={computing}
    />
  );
}

/** Size by and Colour by: importance and communities, computed on demand (AnalysisProvider). */
export const encodingFeature: Feature = {
  name: 'encoding',
  address: [encodingAddress],
  panels: [{ name: 'encoding', slot: 'side', Component: Encoding }],
  Provider: AnalysisProvider,
};
