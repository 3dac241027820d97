import { describe, expect, it } from 'vitest';
import { matchLocale, pickLocale } from './locales';

describe('choosing the language', () => {
  it("matches the browser's languages, region by region", () => {
    expect(matchLocale(['pt-BR', 'en'])).toBe('pt-BR');
    expect(matchLocale(['pt-PT'])).toBe('pt-BR');
    expect(matchLocale(['de-AT', 'fr'])).toBe('de');
    expect(matchLocale(['sv', 'ja-JP'])).toBe('ja');
    expect(matchLocale(['sv', 'fi'])).toBeUndefined();
  });

  it('takes the address first, then the kept choice, then the browser', () => {
    expect(pickLocale('ar', 'de', ['fr'])).toBe('ar');
    expect(pickLocale('pt-br', null, [])).toBe('pt-BR');
    expect(pickLocale(undefined, 'de', ['fr'])).toBe('de');
    expect(pickLocale('tracks', 'bogus', ['fr-CA'])).toBe('fr');
    expect(pickLocale(undefined, null, ['sv'])).toBe('en');
  });
});
