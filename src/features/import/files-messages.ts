import { defineMessages } from '../../i18n/i18n';

/** Each file of an import and what became of it (file-outcomes.tsx, file-problems.ts). */
export const filesMessages = defineMessages('importFiles', {
  problemNotZip:
    "This isn't a zip file, though its name says so. Download my_spotify_data.zip again from the link in Spotify's e-mail, or unzip it and choose the .json files inside.",
  problemCorruptZip:
    'This zip is damaged (often a download that stopped early). Download it again from the link in Spotify’s e-mail, or unzip it with your system and choose the .json files inside.',
  problemNoHistoryInZip:
    'This zip has no listening history in it. Extended streaming history comes in a zip of its own: on Spotify’s privacy page, ask for “Extended streaming history”.',
  problemEmpty:
    'This file is empty. Choose the file again from the export; if it is empty there too, download the export again.',
  problemTruncated:
    'This file stops part-way, as if it was not fully downloaded or copied. Take it again from the original zip.',
  problemNotJson: 'This file is not JSON. Choose the Streaming_History… or endsong… .json files, or the whole zip.',
  problemUnknownShape:
    'This JSON is not listening history in any format Spotify has used. Choose the Streaming_History… , endsong… or StreamingHistory… files.',
  problemTooLarge:
    'This file is far larger than any file of a Spotify export (they are split at about 13 MB), so it was not read. Check you chose the right file.',
  problemNoPlays:
    'This history has no play of 30 seconds or more. Turn on “Count every stream” to see its shorter streams, or import a longer export.',
  problemUnreadable: 'The browser could not read this file (it may have been moved or deleted). Choose it again.',
  problemOther: 'This file could not be read.',
  kindExtended: 'Extended streaming history',
  kindExtendedVideo: 'Video streams (counted apart from music)',
  kindAccount: 'Account data, last year (no track ids)',
  kindAccountPodcast: 'Podcast streams (counted apart from music)',
  kindZip: 'Zip',
  kindOther: 'Not listening history, skipped',
  inContainer: 'in {container}',
  notImported: 'Not imported:',
  streamsRead: '{kind}: {count, plural, one {{streams} stream read} other {{streams} streams read}}',
  streamsReadWarning: '{kind}: {count, plural, one {{streams} stream read} other {{streams} streams read}}. {advice}',
  sourcesCounted:
    'Both the extended history and the account data were imported. The extended history counts for {extended}; the account data only where the extended history has nothing: {counted}.',
  sourcesNoneCounted:
    'Both the extended history and the account data were imported. The extended history counts for {extended}; the account data covers no other days, so none of it is counted twice.',
  title:
    '{source, select, sample {What was imported from the sample export} files {What was imported from {files, plural, one {# file} other {# files}}} other {What was imported from {name}}}',
  summary:
    '{files, plural, one {# file of listening history} other {# files of listening history}}, {read, plural, one {# stream read} other {# streams read}}: {added, plural, one {# new stream} other {# new streams}}.',
  summaryDuplicates:
    '{files, plural, one {# file of listening history} other {# files of listening history}}, {read, plural, one {# stream read} other {# streams read}}: {added, plural, one {# new stream} other {# new streams}}, {duplicates, number} already in your history or in two files.',
  summaryTotal: '{total, plural, one {# stream in your history now.} other {# streams in your history now.}}',
  summaryFailed:
    '{count, plural, one {# file could not be read (below); everything else was kept.} other {# files could not be read (below); everything else was kept.}}',
});
