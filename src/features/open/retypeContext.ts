import { createContext, useContext } from 'react';
import type { TypeFrom } from '../../data/importers/types';

/**
 * Reads the opened file again with kinds from other columns ("Type from" in
 * the load report). App provides it while the open dataset's source still
 * holds its files; absent otherwise (the bundled data, a stored copy).
 */
export type Retype = (typeFrom: TypeFrom, which: 'node' | 'edge') => void;

export const RetypeContext = createContext<Retype | undefined>(undefined);

export function useRetype(): Retype | undefined {
  return useContext(RetypeContext);
}
