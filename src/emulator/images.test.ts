// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { apiGet, IMAGES, signIn, testEmulator } from './test-support';

describe('images', () => {
  /** A PNG's width and height, from its IHDR chunk (which must come first). */
  function pngSize(bytes: Uint8Array): [number, number] {
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(new TextDecoder().decode(bytes.subarray(12, 16))).toBe('IHDR');
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    return [view.getUint32(16), view.getUint32(20)];
  }

  it('serves every image the API refers to as a cacheable, cross-origin PNG of the stated size, as a CDN serves raster images', async () => {
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
      expect(response.headers.get('Content-Type')).toBe('image/png');
      expect(response.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
      expect(response.headers.get('Cross-Origin-Resource-Policy')).toBe('cross-origin');
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(Number(response.headers.get('Content-Length'))).toBe(bytes.length);
      expect(pngSize(bytes)).toEqual([image.width, image.width]);
    }
  });

  it('draws the same artwork every time, and different artwork per album', async () => {
    const emulator = testEmulator();
    const { access_token: token } = await signIn(emulator);
    const page = (await (await apiGet(emulator, '/me/top/tracks?limit=10', token)).json()) as {
      items: { album: { id: string; images: { url: string }[] } }[];
    };
    const covers = new Map<string, string>();
    const bytes = async (url: string) =>
      new Uint8Array(await (await emulator.images(new Request(url))).arrayBuffer()).join(',');
    for (const { album } of page.items) {
      const cover = await bytes(album.images[2]!.url);
      expect(await bytes(album.images[2]!.url)).toBe(cover);
      covers.set(album.id, cover);
    }
    expect(new Set(covers.values()).size).toBe(covers.size);
  });

  it('answers HEAD with the headers and no body', async () => {
    const emulator = testEmulator();
    const { access_token: token } = await signIn(emulator);
    const me = (await (await apiGet(emulator, '/me', token)).json()) as { images: { url: string }[] };
    const response = await emulator.images(new Request(me.images[1]!.url, { method: 'HEAD' }));
    expect(response.status).toBe(200);
    expect(Number(response.headers.get('Content-Length'))).toBeGreaterThan(100);
    expect((await response.arrayBuffer()).byteLength).toBe(0);
  });

  it('answers 404 for unknown keys and other paths', async () => {
    const emulator = testEmulator();
    expect((await emulator.images(new Request(`${IMAGES}/image/ab67616d0000b273${'0'.repeat(24)}`))).status).toBe(404);
    expect((await emulator.images(new Request(`${IMAGES}/favicon.ico`))).status).toBe(404);
  });
});
