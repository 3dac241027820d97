// Renders the signed-out start page to HTML at build time, so its first paint needs no
// JavaScript; start-landing.tsx hydrates it. Run by the build (vite.config.ts), in Node.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticLanding } from './static-landing';

export function renderLanding(): string {
  return renderToString(
    <StrictMode>
      <StaticLanding />
    </StrictMode>,
  );
}
