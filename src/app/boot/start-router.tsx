// The router app: every address but the first visit's start page (see main.ts). A chunk
// of its own, so the prerendered start page needs no router.
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { createRouter } from '../routes/router';

export function startRouter(container: HTMLElement): void {
  container.replaceChildren();
  const root = createRoot(container);
  // The first render as a transition: React builds the page in short tasks, not one long one
  // (on the sign-in callback it runs while the code is exchanged, so nothing waits for it).
  startTransition(() =>
    root.render(
      <StrictMode>
        <RouterProvider router={createRouter()} useTransitions={false} />
      </StrictMode>,
    ),
  );
}
