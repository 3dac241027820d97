import { defineMessages } from '../i18n/i18n';

/** The shared pieces' own words: action bars, links back to Spotify, the share card and its dialog. */
export const componentMessages = defineMessages('components', {
  moreActions: 'More actions',
  openInSpotify: 'Open in Spotify',
  openNamedInSpotify: '{name}: open in Spotify (new tab)',
  cardTopLine: 'Heavy Rotation · {range}',
  cardAttribution: 'Data and artwork from Spotify',
  cannotDraw: 'This browser cannot draw images.',
  cannotEncode: 'Could not make the image.',
  cardFormat: 'Card format',
  formatSquare: 'Square',
  formatStory: 'Story',
  formatOption: '{format} ({width}×{height})',
  preview: 'Preview: {subject}, {format, select, square {square card} other {story card}}',
  cardFileName: '{stem}-{format, select, square {square} other {story}}.png',
  drawing: 'Drawing the card…',
  artworkBlocked:
    "The artwork's server didn't allow it to be used in an image, so the card can't be saved. Try again later.",
  drawFailed: 'The card could not be drawn.',
  shareFailed: 'Sharing failed. Download the PNG instead.',
  downloadPng: 'Download PNG',
  share: 'Share…',
  close: 'Close',
});
