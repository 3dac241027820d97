// A PNG card of the top 10, drawn in the browser. Spotify's attribution rules apply on the
// card too: Spotify's icon and name, and artwork shown whole (scaled, never cropped).
import { siSpotify } from 'simple-icons';
import { formatNumber } from '../i18n/format';
import { currentDirection, t } from '../i18n/i18n';
import type { SpotifyImage } from '../spotify/types';
import { componentMessages as messages } from './messages';

export type CardFormat = 'square' | 'story';

export const CARD_SIZES: Record<CardFormat, { width: number; height: number }> = {
  square: { width: 1080, height: 1080 },
  story: { width: 1080, height: 1920 },
};

export interface CardItem {
  title: string;
  subtitle: string;
  images: readonly SpotifyImage[];
}

export interface CardInput {
  format: CardFormat;
  heading: string;
  rangeLabel: string;
  items: readonly CardItem[];
}

const COLORS = { bg: '#101012', text: '#f2f2f4', muted: '#a9a9b3', accent: '#ff8a3d' };
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

function loadImage(url: string): Promise<HTMLImageElement | null> {
  return new Promise((resolve) => {
    const image = new Image();
    // Spotify's image CDN allows CORS; without it the canvas would be tainted and unexportable.
    image.crossOrigin = 'anonymous';
    image.onload = () => resolve(image);
    image.onerror = () => resolve(null);
    image.src = url;
  });
}

function smallestCovering(images: readonly SpotifyImage[], size: number): SpotifyImage | undefined {
  const known = images.filter((i) => i.width !== null).sort((a, b) => (a.width ?? 0) - (b.width ?? 0));
  return known.find((i) => (i.width ?? 0) >= size) ?? known.at(-1) ?? images[0];
}

function fitText(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string {
  if (ctx.measureText(text).width <= maxWidth) return text;
  let cut = text;
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > maxWidth) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** Draws the card; artwork that fails to load leaves a plain tile rather than failing the card. */
export async function drawShareCard(input: CardInput): Promise<HTMLCanvasElement> {
  const { width, height } = CARD_SIZES[input.format];
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(t(messages.cannotDraw));
  // Right-to-left languages get the card mirrored: x() mirrors a point, box() a box's left edge,
  // and text aligns to its start or end.
  const rtl = currentDirection() === 'rtl';
  ctx.direction = rtl ? 'rtl' : 'ltr';
  const x = (at: number) => (rtl ? width - at : at);
  const box = (left: number, size: number) => (rtl ? width - left - size : left);
  const items = input.items.slice(0, 10);
  const margin = 72;
  const headerHeight = input.format === 'story' ? 360 : 210;
  const footerHeight = 110;
  const rowHeight = Math.floor((height - headerHeight - footerHeight - margin) / Math.max(items.length, 1));
  const art = Math.min(rowHeight - 14, input.format === 'story' ? 120 : 64);

  ctx.fillStyle = COLORS.bg;
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = COLORS.accent;
  ctx.fillRect(0, 0, width, 12);

  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'start';
  ctx.fillStyle = COLORS.muted;
  ctx.font = `600 34px ${FONT}`;
  ctx.fillText(t(messages.cardTopLine, { range: input.rangeLabel }), x(margin), margin + 30);
  ctx.fillStyle = COLORS.text;
  ctx.font = `800 ${input.format === 'story' ? 92 : 72}px ${FONT}`;
  ctx.fillText(
    fitText(ctx, input.heading, width - margin * 2),
    x(margin),
    margin + (input.format === 'story' ? 170 : 120),
  );

  const images = await Promise.all(
    items.map((item) => {
      const image = smallestCovering(item.images, art);
      return image ? loadImage(image.url) : Promise.resolve(null);
    }),
  );

  items.forEach((item, index) => {
    const top = headerHeight + index * rowHeight;
    const middle = top + rowHeight / 2;
    ctx.fillStyle = COLORS.muted;
    ctx.font = `700 36px ${FONT}`;
    ctx.textAlign = 'end';
    ctx.fillText(formatNumber(index + 1), x(margin + 48), middle + 12);
    ctx.textAlign = 'start';
    const artLeft = margin + 72;
    const image = images[index];
    ctx.fillStyle = '#24242b';
    ctx.fillRect(box(artLeft, art), middle - art / 2, art, art);
    if (image) {
      // Whole artwork, scaled to fit the tile: no cropping, no filters.
      const scale = Math.min(art / image.naturalWidth, art / image.naturalHeight);
      const w = image.naturalWidth * scale;
      const h = image.naturalHeight * scale;
      ctx.drawImage(image, box(artLeft, art) + (art - w) / 2, middle - h / 2, w, h);
    }
    const textLeft = artLeft + art + 28;
    const textWidth = width - textLeft - margin;
    ctx.fillStyle = COLORS.text;
    ctx.font = `700 ${input.format === 'story' ? 44 : 34}px ${FONT}`;
    ctx.fillText(fitText(ctx, item.title, textWidth), x(textLeft), middle - 4);
    ctx.fillStyle = COLORS.muted;
    ctx.font = `500 ${input.format === 'story' ? 34 : 26}px ${FONT}`;
    ctx.fillText(fitText(ctx, item.subtitle, textWidth), x(textLeft), middle + (input.format === 'story' ? 40 : 32));
  });

  // Attribution: Spotify's icon and name.
  const iconSize = 44;
  const footerY = height - margin / 2 - iconSize;
  ctx.save();
  ctx.translate(box(margin, iconSize), footerY);
  ctx.scale(iconSize / 24, iconSize / 24);
  ctx.fillStyle = COLORS.text;
  ctx.fill(new Path2D(siSpotify.path));
  ctx.restore();
  ctx.fillStyle = COLORS.text;
  ctx.font = `700 34px ${FONT}`;
  ctx.fillText('Spotify', x(margin + iconSize + 14), footerY + 33);
  ctx.fillStyle = COLORS.muted;
  ctx.font = `500 26px ${FONT}`;
  ctx.textAlign = 'end';
  ctx.fillText(t(messages.cardAttribution), x(width - margin), footerY + 31);
  ctx.textAlign = 'start';
  return canvas;
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(t(messages.cannotEncode)))), 'image/png');
  });
}
