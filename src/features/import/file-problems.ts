// Each bad input in the user's words, with a way forward. The worker reports only the problem's
// code (a worker has no page language); the page words it here.
import { t, type Message } from '../../i18n/i18n';
import { filesMessages } from './files-messages';
import type { FileProblem } from './protocol';

const PROBLEM_MESSAGES: Record<FileProblem, Message> = {
  'not-zip': filesMessages.problemNotZip,
  'corrupt-zip': filesMessages.problemCorruptZip,
  'no-history-in-zip': filesMessages.problemNoHistoryInZip,
  empty: filesMessages.problemEmpty,
  'truncated-json': filesMessages.problemTruncated,
  'not-json': filesMessages.problemNotJson,
  'unknown-shape': filesMessages.problemUnknownShape,
  'too-large': filesMessages.problemTooLarge,
  'no-plays': filesMessages.problemNoPlays,
  unreadable: filesMessages.problemUnreadable,
};

export function problemText(problem: FileProblem | undefined): string {
  return t(problem ? PROBLEM_MESSAGES[problem] : filesMessages.problemOther);
}
