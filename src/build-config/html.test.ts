import { createHash } from 'node:crypto';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { LIVE_EVENT } from '../app/boot/live-event';
import { takeEarlyExchange } from '../auth/early-exchange';
import { exchangeCode } from '../auth/token-client';
import { PENDING_KEY } from '../auth/token-store';
import { allowInPolicy, cspHash, inlineStylesheet, loadScriptsAfterFirstPaint, startFallbackPage } from './html';

// The built index.html as Vite writes it (the CSP meta's quotes escaped as &#39;).
const BUILT = `<!doctype html>
<html lang="en">
  <head>
    <meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; script-src &#39;self&#39;; style-src &#39;self&#39;; img-src &#39;self&#39;">
    <link rel="icon" href="/app/favicon.svg" type="image/svg+xml" />
    <link rel="manifest" href="/app/manifest.webmanifest" />
    <script type="module" crossorigin src="/app/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/app/assets/react-def.js">
    <link rel="stylesheet" crossorigin href="/app/assets/index-123.css">
  </head>
  <body>
    <div id="root"><button type="button">Sign in</button></div>
  </body>
</html>`;

function policy(html: string): Map<string, string[]> {
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)![1]!;
  return new Map(
    content
      .replaceAll('&#39;', "'")
      .split(';')
      .map((rule) => rule.trim().split(/\s+/))
      .map(([name, ...sources]) => [name!, sources]),
  );
}

