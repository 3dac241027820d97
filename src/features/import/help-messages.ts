import { defineMessages } from '../../i18n/i18n';

export const helpMessages = defineMessages('importHelp', {
  requestTitle: 'Get your data from Spotify',
  requestOpen:
    'Open <link>the privacy page of your Spotify account</link> (opens in a new tab) and find “Download your data”.',
  requestTick:
    'Tick <b>Extended streaming history</b>: every stream since your account began. Spotify prepares it in up to 30 days. (“Account data” comes sooner but holds the last year only, without track ids; you can import both.)',
  requestZip: 'Spotify e-mails you a link to {zip}. Choose that zip here as it is, or the {json} files inside it.',
  countsTitle: 'What counts, and where it stays',
  countsPlay:
    'A <b>play</b> is a stream of at least 30 seconds, as Spotify counts them; a switch shows every stream instead. A stream found in two files counts once. Podcasts, audiobooks and videos are counted apart from music.',
  countsBrowser:
    'Everything is read <b>in this browser</b>: the files are never uploaded, and nothing is sent anywhere. IP addresses, countries, devices and user names in the export are dropped as it is read.',
  countsWhere:
    'You choose where the history lives: <b>Keep on this device</b> (in this browser’s storage, in a compact form; the size is shown) or <b>Only for this visit</b> (gone when you close the tab). <b>Delete imported history</b> removes every trace.',
  countsZone: 'Days, months, years and hours are in your time zone, <b>{zone}</b>.',
});
