// The signed-out start page as the build prerenders it and the first visit hydrates it:
// the same page and shell as in the router app, without react-router, so the first visit
// downloads no router. Every other address boots the router app (main.ts).
import { LandingPage } from '../routes/landing-page';
import { Shell } from '../shell/shell';

export function StaticLanding() {
  return (
    <Shell>
      <LandingPage params={new URLSearchParams()} />
    </Shell>
  );
}