/** The page as the HTML parser sees it: an inline script's text is not markup. */
function markup(html: string): string {
  return html.replace(/<script>.*?<\/script>/gs, '<script></script>');
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

describe('allowInPolicy', () => {
  it('adds a source to one directive only, once, keeping the escaped quotes', () => {
    const once = allowInPolicy(BUILT, 'script-src', "'sha256-AAAA'");
    const twice = allowInPolicy(once, 'script-src', "'sha256-AAAA'");
    expect(policy(twice).get('script-src')).toEqual(["'self'", "'sha256-AAAA'"]);
    expect(policy(twice).get('style-src')).toEqual(["'self'"]);
    expect(twice).toContain('script-src &#39;self&#39; &#39;sha256-AAAA&#39;;');
  });

  it('refuses a page without the directive or without a policy', () => {
    expect(() => allowInPolicy(BUILT.replace(' style-src &#39;self&#39;;', ''), 'style-src', "'x'")).toThrow(
      /no style-src/,
    );
    expect(() => allowInPolicy('<html></html>', 'script-src', "'x'")).toThrow(/no Content-Security-Policy/);
  });
});

describe('inlineStylesheet', () => {
  it('puts the stylesheet in the page and allows exactly that text', () => {
    const css = 'body{margin:0}';
    const html = inlineStylesheet(BUILT, '/app/assets/index-123.css', css);
    expect(html).not.toContain('index-123.css');
    expect(html).toContain(`<style>${css}</style>`);
    expect(policy(html).get('style-src')).toEqual(["'self'", sha256(css)]);
  });

  it('refuses a stylesheet the page does not link', () => {
    expect(() => inlineStylesheet(BUILT, '/app/assets/other.css', 'a{}')).toThrow(/does not link/);
  });
});

describe('loadScriptsAfterFirstPaint', () => {
  let html = '';
  let loader: string | undefined;
  beforeAll(async () => {
    html = await loadScriptsAfterFirstPaint(BUILT, '/');
    loader = /<script>(.*?)<\/script><\/head>/s.exec(html)?.[1];
  });

  afterEach(() => {
    // Retires every loader a test ran: each listens on window until the page is live.
    document.body.replaceChildren();
    window.dispatchEvent(new Event(LIVE_EVENT));
    document.head.replaceChildren();
    document.body.replaceChildren();
  });

  it('leaves no script, module preload or manifest for the parser to fetch, and allows its loader by hash', () => {
    expect(markup(html)).not.toMatch(/<script[^>]+src=|rel="modulepreload"|rel="manifest"/);
    expect(html).toContain('rel="icon"');
    expect(loader).toBeDefined();
    expect(cspHash(loader!)).toBe(sha256(loader!));
    expect(policy(html).get('script-src')).toEqual(["'self'", sha256(loader!)]);
  });

  /** Runs the loader in this document, with a PerformanceObserver we can fire: a paint entry by name. */
  function runLoader({ paintTiming = true } = {}) {
    let observed: ((list: { getEntriesByName: (name: string) => unknown[] }) => void) | undefined;
    class FakeObserver {
      static supportedEntryTypes = paintTiming ? ['paint', 'resource'] : ['resource'];
      constructor(callback: typeof observed) {
        observed = callback;
      }
      observe() {}
      disconnect() {}
    }
    vi.stubGlobal('PerformanceObserver', FakeObserver);
    vi.useFakeTimers();
    new Function(loader!)();
    const entries = (painted: string) => ({ getEntriesByName: (name: string) => (name === painted ? [{}] : []) });
    return {
      paint: () => observed?.(entries('first-contentful-paint')),
      backgroundOnly: () => observed?.(entries('first-paint')),
    };
  }

  const entryScripts = () => [...document.head.querySelectorAll('script[type="module"]')];

  it('waits past a paint of the background alone for the first contentful paint', () => {
    const { backgroundOnly, paint } = runLoader();
    backgroundOnly();
    expect(entryScripts()).toHaveLength(0);
    paint();
    expect(entryScripts()).toHaveLength(1);
  });

  it('adds the entry, its preloads and the manifest on the first paint, once', () => {
    const { paint } = runLoader();
    expect(entryScripts()).toHaveLength(0);
    paint();
    paint();
    vi.advanceTimersByTime(5000);
    vi.useRealTimers();
    expect(entryScripts().map((s) => s.getAttribute('src'))).toEqual(['/app/assets/index-abc.js']);
    expect(
      [...document.head.querySelectorAll('link[rel="modulepreload"]')].map((link) => link.getAttribute('href')),
    ).toEqual(['/app/assets/index-abc.js', '/app/assets/react-def.js']);
    expect(document.head.querySelector('link[rel="manifest"]')).not.toBeNull();
  });

  it('loads at once where the browser reports no paint timing, and after a second at the latest', () => {
    runLoader({ paintTiming: false });
    expect(entryScripts()).toHaveLength(1);
    document.head.replaceChildren();

    runLoader();
    vi.advanceTimersByTime(999);
    expect(entryScripts()).toHaveLength(0);
    vi.advanceTimersByTime(1);
    vi.useRealTimers();
    expect(entryScripts()).toHaveLength(1);
  });

  it('holds back a radio clicked before the page is live, and checks it with the replayed click', () => {
    document.body.innerHTML = '<div id="root"><label><input type="radio" name="theme" value="dark"> Dark</label></div>';
    const radio = document.querySelector('input')!;
    runLoader();
    radio.closest('label')!.click();
    expect(radio.checked).toBe(false);
    const changes = vi.fn();
    radio.addEventListener('change', changes);
    window.dispatchEvent(new Event(LIVE_EVENT));
    vi.useRealTimers();
    expect(radio.checked).toBe(true);
    expect(changes).toHaveBeenCalledTimes(1);
  });

  it('loads at once when the page is served for another address', () => {
    window.history.replaceState(null, '', '/tracks');
    runLoader();
    vi.useRealTimers();
    window.history.replaceState(null, '', '/');
    expect(entryScripts()).toHaveLength(1);
  });

  it('loads at once when a button is clicked before the page is live, and clicks it again once it is', () => {
    document.body.innerHTML = '<div id="root"><button type="button">Sign in</button></div>';
    const button = document.querySelector('button')!;
    runLoader();
    const clicks = vi.fn();
    // The page's handler, as React attaches it (on the root) before hydration has finished:
    // the early click must not reach it, or it would run twice.
    document.getElementById('root')!.addEventListener('click', clicks);
    button.click();
    expect(entryScripts()).toHaveLength(1);
    expect(clicks).not.toHaveBeenCalled();
    window.dispatchEvent(new Event(LIVE_EVENT));
    expect(clicks).toHaveBeenCalledTimes(1);
    // Live now: later clicks are the page's alone, never repeated.
    button.click();
    window.dispatchEvent(new Event(LIVE_EVENT));
    vi.useRealTimers();
    expect(clicks).toHaveBeenCalledTimes(2);
  });
});

describe('startFallbackPage', () => {
  let html = '';
  let script: string | undefined;
  beforeAll(async () => {
    html = await startFallbackPage(BUILT, '/app/account');
    script = /<script>(.*?)<\/script>\s*<script type="module"/s.exec(html)?.[1];
  });
  const preloads = () =>
    [...document.head.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.getAttribute('href'));
  const pending = {
    verifier: 'v'.repeat(64),
    state: 'the-state',
    returnTo: '/artists',
    clientId: 'c0ffee00c0ffee00c0ffee00c0ffee00',
    createdAt: 1,
    tokenUrl: 'https://accounts.example/api/token',
    redirectUri: 'https://app.example/app/account',
  };
  const sent = () => {
    const fetch = vi.fn(() => Promise.resolve(new Response('{}')));
    vi.stubGlobal('fetch', fetch);
    new Function(script!)();
    return fetch;
  };

  afterEach(() => {
    document.head.replaceChildren();
    window.history.replaceState(null, '', '/');
    sessionStorage.clear();
    takeEarlyExchange();
  });

  it('keeps the entry script, and puts one script allowed by its hash before it', () => {
    expect(html).toContain('<script type="module" crossorigin src="/app/assets/index-abc.js"></script>');
    expect(markup(html)).not.toMatch(/<link rel="modulepreload"/);
    expect(policy(html).get('script-src')).toEqual(["'self'", sha256(script!)]);
  });

  it('preloads at once for any address but the sign-in callback', () => {
    window.history.replaceState(null, '', '/app/tracks?range=long_term');
    new Function(script!)();
    expect(preloads()).toEqual(['/app/assets/react-def.js']);
    document.head.replaceChildren();

    window.history.replaceState(null, '', '/app/account?code=abc&state=xyz');
    new Function(script!)();
    expect(preloads()).toEqual([]);
  });

  it('on the callback, sends the very request the exchange would send, and leaves it for the callback to take', async () => {
    sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
    window.history.replaceState(null, '', '/app/account?code=the-code&state=the-state');
    const early = sent();
    expect(early).toHaveBeenCalledTimes(1);
    const taken = takeEarlyExchange();
    expect(taken).toMatchObject({ code: 'the-code', url: pending.tokenUrl });
    expect(takeEarlyExchange()).toBeUndefined();
    // Nothing is taken from storage here: the callback's handling spends the pending sign-in.
    expect(sessionStorage.getItem(PENDING_KEY)).not.toBeNull();

    const direct = vi.fn(() => Promise.resolve(new Response('{}')));
    vi.stubGlobal('fetch', direct);
    await exchangeCode({
      accountsUrl: 'https://accounts.example',
      clientId: pending.clientId,
      code: 'the-code',
      redirectUri: pending.redirectUri,
      verifier: pending.verifier,
    }).catch(() => undefined);
    const request = (call: unknown[]) => {
      const [url, init] = call as [string, RequestInit];
      return { url, ...init, body: String(init.body), signal: undefined };
    };
    expect(request(early.mock.calls[0]!)).toEqual(request(direct.mock.calls[0]!));
  });

  it('sends nothing for a callback this tab did not start, an error, the demo, or another address', () => {
    const cases: [string, object | null][] = [
      ['/app/account?code=the-code&state=another-state', pending],
      ['/app/account?code=the-code&state=the-state', null],
      ['/app/account?error=access_denied&state=the-state', pending],
      ['/app/account?code=the-code&state=the-state', { ...pending, tokenUrl: undefined, redirectUri: undefined }],
      ['/app/account?code=the-code&state=the-state', { ...pending, redirectUri: undefined }],
      ['/app/tracks?code=the-code&state=the-state', pending],
    ];
    for (const [url, stored] of cases) {
      if (stored) sessionStorage.setItem(PENDING_KEY, JSON.stringify(stored));
      else sessionStorage.removeItem(PENDING_KEY);
      window.history.replaceState(null, '', url);
      expect(sent(), url).not.toHaveBeenCalled();
      expect(takeEarlyExchange(), url).toBeUndefined();
    }
    sessionStorage.setItem(PENDING_KEY, '{not json');
    window.history.replaceState(null, '', '/app/account?code=the-code&state=the-state');
    expect(sent()).not.toHaveBeenCalled();
  });
});
