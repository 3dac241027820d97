import { defineMessages } from '../../i18n/i18n';

// `{source}` names what was imported: `sample` (the sample export), `files` ({files} of them) or
// `file` (one, called {name}); see import-label.ts.
export const importMessages = defineMessages('import', {
  tabs: 'What to show',
  viewTracks: 'Tracks',
  viewArtists: 'Artists',
  viewAlbums: 'Albums',
  viewOverview: 'Overview',
  viewFiles: 'Files',
  saving: 'Saving on this device…',
  savedSize: 'Kept on this device ({size}).',
  imported:
    '{source, select, sample {Imported the sample export} files {Imported {files, plural, one {# file} other {# files}}} other {Imported {name}}}: {count, plural, one {# new stream} other {# new streams}}.',
  filesFailed: '{count, plural, one {# file could not be read.} other {# files could not be read.}}',
  seeWhatToDo: 'See what to do',
  seeEachFile: 'See each file',
  documentTitleHistory: 'Listening history · {period} · Heavy Rotation',
  documentTitleStart: 'Import your streaming history · Heavy Rotation',
  headingHistory: 'Your listening history',
  headingStart: 'Import your streaming history',
  tryAgain: 'Try again',
  lookingForKept: 'Looking for a history kept on this device…',
  deletedFromBrowser: 'Your imported history was deleted from this browser.',
  lede: 'See every play since your account began, for any year or dates you choose: real play counts and hours, which Spotify’s own top lists don’t show. No sign-in needed.',
  dropHere: 'Drop the zip or .json files to import them',

  storageQuestion: 'Where should your history live?',
  keepOnDevice: 'Keep on this device',
  keepOnDeviceNote: 'In this browser’s storage, compact; still here after a reload.',
  onlyThisVisit: 'Only for this visit',
  onlyThisVisitNote: 'In memory: gone when you close or reload the tab.',
  reading:
    '{source, select, sample {Reading the sample export} files {Reading {files, plural, one {# file} other {# files}}} other {Reading {name}}}',
  readingStarting:
    '{source, select, sample {Reading the sample export…} files {Reading {files, plural, one {# file} other {# files}}…} other {Reading {name}…}}',
  readingCounts:
    '{done, number} of {total, plural, one {# file} other {# files}} · {count, plural, one {{streams} stream} other {{streams} streams}}',
  cancel: 'Cancel',
  announceRead: 'Read {done, number} of {total, plural, one {# file} other {# files}}.',
  announceImporting:
    '{source, select, sample {Importing the sample export.} files {Importing {files, plural, one {# file} other {# files}}.} other {Importing {name}.}}',
  announceDone: 'Import finished: {count, plural, one {# new stream} other {# new streams}}.',
  announceCancelled: 'Import cancelled. Your history is as it was.',
  announceFailed: 'Import failed. {reason}',
  sampleFailed: 'The sample could not be built in this browser. Import your own export instead.',
  panelTitle: 'Import your export',
  unsupported:
    'This browser can’t read the export here (it lacks Web Workers or DecompressionStream). Try a current version of Firefox, Chrome, Edge or Safari.',
  chooseFiles: 'Choose files…',
  trySample: 'Try it with sample data',
  hint: '{zip} or the {json} files in it, several at once. You can also drop them anywhere on this page.',
  cancelled: 'Import cancelled. Nothing from it was added; your history is as it was.',
  stopped: 'The import stopped: {reason} Files already imported before are kept.',

  storageTitle: 'Where your history lives',
  storedOnDevice:
    'Kept on this device, in this browser’s storage: {count, plural, one {{streams} stream} other {{streams} streams}} in <b>{size}</b>.',
  storedForVisit:
    'Only for this visit, in memory: gone when you close or reload the tab: {count, plural, one {{streams} stream} other {{streams} streams}} in <b>{size}</b>.',
  measuring: 'Measuring…',
  actionFailed: 'That did not work. Try again.',
  movedToDevice: 'Your history is now kept on this device.',
  keepOnlyThisVisit: 'Keep only for this visit',
  movedToVisit: 'Your history is now only in this visit: the copy on this device was removed.',
  deleteHistory: 'Delete imported history',
  deleteQuestion:
    'Delete the imported history from this browser, memory and storage? Your export files are not touched; you can import them again.',
  deleted: 'Your imported history was deleted.',
  delete: 'Delete',
  keepIt: 'Keep it',
  bytes: '{count, plural, one {{size} byte} other {{size} bytes}}',
  kilobytes: '{size} KB',
  megabytes: '{size} MB',

  period: 'Period',
  from: 'From',
  to: 'To',
  show: 'Show',
  rangeBackwards: 'The start must be on or before the end.',
  optionAllTime: 'All time',
  optionLast4w: 'Last 4 weeks of the export',
  optionLast6m: 'Last 6 months of the export',
  optionLast12m: 'Last 12 months of the export',
  optionCustom: 'Dates of your own…',
  periodAll: 'all time',
  periodLast4w: 'the last 4 weeks of the export',
  periodLast6m: 'the last 6 months of the export',
  periodLast12m: 'the last 12 months of the export',
  dateRange: '{from} – {to}',

  plays: '{count, plural, one {# play} other {# plays}}',
  streams: '{count, plural, one {# stream} other {# streams}}',
  playsAndTime: '{count} · {time}',
  hours: '{hours} h',
  minutes: '{minutes} min',

  exportPlaysTitle: 'Plays from your imported streaming history (30 s or more)',
  exportPlaysPrefix: 'From your data export:',
  artistNotInHistory: '{name} isn’t in your imported streaming history.',
  artistPlaysLabel: 'Your plays of {name}',
  artistPlays: '{count, plural, one {# play} other {# plays}} of {name} in your imported streaming history.',
  artistPlaysByYear: 'Your plays of {name} by year',

  errorStorage:
    'This browser won’t keep data on this device here (a private window, or storage is full). Choose “Only for this visit”, or free some space and try again.',
  errorWorkerStopped: 'The import stopped unexpectedly. Reload the page and try again.',
  errorTooManyStreams: 'More than 8 million streams: import the files in parts.',
  errorRangeDates: 'Choose a from and a to date.',
  errorUnknown: 'Something went wrong in the import. Try again.',
});
