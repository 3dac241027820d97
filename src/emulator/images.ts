// Artwork: image URLs shaped like Spotify's (40 hex digits whose first 16 name the
// kind and size), and a deterministic cover for each, drawn from the id and served as a PNG.
import { getCatalog } from './fixtures';
import { encodePng } from './png';
import { hashString, hexDigest } from './prng';

export type ImageKind = 'album' | 'artist' | 'user';

export interface SpotifyImageJson {
  url: string;
  height: number;
  width: number;
}

// Largest first, as Spotify lists them. Prefixes mirror i.scdn.co's.
const VARIANTS: Record<ImageKind, readonly [size: number, prefix: string][]> = {
  album: [
    [640, 'ab67616d0000b273'],
    [300, 'ab67616d00001e02'],
    [64, 'ab67616d00004851'],
  ],
  artist: [
    [640, 'ab6761610000e5eb'],
    [320, 'ab67616100005174'],
    [160, 'ab6761610000f178'],
  ],
  user: [
    [300, 'ab67757000003b82'],
    [64, 'ab6775700000ee85'],
  ],
};

export function imageKey(kind: ImageKind, id: string, size: number): string {
  const prefix = VARIANTS[kind].find(([s]) => s === size)?.[1];
  if (!prefix) throw new RangeError(`No ${size}px ${kind} image`);
  return prefix + hexDigest(`${kind}:${id}`, 24);
}

export function imageObjects(kind: ImageKind, id: string, imagesBase: string): SpotifyImageJson[] {
  return VARIANTS[kind].map(([size]) => ({
    url: `${imagesBase}/image/${imageKey(kind, id, size)}`,
    height: size,
    width: size,
  }));
}

interface ImageRef {
  kind: ImageKind;
  id: string;
  size: number;
}

let index: Map<string, ImageRef> | undefined;

/** Every image the catalogue refers to, by key; the same in every dataset. */
function imageIndex(): Map<string, ImageRef> {
  if (!index) {
    const catalog = getCatalog('default');
    const items: [ImageKind, string][] = [
      ['user', catalog.user.id],
      ...[...catalog.albums.keys()].map((id): [ImageKind, string] => ['album', id]),
      ...[...catalog.artists.keys()].map((id): [ImageKind, string] => ['artist', id]),
    ];
    index = new Map();
    for (const [kind, id] of items) {
      for (const [size] of VARIANTS[kind]) index.set(imageKey(kind, id, size), { kind, id, size });
    }
  }
  return index;
}

export function findImage(key: string): ImageRef | undefined {
  return imageIndex().get(key);
}

type Rgb = [number, number, number];

/** CSS `hsl(h s% l%)` as 0–255 RGB. */
function hsl(h: number, s: number, l: number): Rgb {
  const sat = s / 100;
  const light = l / 100;
  const k = (n: number) => (n + h / 30) % 12;
  const a = sat * Math.min(light, 1 - light);
  const f = (n: number) => light - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1));
  return [Math.round(f(0) * 255), Math.round(f(8) * 255), Math.round(f(4) * 255)];
}

/**
 * A shape in the cover's 100×100 space: where it covers (u, v), its colour at its opacity
 * is laid over what is below.
 */
interface Shape {
  color: Rgb;
  alpha: number;
  covers: (u: number, v: number) => boolean;
}

/**
 * The cover's design, from the image's id: a gradient, and a portrait (artists, users) or
 * one of four patterns (albums). Deterministic: the same id draws the same cover.
 */
