import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path';

describe('safeReturnPath', () => {
  it.each([
    '/',
    '/artists?range=short_term',
    '/tracks?range=long_term#top',
    '/artist/4Z8W4fKeB5YxbusRsdQVPb',
    '/accounting',
  ])('keeps the in-app path %s', (path) => {
    expect(safeReturnPath(path)).toBe(path);
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['an empty string', ''],
    ['a relative path', 'artists'],
    ['a protocol-relative URL', '//evil.example'],
    ['a protocol-relative URL with a path', '//evil.example/artists'],
    ['an absolute URL', 'https://evil.example'],
    ['an absolute URL to this app', 'http://localhost:3000/artists'],
    ['a javascript: URL', 'javascript:alert(document.domain)'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['a backslash after the slash', '/\\evil.example'],
    ['a leading backslash', '\\\\evil.example'],
    ['a backslash later on', '/artists\\..\\..\\evil'],
    ['a tab between the slashes', '/\t/evil.example'],
    ['a newline between the slashes', '/\n/evil.example'],
    ['a leading space', ' //evil.example'],
    ['the callback route', '/account'],
    ['the callback route with a code', '/account?code=abc&state=xyz'],
    ['a path under the callback route', '/account/anything'],
    ['the callback route with a hash', '/account#top'],
  ])('sends %s to / instead', (_, path) => {
    expect(safeReturnPath(path)).toBe('/');
  });

  it('never returns something that resolves to another origin', () => {
    const origin = 'https://app.example';
    const attempts = ['//evil.example', '/\\evil.example', '/\t/evil.example', '/\r\n/evil.example', '/\u0000/x'];
    for (const path of attempts) {
      expect(new URL(safeReturnPath(path), origin).origin).toBe(origin);
    }
  });
});
