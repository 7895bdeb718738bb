/** The first-run page (welcome.html): opened once when CaseLens is installed, and from Settings. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { FirstRun } from '../../components/first-run/FirstRun';
import '../../components/styles/theme.css';
import '../../components/first-run/first-run.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <FirstRun />
  </StrictMode>,
);
