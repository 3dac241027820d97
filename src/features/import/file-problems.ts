// The default sentence for each bad input: what happened and what to do. The UI may word them
// its own way from the problem code; these keep the engine's reports readable on their own.
import { MAX_FILE_BYTES, type FileProblem } from './protocol';

const MB = Math.round(MAX_FILE_BYTES / 1024 / 1024);

export const PROBLEM_MESSAGES: Record<FileProblem, string> = {
  'not-zip': "This isn't a zip file. Choose my_spotify_data.zip as Spotify sent it, or the .json files inside it.",
  'corrupt-zip':
    "This zip is damaged or incomplete, so it can't be read. Download it again from the link in Spotify's e-mail, or unzip it and choose the .json files.",
  'no-history-in-zip':
    "This zip holds no listening history. The history comes in its own download: request “Extended streaming history” on Spotify's privacy page.",
  empty: 'This file is empty. Choose the files from a complete download of your data.',
  'truncated-json':
    'This file stops part-way, as if its download or copy was cut short. Download your data again, or choose the file from the original zip.',
  'not-json': "This isn't JSON. Choose my_spotify_data.zip, or the .json files of your streaming history inside it.",
  'unknown-shape':
    "This JSON isn't listening history we know (Streaming_History_Audio, endsong or StreamingHistory files). Choose those files, or the whole zip.",
  'too-large': `This file is over ${MB} MB, far larger than any file in a Spotify export. Choose the files Spotify sent you.`,
  'no-plays':
    'This history holds only streams shorter than 30 seconds, so it has no plays. Switch on “every stream” to see them.',
  unreadable: "The browser couldn't read this file (moved or deleted since you chose it?). Choose it again.",
};
