import { describe, expect, it } from 'vitest';
import { LIVE_EVENT } from '../app/boot/live-event';
import { buildInlineScript } from './inline-script';

describe('buildInlineScript', () => {
  it('bundles the constants a script imports and the page values it is given into one classic script', async () => {
    const code = await buildInlineScript('after-first-paint', {
      links: '<link rel="x">',
      entry: '/e.js',
      startPath: '/',
    });
    expect(code).toContain(LIVE_EVENT);
    expect(code).toContain('/e.js');
    expect(code).not.toMatch(/\bimport\b|\bexport\b|\bPAGE\b/);
    // A classic script that parses as such.
    expect(() => new Function(code)).not.toThrow();
  });

  it('refuses a script whose page values are not all given', async () => {
    await expect(buildInlineScript('start-fallback', { links: '' })).rejects.toThrow(/PAGE value was not provided/);
  });

  it('keeps a value that holds </script> inside the script element', async () => {
    const links = '<link rel="x"></script><script>alert(1)</script>';
    const code = await buildInlineScript('start-fallback', { links, callbackPath: '/account', catalogs: '{}' });
    expect(code.toLowerCase()).not.toContain('</script');
    document.head.replaceChildren();
    new Function(code)();
    expect(document.head.innerHTML).toContain('alert(1)');
  });
});
