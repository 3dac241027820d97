// Renders the signed-out landing page to HTML at build time, so its first paint needs no
// JavaScript; main.tsx hydrates it. Run by the build (vite.config.ts), in Node.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { basename, createRoutes, LANDING_HYDRATION } from './router';

export function renderLanding(): string {
  const router = createMemoryRouter(createRoutes(), {
    basename,
    initialEntries: [basename === '/' ? '/' : `${basename}/`],
    hydrationData: LANDING_HYDRATION,
  });
  return renderToString(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
}
