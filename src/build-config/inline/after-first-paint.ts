// The prerendered start page's loader, inline in its head (build-config/html.ts,
// loadScriptsAfterFirstPaint): the page paints before any of its JavaScript is asked for.
// A classic script, bundled and minified at build time with the page's values in PAGE.
import { LIVE_EVENT } from '../../app/boot/live-event';

/** The page's own values, written in by the build (build-config/inline-script.ts). */
declare const PAGE: {
  /** The entry's and the deferred preloads' and manifest's <link> tags. */
  links: string;
  /** The entry module's URL. */
  entry: string;
  /** The start page's path: served for any other, the page loads at once. */
  startPath: string;
};

let loaded = false;
let early: HTMLElement | null = null;

function load(): void {
  if (loaded) return;
  loaded = true;
  document.head.insertAdjacentHTML('beforeend', PAGE.links);
  // The language the page became before its first paint (choose-language.ts) needs its catalog.
  const catalog = document.documentElement.dataset.catalog;
  if (catalog)
    document.head.insertAdjacentHTML('beforeend', `<link rel="modulepreload" crossorigin href="${catalog}">`);
  // The entry runs once the document is parsed (main.ts needs #root).
  const run = () => {
    const script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = PAGE.entry;
    document.head.append(script);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
  else run();
}

// Served for another address (a host that answers every path with index.html), the page
// shown is not the app's: load at once.
if (location.pathname !== PAGE.startPath || location.search) load();
else if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
  // The first contentful paint, not the first paint: a long page may paint its background first.
  new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length > 0) load();
  }).observe({ type: 'paint', buffered: true });
} else load();
setTimeout(load, 1000);

// Held back entirely (a radio is not checked yet), so that the replay is the click that counts.
function holdBack(event: MouseEvent): void {
  const control = (event.target as Partial<Element> | null)?.closest?.<HTMLElement>('#root :is(button,input,label)');
  if (!control) return;
  event.preventDefault();
  event.stopPropagation();
  early = control;
  load();
}
addEventListener('click', holdBack, true);

// A choice in a list (the language switch) before the page is live: made again once it is.
let choice: { select: HTMLSelectElement; value: string } | null = null;
function holdChoice(event: Event): void {
  const select = (event.target as Partial<Element> | null)?.closest?.<HTMLSelectElement>('#root select');
  if (!select) return;
  choice = { select, value: select.value };
  load();
}
addEventListener('change', holdChoice, true);

addEventListener(
  LIVE_EVENT,
  () => {
    removeEventListener('click', holdBack, true);
    removeEventListener('change', holdChoice, true);
    early?.click();
    if (choice) {
      choice.select.value = choice.value;
      choice.select.dispatchEvent(new Event('change', { bubbles: true }));
    }
  },
  { once: true },
);
