import { describe, expect, it } from 'vitest';
import { importSearch, parseImportView, parsePeriod, periodLabel, periodSlug, withView } from './import-url';

const parse = (search: string) => parseImportView(new URLSearchParams(search));

describe('the import page URL', () => {
  it('is plain for the default view: all time, top tracks by plays, page 1', () => {
    const view = parse('');
    expect(view).toEqual({
      period: { kind: 'all' },
      view: 'tracks',
      metric: 'plays',
      allStreams: false,
      filter: '',
      page: 1,
      detail: null,
    });
    expect(importSearch(view)).toBe('');
  });

  it('round-trips every part', () => {
    for (const search of [
      '?period=2021&view=artists&by=minutes&streams=all&q=sun+ra&page=3',
      '?period=last-6m&view=albums',
      '?period=custom&from=2020-01-01&to=2020-06-30&view=overview',
      '?track=spotify%3Atrack%3Aabc',
      '?period=2019&artist=some+key',
    ]) {
      expect(importSearch(parse(search))).toBe(search);
    }
  });

  it('reads nonsense as the default rather than failing', () => {
    expect(parse('?period=yesterday&view=admin&page=-2&by=loudness')).toMatchObject({
      period: { kind: 'all' },
      view: 'tracks',
      page: 1,
      metric: 'plays',
    });
    expect(parsePeriod(new URLSearchParams('period=custom&from=2021-02-30&to=2021-03-01'))).toEqual({ kind: 'all' });
  });

  it('puts a custom range the right way round', () => {
    expect(parsePeriod(new URLSearchParams('period=custom&from=2021-06-01&to=2021-01-01'))).toEqual({
      kind: 'range',
      from: '2021-01-01',
      to: '2021-06-01',
    });
  });

  it('starts at page 1 when the period, view, filter or order changes, not when paging', () => {
    const onPage3 = parse('?page=3');
    expect(withView(onPage3, { period: { kind: 'year', year: 2020 } }).page).toBe(1);
    expect(withView(onPage3, { filter: 'x' }).page).toBe(1);
    expect(withView(onPage3, { page: 4 }).page).toBe(4);
  });
});

describe('period names', () => {
  it('say the period in words and in file names', () => {
    expect(periodLabel({ kind: 'year', year: 2021 })).toBe('2021');
    expect(periodLabel({ kind: 'last', span: '4w' })).toBe('the last 4 weeks of the export');
    expect(periodLabel({ kind: 'range', from: '2020-01-01', to: '2020-06-30' })).toBe('Jan 1, 2020 – Jun 30, 2020');
    expect(periodSlug({ kind: 'range', from: '2020-01-01', to: '2020-06-30' })).toBe('2020-01-01-to-2020-06-30');
    expect(periodSlug({ kind: 'all' })).toBe('all-time');
  });
});
