import { createContext, useContext } from 'react';

/** The slot's close for the panel it holds (Escape, Close, the failure message all use it). */
export const PanelCloseContext = createContext<() => void>(() => undefined);

export const usePanelClose = (): (() => void) => useContext(PanelCloseContext);
