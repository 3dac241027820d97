// Creating the playlist and filling it, in Spotify's batches of 100. Loaded on demand.
import { addItemsToPlaylist, createPlaylist, PLAYLIST_ITEMS_PER_REQUEST } from '../../spotify/endpoints';
import type { Playlist } from '../../spotify/types';

export interface SaveProgress {
  /** Created so far (kept across a retry, so trying again never makes a second playlist). */
  playlist?: Playlist;
  added: number;
  total: number;
}

export async function savePlaylist(options: {
  name: string;
  description: string;
  uris: readonly string[];
  /** From an attempt that failed part-way: carries on where it stopped. */
  resume?: SaveProgress;
  onProgress: (progress: SaveProgress) => void;
}): Promise<Playlist> {
  const { uris, onProgress } = options;
  const progress: SaveProgress = options.resume ?? { added: 0, total: uris.length };
  progress.playlist ??= await createPlaylist({ name: options.name, description: options.description, public: false });
  onProgress({ ...progress });
  while (progress.added < uris.length) {
    const batch = uris.slice(progress.added, progress.added + PLAYLIST_ITEMS_PER_REQUEST);
    await addItemsToPlaylist(progress.playlist.id, batch);
    progress.added += batch.length;
    onProgress({ ...progress });
  }
  return progress.playlist;
}
