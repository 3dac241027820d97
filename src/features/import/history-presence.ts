// Whether there may be an imported history, answered without loading the import's code: the
// signed-in lists ask before they load the plays badges (a lazy chunk) for anyone who never imported.
// The marker is history-client.ts's KEPT_MARKER (a "1", nothing else; history-presence.test.ts
// holds them equal); the flag covers a history kept only for this visit.
const KEPT_MARKER = 'heavy-rotation:import-kept';
let importedThisVisit = false;

/** Called by the import page after an import adds a history, and with false after Delete. */
export function markHistoryPresent(present: boolean): void {
  importedThisVisit = present;
}

export function mayHaveHistory(): boolean {
  if (importedThisVisit) return true;
  try {
    return localStorage.getItem(KEPT_MARKER) === '1';
  } catch {
    return false;
  }
}
