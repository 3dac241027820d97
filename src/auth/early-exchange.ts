// The sign-in callback's code exchange, sent by the page's head while the page still loads.
// On static hosts every address but the start page gets 404.html, whose first inline script
// (build-config/html.ts, `startFallbackPage`) sends the exchange the moment it is parsed,
// when the pending sign-in in this tab names a token endpoint and its state matches the
// callback's. The callback's own handling (callback.ts) checks everything again and takes
// that answer here instead of asking twice: one exchange per code either way.

/** The global both sides name the exchange by: `Symbol.for(EARLY_EXCHANGE_KEY)`. */
export const EARLY_EXCHANGE_KEY = 'heavy-rotation:code-exchange';

export interface EarlyExchange {
  code: string;
  url: string;
  response: Promise<Response>;
}

type WithSlot = Record<symbol, EarlyExchange | undefined>;

/** The exchange the head sent, once: whoever takes it owns the answer. */
export function takeEarlyExchange(): EarlyExchange | undefined {
  const slot = Symbol.for(EARLY_EXCHANGE_KEY);
  const holder = window as unknown as WithSlot;
  const early = holder[slot];
  delete holder[slot];
  return early;
}
