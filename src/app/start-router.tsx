// The router app: every address but the first visit's start page (see main.ts). A chunk
// of its own, so the prerendered start page needs no router.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { createRouter } from './router';

export function startRouter(container: HTMLElement): void {
  container.replaceChildren();
  createRoot(container).render(
    <StrictMode>
      <RouterProvider router={createRouter()} useTransitions={false} />
    </StrictMode>,
  );
}
