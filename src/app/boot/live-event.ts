/**
 * Dispatched on `window` once the page's code has taken over: the prerendered start page
 * is hydrated, or the router app is starting in its place. Until then, the start page's
 * inline loader (src/build-config/html.ts) holds back clicks on its buttons, and clicks the
 * last one again on this event, so a click made before the code arrived is not lost.
 */
export const LIVE_EVENT = 'heavy-rotation:live';
