// First: the theme tokens and page-wide rules; every component's own CSS comes after them.
import './tokens.css';
import './base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyTheme, initialTheme } from '../features/theme';
import { App } from './App';
import { preloadGraphView } from './LazyGraphView';

applyTheme(initialTheme()); // before the first paint: no flash of the other theme
void preloadGraphView(); // in parallel with the dataset, not after the first render
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
