// The share dialog of a live top list: its top 10 as card rows, in the shared dialog.
import { useMemo } from 'react';
import { ShareCardDialog } from '../../components/share-card-dialog';
import type { CardItem } from '../../components/share-card';
import type { Artist, Track } from '../../spotify/types';
import type { SharedList } from './shared-list';

interface ShareDialogProps extends SharedList {
  onClose: () => void;
}

function cardItems(items: readonly (Track | Artist)[]): CardItem[] {
  return items
    .slice(0, 10)
    .map((item) =>
      'album' in item
        ? { title: item.name, subtitle: item.artists.map((a) => a.name).join(', '), images: item.album.images }
        : { title: item.name, subtitle: item.genres?.slice(0, 2).join(', ') ?? '', images: item.images },
    );
}

export function ShareDialog({ type, range, items, rangeLabel, onClose }: ShareDialogProps) {
  // The list's items array is rebuilt on every render of the page: redraw only when the top 10 change.
  const topIds = items
    .slice(0, 10)
    .map((item) => item.id)
    .join(',');
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const top = useMemo(() => cardItems(items), [topIds]);
  return (
    <ShareCardDialog
      title={`Share your top 10 ${type}`}
      heading={`My top ${type}`}
      rangeLabel={rangeLabel}
      items={top}
      fileStem={`heavy-rotation-top-${type}-${range.replace('_', '-')}`}
      subject={`your top 10 ${type} of ${rangeLabel}`}
      onClose={onClose}
    />
  );
}
