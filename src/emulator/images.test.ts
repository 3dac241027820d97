// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { apiGet, IMAGES, signIn, testEmulator } from './test-support';

describe('images', () => {
  it('serves every image the API refers to as a cacheable, cross-origin SVG of the stated size', async () => {
    const emulator = testEmulator();
    const { access_token: token } = await signIn(emulator);
    const me = (await (await apiGet(emulator, '/me', token)).json()) as { images: { url: string; width: number }[] };
    const tracks = (await (await apiGet(emulator, '/me/top/tracks?limit=1', token)).json()) as {
      items: { album: { images: { url: string; width: number }[] } }[];
    };
    const images = [...me.images, ...tracks.items[0]!.album.images];
    expect(images.map((i) => i.width)).toEqual([300, 64, 640, 300, 64]);
    for (const image of images) {
      const response = await emulator.images(new Request(image.url));
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Type')).toBe('image/svg+xml');
      expect(response.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
      expect(response.headers.get('Cross-Origin-Resource-Policy')).toBe('cross-origin');
      const svg = await response.text();
      expect(svg).toMatch(new RegExp(`^<svg [^>]*width="${image.width}" height="${image.width}"`));
      expect(svg).not.toMatch(/<script|on\w+=/i);
    }
  });

  it('draws the same artwork every time, and different artwork per album', async () => {
    const emulator = testEmulator();
    const { access_token: token } = await signIn(emulator);
    const page = (await (await apiGet(emulator, '/me/top/tracks?limit=10', token)).json()) as {
      items: { album: { id: string; images: { url: string }[] } }[];
    };
    const svgs = new Map<string, string>();
    for (const { album } of page.items) {
      const svg = await (await emulator.images(new Request(album.images[0]!.url))).text();
      expect(await (await emulator.images(new Request(album.images[0]!.url))).text()).toBe(svg);
      svgs.set(album.id, svg);
    }
    expect(new Set(svgs.values()).size).toBe(svgs.size);
  });

  it('answers 404 for unknown keys and other paths', async () => {
    const emulator = testEmulator();
    expect((await emulator.images(new Request(`${IMAGES}/image/ab67616d0000b273${'0'.repeat(24)}`))).status).toBe(404);
    expect((await emulator.images(new Request(`${IMAGES}/favicon.ico`))).status).toBe(404);
  });
});
