import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { readDemoMode, readSession } from './auth/token-store';
import { basename, createRouter, LANDING_HYDRATION } from './app/router';
import './app/styles.css';
import { applyTheme } from './app/theme';

applyTheme();

const container = document.getElementById('root')!;
// The build prerenders the signed-out landing page into index.html. Hydrate it when that is
// what this visit shows; anywhere else, render from scratch over it.
const path = window.location.pathname.replace(basename === '/' ? '' : basename, '') || '/';
const landing = path === '/' && !window.location.search && !readSession() && !readDemoMode();
const prerendered = container.firstElementChild !== null;

if (prerendered && landing) {
  hydrateRoot(
    container,
    <StrictMode>
      <RouterProvider router={createRouter(LANDING_HYDRATION)} />
    </StrictMode>,
  );
} else {
  container.replaceChildren();
  createRoot(container).render(
    <StrictMode>
      <RouterProvider router={createRouter()} />
    </StrictMode>,
  );
}
