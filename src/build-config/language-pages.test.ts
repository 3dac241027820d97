// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { applyTranslation } from './inline/page-translation';
import { translationOf } from './language-pages';

const head = { lang: 'de', dir: 'ltr' as const, prefix: 'de/', title: 'Titel', description: 'Beschreibung' };

function translate(english: string, other: string) {
  document.head.innerHTML = '<title>Title</title><meta name="description" content="Description">';
  document.body.innerHTML = `<div id="root">${english}</div>`;
  const root = document.getElementById('root')!;
  applyTranslation(document, root, translationOf(english, other, head));
  return root.innerHTML;
}

describe('the start page in another language', () => {
  it('becomes exactly the other render: texts, attributes, and reordered parts', () => {
    const english =
      '<a href="/import" aria-label="Home">Import <b>now</b><!-- -->!</a><p>Works with <svg></svg>.</p><ul><li>One</li></ul>';
    const german =
      '<a href="/de/import" aria-label="Start">Jetzt <b>importieren</b><!-- -->!</a><p><svg></svg> und mehr</p><ul><li>Eins</li></ul>';
    expect(translate(english, german)).toBe(german);
    expect(document.documentElement.lang).toBe('de');
    expect(document.title).toBe('Titel');
    expect(document.querySelector('meta[name="description"]')!.getAttribute('content')).toBe('Beschreibung');
  });

  it('removes what the other language leaves out and changes only what differs', () => {
    const english = '<p title="x" class="a">Same</p><p>Hello</p>';
    const translation = translationOf(english, '<p class="a">Same</p><p>Hallo</p>', head);
    expect(translation.attributes).toEqual([[[0], 'title', null]]);
    expect(translation.texts).toEqual([[[1], 0, 'Hallo']]);
    expect(translation.html).toEqual([]);
  });
});
