// The import's views in another language: translated text, the language's number format and
// week order. Unit tests run in English otherwise; each test here sets the language and resets it.
import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../i18n/i18n';
import { loadCatalog } from '../../i18n/load-catalog';
import { FileOutcomes } from './file-outcomes';
import type { ImportResult } from './history-client';
import { ListeningClock } from './listening-clock';

afterEach(() => setLocale('en'));

const result: ImportResult = {
  files: [
    { name: 'Streaming_History_Audio_2021.json', outcome: 'history', kind: 'extended', streams: 12_345 },
    { name: 'broken.zip', outcome: 'error', kind: 'other', problem: 'corrupt-zip', streams: 0 },
  ],
  sources: { extended: null, account: null, accountCounted: [] },
  totals: { streamsRead: 12_345, streamsAdded: 12_000, duplicates: 345, streamsInHistory: 23_456 },
  status: {
    streams: 23_456,
    storage: 'device',
    sources: { extended: null, account: null, accountCounted: [] },
    first: null,
    last: null,
    years: [],
    timeZone: 'UTC',
  },
  topTracks: { rows: [], total: 0, span: null },
};

// 7 × 24 plays, all on Tuesday 21:00 (weekday 1, Monday = 0), 1,234 of them.
const clock = Array.from({ length: 7 }, (_, day) =>
  Array.from({ length: 24 }, (_, hour) => (day === 1 && hour === 21 ? 1234 : 0)),
);

describe('the import in German', () => {
  it('says what was imported in German, with German number grouping', async () => {
    setLocale('de', await loadCatalog('de'));
    render(<FileOutcomes result={result} label={{ source: 'files', files: 2 }} />);
    expect(screen.getByRole('heading', { name: 'Aus 2 Dateien importiert' })).toBeInTheDocument();
    const summary = screen.getByText(/Datei mit Hörverlauf/);
    expect(summary).toHaveTextContent(
      '1 Datei mit Hörverlauf, 12.345 Streams gelesen: 12.000 neue Streams, 345 schon in deinem Verlauf oder in zwei Dateien. Jetzt 23.456 Streams in deinem Verlauf. 1 Datei konnte nicht gelesen werden',
    );
    expect(screen.getByText(/Diese Zip-Datei ist beschädigt/)).toBeInTheDocument();
    expect(screen.getByText('Erweiterter Streamingverlauf: 12.345 Streams gelesen')).toBeInTheDocument();
  });

  it('starts the listening clock on Monday and names the busiest hour in German', async () => {
    setLocale('de', await loadCatalog('de'));
    const { container } = render(<ListeningClock clock={clock} allStreams={false} timeZone="Europe/Berlin" />);
    const days = [...container.querySelectorAll('.clock-row:not(.clock-hours) .clock-day')].map((d) => d.textContent);
    expect(days[0]).toMatch(/^Mo/);
    expect(days[6]).toMatch(/^So/);
    expect(screen.getByRole('img')).toHaveAccessibleName(
      'Die meisten Wiedergaben: Dienstag, 21:00 Uhr – 1.234 Wiedergaben (Europe/Berlin).',
    );
  });
});

describe('the import in Arabic', () => {
  it('starts the week on Saturday, with Arabic words and Western digits', async () => {
    setLocale('ar', await loadCatalog('ar'));
    const { container } = render(<ListeningClock clock={clock} allStreams={false} timeZone="Africa/Cairo" />);
    const days = [...container.querySelectorAll('.clock-row:not(.clock-hours) .clock-day')].map((d) => d.textContent);
    expect(days[0]).toBe('السبت');
    const name = screen.getByRole('img').getAttribute('aria-label') ?? '';
    expect(name).toContain('أكثر مرات التشغيل: الثلاثاء الساعة 21:00');
    expect(name).toContain('1,234 مرة تشغيل');
    // The time zone, a Latin name, is isolated inside the right-to-left sentence.
    expect(name).toContain('\u2068Africa/Cairo\u2069');
  });

  it('words a file problem in Arabic from its code', async () => {
    setLocale('ar', await loadCatalog('ar'));
    render(<FileOutcomes result={result} label={{ source: 'sample' }} />);
    expect(screen.getByRole('heading', { name: 'ما استُورد من نموذج التصدير' })).toBeInTheDocument();
    const list = screen.getByRole('list');
    expect(within(list).getByText(/ملف zip هذا تالف/)).toBeInTheDocument();
  });
});

describe('the import in English', () => {
  it('keeps its English wording when no language is set', () => {
    render(<FileOutcomes result={result} label={{ source: 'file', name: 'my_spotify_data.zip' }} />);
    expect(screen.getByRole('heading', { name: 'What was imported from my_spotify_data.zip' })).toBeInTheDocument();
    expect(
      screen.getByText(/1 file of listening history, 12,345 streams read: 12,000 new streams, 345 already/),
    ).toBeInTheDocument();
  });
});
