// Artwork: image URLs shaped like Spotify's (40 hex digits whose first 16 name the
// kind and size), and a deterministic SVG cover for each, generated from the id.
import { getCatalog } from './fixtures';
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

/** A cover drawn in a 100×100 space and scaled to `size` pixels. */
export function renderSvg({ kind, id, size }: ImageRef): string {
  const h = (n: number) => hashString(`${kind}:${id}`, n);
  const hue = h(1) % 360;
  const hue2 = (hue + 40 + (h(2) % 140)) % 360;
  const sat = 45 + (h(3) % 35);
  const c1 = `hsl(${hue} ${sat}% ${30 + (h(4) % 20)}%)`;
  const c2 = `hsl(${hue2} ${sat}% ${50 + (h(5) % 20)}%)`;
  const accent = `hsl(${(hue + 180) % 360} ${sat + 10}% ${70 + (h(6) % 15)}%)`;
  const angle = h(7) % 360;
  // A unique gradient id, in case several covers are ever inlined into one document.
  const gradient = `g${h(9).toString(36)}`;
  const defs = `<defs><linearGradient id="${gradient}" gradientTransform="rotate(${angle} .5 .5)"><stop offset="0" stop-color="${c1}"/><stop offset="1" stop-color="${c2}"/></linearGradient></defs><rect width="100" height="100" fill="url(#${gradient})"/>`;
  let shapes = '';
  if (kind !== 'album') {
    // A portrait placeholder: head and shoulders on the gradient.
    shapes = `<circle cx="50" cy="40" r="17" fill="${accent}" opacity=".85"/><ellipse cx="50" cy="96" rx="33" ry="30" fill="${accent}" opacity=".85"/>`;
  } else {
    const n = (k: number, max: number) => h(10 + k) % max;
    switch (h(8) % 4) {
      case 0: // rings
        for (let r = 44; r > 4; r -= 6 + n(r, 6)) {
          shapes += `<circle cx="${30 + n(1, 40)}" cy="${30 + n(2, 40)}" r="${r}" fill="none" stroke="${accent}" stroke-width="${1 + n(r + 1, 3)}" opacity=".6"/>`;
        }
        break;
      case 1: // stripes
        shapes = `<g transform="rotate(${n(3, 90) - 45} 50 50)" fill="${accent}" opacity=".5">`;
        for (let x = -40; x < 140; x += 14 + n(x + 50, 10))
          shapes += `<rect x="${x}" y="-40" width="${3 + n(x + 60, 7)}" height="180"/>`;
        shapes += '</g>';
        break;
      case 2: // bubbles
        for (let k = 0; k < 9; k++) {
          shapes += `<circle cx="${n(k * 3, 100)}" cy="${n(k * 3 + 1, 100)}" r="${4 + n(k * 3 + 2, 20)}" fill="${k % 2 ? accent : c1}" opacity=".45"/>`;
        }
        break;
      default: // sun over hills
        shapes = `<circle cx="${35 + n(4, 30)}" cy="${30 + n(5, 20)}" r="${14 + n(6, 10)}" fill="${accent}" opacity=".9"/><path d="M0 ${70 + n(7, 10)} Q 30 ${50 + n(8, 15)} 55 ${68 + n(9, 10)} T 100 ${60 + n(10, 12)} V100 H0Z" fill="${c1}" opacity=".85"/>`;
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 100 100" preserveAspectRatio="none">${defs}${shapes}</svg>`;
}

export function imageResponse(ref: ImageRef, method: string): Response {
  const svg = renderSvg(ref);
  return new Response(method === 'HEAD' ? null : svg, {
    status: 200,
    headers: {
      'Content-Type': 'image/svg+xml',
      'Content-Length': String(new TextEncoder().encode(svg).length),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'Access-Control-Allow-Origin': '*',
      'Cross-Origin-Resource-Policy': 'cross-origin',
    },
  });
}
