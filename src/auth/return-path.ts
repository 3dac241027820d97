/** A path inside the app, never another origin (`//evil.example`) or a scheme. */
export function safeReturnPath(path: string | null | undefined): string {
  // URL parsing drops tabs and newlines ("/\t/evil.example" is "//evil.example"): refuse control characters.
  if (!path || !path.startsWith('/') || path.startsWith('//') || /[\\\p{Cc}]/u.test(path)) return '/';
  if (/^\/account(?:[/?#]|$)/.test(path)) return '/';
  return path;
}
