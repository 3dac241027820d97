import { afterEach, describe, expect, it } from 'vitest';
import { defineMessages, setLocale, t, tParts } from './i18n';
import { MessageSyntaxError, parseMessage, placeholders } from './parse-message';

const m = defineMessages('test', {
  plain: 'Hello, {name}!',
  plays: '{count, plural, =0 {No plays} one {# play} other {# plays}}',
  share: 'That is {share, number, percent} of {total, number} streams',
  rank: 'Your {n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} favourite',
  kind: '{kind, select, podcast {an episode} other {a track}}',
  rich: "Read <link>Spotify's {page} page</link>.",
});

afterEach(() => setLocale('en'));

describe('messages', () => {
  it('fills arguments, numbers and percentages in the language', () => {
    expect(t(m.plain, { name: 'Ana' })).toBe('Hello, Ana!');
    expect(t(m.share, { share: 0.25, total: 12345 })).toBe('That is 25% of 12,345 streams');
    setLocale('de', { 'test.share': '{share, number, percent} von {total, number} Streams' });
    expect(t(m.share, { share: 0.25, total: 12345 })).toBe('25\u00a0% von 12.345 Streams');
  });

  it("chooses the language's plural form, with exact matches first", () => {
    expect([0, 1, 2, 1000].map((count) => t(m.plays, { count }))).toEqual([
      'No plays',
      '1 play',
      '2 plays',
      '1,000 plays',
    ]);
    expect([1, 2, 3, 4, 11].map((n) => t(m.rank, { n }))).toEqual([
      'Your 1st favourite',
      'Your 2nd favourite',
      'Your 3rd favourite',
      'Your 4th favourite',
      'Your 11th favourite',
    ]);
    setLocale('ar', {
      'test.plays':
        '{count, plural, zero {لا تشغيل} one {تشغيل واحد} two {تشغيلان} few {# تشغيلات} many {# تشغيلًا} other {# تشغيل}}',
    });
    expect(t(m.plays, { count: 2 })).toBe('تشغيلان');
    expect(t(m.plays, { count: 3 })).toBe('3 تشغيلات');
    expect(t(m.plays, { count: 11 })).toBe('11 تشغيلًا');
  });

  it('selects, and falls back to other', () => {
    expect(t(m.kind, { kind: 'podcast' })).toBe('an episode');
    expect(t(m.kind, { kind: 'track' })).toBe('a track');
  });

  it('renders tags through the caller, never as markup', () => {
    expect(tParts(m.rich, { page: '<b>privacy</b>' }, { link: (children) => ({ link: children }) })).toEqual([
      'Read ',
      { link: ["Spotify's <b>privacy</b> page"] },
      '.',
    ]);
    expect(t(m.rich, { page: 'privacy' })).toBe("Read Spotify's privacy page.");
  });

  it('shows a missing value as its placeholder', () => {
    expect(t(m.plain)).toBe('Hello, {name}!');
  });

  it('shows the English where a translation is broken', () => {
    setLocale('fr', { 'test.plain': 'Bonjour, {name' });
    expect(t(m.plain, { name: 'Ana' })).toBe('Hello, Ana!');
  });

  it('refuses malformed messages and lists placeholders', () => {
    for (const bad of ['{', '{n, plural, one {x}}', '<a>x', 'x</a>', '{n, date}', 'a } b']) {
      expect(() => parseMessage(bad), bad).toThrow(MessageSyntaxError);
    }
    expect([...placeholders(parseMessage('{n, plural, one {<b>#</b> {who}} other {#}}'))].sort()).toEqual([
      '<b>',
      '{n}',
      '{who}',
    ]);
  });
});
