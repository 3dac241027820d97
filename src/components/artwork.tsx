import { useState } from 'react';
import type { SpotifyImage } from '../spotify/types';
import { safeImageUrl } from './safe-url';

/**
 * The smallest variant that still covers `size` CSS pixels at the device's pixel ratio.
 * Images with unknown dimensions rank after known ones.
 */
export function pickImage(images: readonly SpotifyImage[], size: number, dpr = 1): SpotifyImage | undefined {
  const needed = size * dpr;
  const known = images.filter((image) => image.width !== null).sort((a, b) => (a.width ?? 0) - (b.width ?? 0));
  return known.find((image) => (image.width ?? 0) >= needed) ?? known.at(-1) ?? images[0];
}

interface ArtworkProps {
  images: readonly SpotifyImage[];
  /** Displayed size in CSS pixels (square box). */
  size: number;
  alt: string;
  shape?: 'square' | 'round';
  eager?: boolean;
}

// Artwork is shown as provided: uncropped (object-fit: contain), no overlays or filters.
export function Artwork({ images, size, alt, shape = 'square', eager = false }: ArtworkProps) {
  const dpr = typeof window === 'undefined' ? 1 : Math.min(window.devicePixelRatio || 1, 3);
  const image = pickImage(images, size, dpr);
  const src = safeImageUrl(image?.url);
  // The URL that failed to load (blocked by the CSP's img-src, or gone): show the placeholder instead.
  const [failed, setFailed] = useState<string>();
  const className = `artwork artwork-${shape}`;
  if (!src || failed === src)
    return (
      <span
        className={`${className} artwork-missing`}
        style={{ width: size, height: size }}
        role="img"
        aria-label={alt}
      />
    );
  return (
    <img
      className={className}
      src={src}
      alt={alt}
      width={size}
      height={size}
      loading={eager ? 'eager' : 'lazy'}
      decoding="async"
      fetchPriority={eager ? 'high' : undefined}
      onError={() => setFailed(src)}
    />
  );
}