function design({ kind, id }: ImageRef): { gradient: [Rgb, Rgb, number]; shapes: Shape[] } {
  const h = (n: number) => hashString(`${kind}:${id}`, n);
  const hue = h(1) % 360;
  const hue2 = (hue + 40 + (h(2) % 140)) % 360;
  const sat = 45 + (h(3) % 35);
  const c1 = hsl(hue, sat, 30 + (h(4) % 20));
  const c2 = hsl(hue2, sat, 50 + (h(5) % 20));
  const accent = hsl((hue + 180) % 360, sat + 10, 70 + (h(6) % 15));
  const angle = ((h(7) % 360) * Math.PI) / 180;
  const n = (k: number, max: number) => h(10 + k) % max;
  const circle = (cx: number, cy: number, r: number, color: Rgb, alpha: number): Shape => ({
    color,
    alpha,
    covers: (u, v) => (u - cx) ** 2 + (v - cy) ** 2 <= r * r,
  });
  const shapes: Shape[] = [];
  if (kind !== 'album') {
    // A portrait placeholder: head and shoulders.
    shapes.push(circle(50, 40, 17, accent, 0.85), {
      color: accent,
      alpha: 0.85,
      covers: (u, v) => ((u - 50) / 33) ** 2 + ((v - 96) / 30) ** 2 <= 1,
    });
  } else {
    switch (h(8) % 4) {
      case 0: {
        // Rings
        const cx = 30 + n(1, 40);
        const cy = 30 + n(2, 40);
        for (let r = 44; r > 4; r -= 6 + n(r, 6)) {
          const half = (1 + n(r + 1, 3)) / 2;
          const ring = r;
          shapes.push({
            color: accent,
            alpha: 0.6,
            covers: (u, v) => Math.abs(Math.sqrt((u - cx) ** 2 + (v - cy) ** 2) - ring) <= half,
          });
        }
        break;
      }
      case 1: {
        // Stripes, turned about the centre
        const turn = ((n(3, 90) - 45) * Math.PI) / 180;
        const [cos, sin] = [Math.cos(turn), Math.sin(turn)];
        const bands: [number, number][] = [];
        for (let x = -40; x < 140; x += 14 + n(x + 50, 10)) bands.push([x, x + 3 + n(x + 60, 7)]);
        shapes.push({
          color: accent,
          alpha: 0.5,
          covers: (u, v) => {
            const along = 50 + (u - 50) * cos + (v - 50) * sin;
            for (const [from, to] of bands) if (along >= from && along <= to) return true;
            return false;
          },
        });
        break;
      }
      case 2:
        // Bubbles
        for (let k = 0; k < 9; k++) {
          shapes.push(circle(n(k * 3, 100), n(k * 3 + 1, 100), 4 + n(k * 3 + 2, 20), k % 2 ? accent : c1, 0.45));
        }
        break;
      default: {
        // A sun over hills: two curves through four heights
        shapes.push(circle(35 + n(4, 30), 30 + n(5, 20), 14 + n(6, 10), accent, 0.9));
        const [y0, y1, y2, y3] = [70 + n(7, 10), 50 + n(8, 15), 68 + n(9, 10), 60 + n(10, 12)];
        const curve = (a: number, control: number, b: number, t: number) =>
          (1 - t) ** 2 * a + 2 * (1 - t) * t * control + t ** 2 * b;
        shapes.push({
          color: c1,
          alpha: 0.85,
          covers: (u, v) => v >= (u <= 55 ? curve(y0, y1, y2, u / 55) : curve(y2, 2 * y2 - y1, y3, (u - 55) / 45)),
        });
      }
    }
  }
  return { gradient: [c1, c2, angle], shapes };
}

/**
 * The cover's pixels at `size` square, each sampled at its centre: drawn at the size it is
 * served, so a 640 px cover shown at 240 CSS px on a 2× screen shows no blocks. Scalar
 * arithmetic only: a 640 px cover is 409,600 samples, drawn on the demo's main thread too.
 */
export function drawCover(ref: ImageRef, size = ref.size): Uint8Array {
  const {
    gradient: [c1, c2, angle],
    shapes,
  } = design(ref);
  const [cos, sin] = [Math.cos(angle) / 100, Math.sin(angle) / 100];
  const rgb = new Uint8Array(size * size * 3);
  for (let y = 0; y < size; y++) {
    const v = ((y + 0.5) * 100) / size;
    for (let x = 0; x < size; x++) {
      const u = ((x + 0.5) * 100) / size;
      const t = Math.min(1, Math.max(0, (u - 50) * cos + (v - 50) * sin + 0.5));
      let r = c1[0] + (c2[0] - c1[0]) * t;
      let g = c1[1] + (c2[1] - c1[1]) * t;
      let b = c1[2] + (c2[2] - c1[2]) * t;
      for (const shape of shapes) {
        if (!shape.covers(u, v)) continue;
        const a = shape.alpha;
        r = r * (1 - a) + shape.color[0] * a;
        g = g * (1 - a) + shape.color[1] * a;
        b = b * (1 - a) + shape.color[2] * a;
      }
      const at = (y * size + x) * 3;
      rgb[at] = r;
      rgb[at + 1] = g;
      rgb[at + 2] = b;
    }
  }
  return rgb;
}

const drawn = new Map<string, Promise<Uint8Array>>();

/**
 * A cover as a PNG of `size` pixels square, as Spotify's CDN serves raster images (JPEG):
 * the browser decodes it off the main thread, as it would theirs. Drawn once per image.
 */
export function renderPng(ref: ImageRef): Promise<Uint8Array> {
  const key = `${ref.kind}:${ref.id}:${ref.size}`;
  let png = drawn.get(key);
  if (!png) {
    png = encodePng(ref.size, ref.size, drawCover(ref));
    drawn.set(key, png);
  }
  return png;
}

export async function imageResponse(ref: ImageRef, method: string): Promise<Response> {
  const png = await renderPng(ref);
  return new Response(method === 'HEAD' ? null : (png as BodyInit), {
    status: 200,
    headers: {
      'Content-Type': 'image/png',
      'Content-Length': String(png.length),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'Access-Control-Allow-Origin': '*',
      'Cross-Origin-Resource-Policy': 'cross-origin',
    },
  });
}
