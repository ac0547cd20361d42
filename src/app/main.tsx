import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyTheme, initialTheme } from '../features/theme';
import { App } from './App';
import './styles.css';

applyTheme(initialTheme()); // before the first paint: no flash of the other theme
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
