// Mounts the dashboard. Loaded on demand by main.tsx so that a portal embed that can be drawn
// from its prerendered first paint never downloads React.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';

export function boot() {
  const root = document.getElementById('root');
  if (!root) return;
  root.replaceChildren();
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
