// V8's explicit compile hint (Chrome 136+): a file that starts with this comment has all its
// functions compiled eagerly, on the thread that streams the script in, instead of lazily on
// the main thread the first time each runs. Other engines read it as a comment.
// https://v8.dev/blog/explicit-compile-hints
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** `code` with the hint as its first line (once). */
export function withCompileHint(code: string): string {
  return code.startsWith(COMPILE_HINT) ? code : `${COMPILE_HINT}\n${code}`;
}
