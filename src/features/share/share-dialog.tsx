// The share dialog of a live top list: its top 10 as card rows, in the shared dialog.
import { useMemo } from 'react';
import { ShareCardDialog } from '../../components/share-card-dialog';
import type { CardItem } from '../../components/share-card';
import { formatList } from '../../i18n/format';
import { t } from '../../i18n/i18n';
import type { Artist, Track } from '../../spotify/types';
import { shareMessages as messages } from './messages';
import type { SharedList } from './shared-list';

interface ShareDialogProps extends SharedList {
  onClose: () => void;
}

function cardItems(items: readonly (Track | Artist)[]): CardItem[] {
  return items.slice(0, 10).map((item) =>
    'album' in item
      ? {
          title: item.name,
          subtitle: formatList(
            item.artists.map((a) => a.name),
            'unit',
          ),
          images: item.album.images,
        }
      : { title: item.name, subtitle: formatList(item.genres?.slice(0, 2) ?? [], 'unit'), images: item.images },
  );
}

export function ShareDialog({ type, range, items, onClose }: ShareDialogProps) {
  // The list's items array is rebuilt on every render of the page: redraw only when the top 10 change.
  const topIds = items
    .slice(0, 10)
    .map((item) => item.id)
    .join(',');
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const top = useMemo(() => cardItems(items), [topIds]);
  return (
    <ShareCardDialog
      title={t(messages.dialogTitle, { type })}
      heading={t(messages.heading, { type })}
      rangeLabel={t(messages.cardRange, { range })}
      items={top}
      fileStem={t(messages.fileStem, { type, range })}
      subject={t(messages.subject, { type, range })}
      onClose={onClose}
    />
  );
}
