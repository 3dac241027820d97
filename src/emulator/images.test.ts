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

  /** A PNG's RGB pixels, as encodePng writes them (8-bit RGB, each row filtered with 0, none). */
  async function pngPixels(bytes: Uint8Array): Promise<{ size: number; rgb: Uint8Array }> {
    const [width, height] = pngSize(bytes);
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    const idat: Uint8Array[] = [];
    for (let at = 8; at < bytes.length;) {
      const length = view.getUint32(at);
      if (new TextDecoder().decode(bytes.subarray(at + 4, at + 8)) === 'IDAT') {
        idat.push(bytes.subarray(at + 8, at + 8 + length));
      }
      at += 12 + length;
    }
    const stream = new Blob(idat as BlobPart[]).stream().pipeThrough(new DecompressionStream('deflate'));
    const raw = new Uint8Array(await new Response(stream).arrayBuffer());
    expect(width).toBe(height);
    expect(raw.length).toBe((width * 3 + 1) * height);
    const rgb = new Uint8Array(width * height * 3);
    for (let y = 0; y < height; y++) {
      expect(raw[y * (width * 3 + 1)]).toBe(0);
      rgb.set(raw.subarray(y * (width * 3 + 1) + 1, (y + 1) * (width * 3 + 1)), y * width * 3);
    }
    return { size: width, rgb };
  }

  /**
   * The columns and rows at which the colour changes from the pixel before, anywhere in the
   * image. A cover scaled up from an N-pixel drawing can change at most at N - 1 of them.
   */
  function edges({ size, rgb }: { size: number; rgb: Uint8Array }): { columns: number; rows: number } {
    const differs = (a: number, b: number) =>
      rgb[a * 3] !== rgb[b * 3] || rgb[a * 3 + 1] !== rgb[b * 3 + 1] || rgb[a * 3 + 2] !== rgb[b * 3 + 2];
    const columns = new Set<number>();
    const rows = new Set<number>();
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const at = y * size + x;
        if (x > 0 && differs(at, at - 1)) columns.add(x);
        if (y > 0 && differs(at, at - size)) rows.add(y);
      }
    }
    return { columns: columns.size, rows: rows.size };
  }

  it('draws each cover at the size it is served: detail at every pixel, no blocks at 240 px on a 2× screen', async () => {
    const emulator = testEmulator();
    const { access_token: token } = await signIn(emulator);
    const tracks = (await (await apiGet(emulator, '/me/top/tracks?limit=4', token)).json()) as {
      items: { album: { images: { url: string; width: number }[] }; artists: { id: string }[] }[];
    };
    const artist = (await (await apiGet(emulator, `/artists/${tracks.items[0]!.artists[0]!.id}`, token)).json()) as {
      images: { url: string; width: number }[];
    };
    // 240 CSS px at 2× needs 480 device pixels: the 640 px variant, of albums and of artists.
    const large = [...tracks.items.map((item) => item.album.images[0]!), artist.images[0]!];
    expect(large.map((image) => image.width)).toEqual([640, 640, 640, 640, 640]);
    for (const image of large) {
      const cover = await pngPixels(
        new Uint8Array(await (await emulator.images(new Request(image.url))).arrayBuffer()),
      );
      const { columns, rows } = edges(cover);
      // Far more than the 127 a 128-pixel drawing scaled up would allow.
      expect(columns, image.url).toBeGreaterThan(cover.size / 2);
      expect(rows, image.url).toBeGreaterThan(cover.size / 2);
    }
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
