// What queries read: the streams that count (extended history wherever it covers, account
// data outside that span), with each stream's local day and hour of the week worked out once,
// and tallies per period cached. Changing the period re-tallies a million streams in a few
// milliseconds; ranking picks the page it needs without sorting every track.
import {
  addMonths,
  civilFromDays,
  createZoneClock,
  daysFromCivil,
  formatDay,
  formatMonth,
  monthIndex,
  parseDay,
  type ZoneOffset,
} from './calendar';
import { NAME_KEY } from './parse-records';
import {
  PLAY_MS,
  type DateSpan,
  type Entity,
  type EntityDetail,
  type HistoryStatus,
  type MonthCount,
  type Period,
  type PlayCounts,
  type QueryParams,
  type QueryResult,
  type RankedRow,
  type SideTotals,
  type SourcesUsed,
  type Summary,
  type YearCount,
} from './protocol';
import { isAccountKey, KIND_CODES, type StoreData } from './stream-store';

const MUSIC = KIND_CODES.music;

interface Tally {
  /** Per track: counted streams and ms in the period. */
  count: Uint32Array;
  ms: Float64Array;
}

interface Range {
  lo: number;
  hi: number;
  fromDay: number;
  toDay: number;
}

export interface HistoryIndex {
  status(storage: HistoryStatus['storage']): HistoryStatus;
  query(params: QueryParams): QueryResult;
  summary(period: Period, allStreams: boolean): Summary;
  entityDetail(entity: Entity, key: string, period: Period, allStreams: boolean): EntityDetail;
  playsByUri(uris: string[], allStreams: boolean): Record<string, PlayCounts>;
  playsByArtistName(name: string, allStreams: boolean): PlayCounts;
}

export function buildIndex(store: StoreData, offset?: ZoneOffset, timeZone = currentTimeZone()): HistoryIndex {
  const clock = createZoneClock(offset);
  const trackCount = store.trackKey.length;

  // Which source counts where: extended wherever its first to last stream reach.
  let extFirst = Infinity;
  let extLast = -Infinity;
  let accFirst = Infinity;
  let accLast = -Infinity;
  const accountTrack = new Uint8Array(trackCount);
  store.trackKey.forEach((key, i) => (accountTrack[i] = isAccountKey(key) ? 1 : 0));
  const anyAccount = accountTrack.includes(1);
  // The parsers' local days serve unless another zone is asked for (tests) or they're missing (loaded from storage).
  const known = offset === undefined && store.day && store.how ? { day: store.day, how: store.how } : null;
  let n: number;
  let ts: Uint32Array;
  let ms: Uint32Array;
  let track: Uint32Array;
  let day: Int32Array;
  let how: Uint8Array;
  if (!anyAccount) {
    // Extended history alone (the usual import): every stream counts as it is stored, in time
    // order, so the columns serve as they are. No pass over the streams, no copy of them.
    n = store.ts.length;
    if (n > 0) [extFirst, extLast] = [store.ts[0]!, store.ts[n - 1]!];
    ({ ts, ms, track } = store);
    day = known ? known.day : new Int32Array(n);
    how = known ? known.how : new Uint8Array(n);
  } else {
    for (let i = 0; i < store.ts.length; i++) {
      const t = store.ts[i]!;
      if (accountTrack[store.track[i]!]) {
        if (t < accFirst) accFirst = t;
        if (t > accLast) accLast = t;
      } else {
        if (t < extFirst) extFirst = t;
        if (t > extLast) extLast = t;
      }
    }

    // Account rows are keyed by name; where the extended history has a track of that artist
    // and title (and only one), they count as that track.
    const remap = new Uint32Array(trackCount);
    const byName = new Map<string, number>();
    for (let i = 0; i < trackCount; i++) {
      remap[i] = i;
      if (!accountTrack[i] && store.trackKind[i] === MUSIC) {
        const name = `${store.artistName[store.trackArtist[i]!]}\u0000${store.trackName[i]}`;
        byName.set(name, byName.has(name) ? -1 : i);
      }
    }
    for (let i = 0; i < trackCount; i++) {
      const key = store.trackKey[i]!;
      if (key.startsWith(NAME_KEY)) {
        const match = byName.get(key.slice(1));
        if (match !== undefined && match >= 0) remap[i] = match;
      }
    }

    n = 0;
    for (let i = 0; i < store.ts.length; i++) {
      const t = store.ts[i]!;
      if (!accountTrack[store.track[i]!] || t < extFirst || t > extLast) n++;
    }
    ts = new Uint32Array(n);
    ms = new Uint32Array(n);
    track = new Uint32Array(n);
    day = new Int32Array(n);
    how = new Uint8Array(n);
    for (let i = 0, k = 0; i < store.ts.length; i++) {
      const t = store.ts[i]!;
      const id = store.track[i]!;
      if (accountTrack[id] && t >= extFirst && t <= extLast) continue;
      ts[k] = t;
      ms[k] = store.ms[i]!;
      track[k] = remap[id]!;
      if (known) {
        day[k] = known.day[i]!;
        how[k] = known.how[i]!;
      }
      k++;
    }
  }
  if (!known) clock.fill(ts, day, how);
  const trackArtist = Uint32Array.from(store.trackArtist);
  const trackAlbum = Uint32Array.from(store.trackAlbum);
  const trackKind = Uint8Array.from(store.trackKind);
  const firstDay = n > 0 ? day[0]! : 0;
  const lastDay = n > 0 ? day[n - 1]! : 0;

  const span = (first: number, last: number): DateSpan | null =>
    first <= last ? { from: formatDay(clock.day(first)), to: formatDay(clock.day(last)) } : null;
  const sources: SourcesUsed = {
    extended: span(extFirst, extLast),
    account: span(accFirst, accLast),
    accountCounted: [],
  };
  if (sources.account) {
    if (!sources.extended) sources.accountCounted.push(sources.account);
    else {
      if (accFirst < extFirst) sources.accountCounted.push(span(accFirst, extFirst - 1)!);
      if (accLast > extLast) sources.accountCounted.push(span(extLast + 1, accLast)!);
    }
  }

  // Per track, when it was first played (and first streamed), in the whole history: only the
  // overview asks, so worked out then, not before an import's first answer.
  let firstTimes: { play: Float64Array; stream: Float64Array } | undefined;
  const firstTimesOf = () => {
    if (firstTimes) return firstTimes;
    const play = new Float64Array(trackCount).fill(-1);
    const stream = new Float64Array(trackCount).fill(-1);
    for (let i = 0; i < n; i++) {
      const id = track[i]!;
      if (stream[id] === -1) stream[id] = ts[i]!;
      if (play[id] === -1 && ms[i]! >= PLAY_MS) play[id] = ts[i]!;
    }
    return (firstTimes = { play, stream });
  };

  /** Index of the first stream on or after a local day. */
  const lowerDay = (target: number) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (day[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  const resolve = (period: Period): Range => {
    let fromDay = firstDay;
    let toDay = lastDay;
    switch (period.kind) {
      case 'all':
        break;
      case 'year':
        fromDay = daysFromCivil(period.year, 1, 1);
        toDay = daysFromCivil(period.year, 12, 31);
        break;
      case 'last':
        fromDay = period.span === '4w' ? lastDay - 27 : addMonths(lastDay, period.span === '6m' ? -6 : -12) + 1;
        break;
      case 'range': {
        const from = parseDay(period.from);
        const to = parseDay(period.to);
        if (from === null || to === null) throw new RangeError('range-needs-dates'); // a code: import-errors.ts
        [fromDay, toDay] = from <= to ? [from, to] : [to, from];
        break;
      }
    }
    return { lo: lowerDay(fromDay), hi: lowerDay(toDay + 1), fromDay, toDay };
  };

  const tallies = new Map<string, Tally>();
  const tally = (range: Range, allStreams: boolean): Tally => {
    const key = `${range.lo}:${range.hi}:${allStreams}`;
    let cached = tallies.get(key);
    if (!cached) {
      const count = new Uint32Array(trackCount);
      const msSum = new Float64Array(trackCount);
      const min = allStreams ? 0 : PLAY_MS;
      for (let i = range.lo; i < range.hi; i++) {
        const played = ms[i]!;
        if (played < min) continue;
        const id = track[i]!;
        count[id]!++;
        msSum[id]! += played;
      }
      cached = { count, ms: msSum };
      if (tallies.size > 12) tallies.delete(tallies.keys().next().value!);
      tallies.set(key, cached);
    }
    return cached;
  };

  /** Counts per entity (tracks: music only; artists and albums summed from their tracks). */
  const entityTotals = (entity: Entity, t: Tally): { count: Float64Array; ms: Float64Array } => {
    const size =
      entity === 'track' ? trackCount : entity === 'artist' ? store.artistName.length : store.albumName.length;
    const count = new Float64Array(size);
    const msSum = new Float64Array(size);
    const of = entity === 'track' ? null : entity === 'artist' ? trackArtist : trackAlbum;
    for (let id = 0; id < trackCount; id++) {
      if (trackKind[id] !== MUSIC || t.count[id] === 0) continue;
      const e = of ? of[id]! : id;
      count[e]! += t.count[id]!;
      msSum[e]! += t.ms[id]!;
    }
    return { count, ms: msSum };
  };

  const nameOf = (entity: Entity, id: number) =>
    entity === 'track' ? store.trackName[id]! : entity === 'artist' ? store.artistName[id]! : store.albumName[id]!;

  const rowOf = (entity: Entity, id: number, rank: number, count: number, msSum: number): RankedRow => {
    if (entity === 'track') {
      const key = store.trackKey[id]!;
      const uri = isAccountKey(key) ? undefined : key;
      const album = store.albumName[store.trackAlbum[id]!];
      return {
        rank,
        key,
        name: store.trackName[id]!,
        artist: store.artistName[store.trackArtist[id]!],
        ...(album ? { album } : {}),
        ...(uri ? { uri } : {}),
        count,
        ms: msSum,
      };
    }
    if (entity === 'artist') return { rank, key: store.artistName[id]!, name: store.artistName[id]!, count, ms: msSum };
    return {
      rank,
      key: `${store.artistName[store.albumArtist[id]!]}\u0000${store.albumName[id]}`,
      name: store.albumName[id]!,
      artist: store.artistName[store.albumArtist[id]!],
      count,
      ms: msSum,
    };
  };

  const orders = new Map<string, Int32Array>();
  const rank = (params: QueryParams, totals: { count: Float64Array; ms: Float64Array }, cacheKey: string) => {
    const primary = params.metric === 'plays' ? totals.count : totals.ms;
    const secondary = params.metric === 'plays' ? totals.ms : totals.count;
    // Higher first; ties by the other metric, then name, then index: one total order.
    const before = (a: number, b: number) => {
      const p = primary[a]! - primary[b]!;
      if (p !== 0) return p > 0;
      const s = secondary[a]! - secondary[b]!;
      if (s !== 0) return s > 0;
      const na = nameOf(params.entity, a);
      const nb = nameOf(params.entity, b);
      return na !== nb ? na < nb : a < b;
    };
    const compare = (a: number, b: number) => (before(a, b) ? -1 : before(b, a) ? 1 : 0);
    const size = primary.length;
    const want = params.offset + params.limit;
    if (!params.filter && want <= 1000) {
      // Top-k with a small sorted buffer: one comparison for most entities.
      const top: number[] = [];
      let matching = 0;
      for (let id = 0; id < size; id++) {
        if (totals.count[id] === 0) continue;
        matching++;
        if (top.length === want && !before(id, top[want - 1]!)) continue;
        let at = top.length;
        while (at > 0 && before(id, top[at - 1]!)) at--;
        top.splice(at, 0, id);
        if (top.length > want) top.pop();
      }
      return { ids: top.slice(params.offset), ranks: null, total: matching };
    }
    let order = orders.get(cacheKey);
    if (!order) {
      const ids: number[] = [];
      for (let id = 0; id < size; id++) if (totals.count[id]! > 0) ids.push(id);
      order = Int32Array.from(ids.sort(compare));
      if (orders.size > 6) orders.delete(orders.keys().next().value!);
      orders.set(cacheKey, order);
    }
    const needle = params.filter?.trim().toLocaleLowerCase() ?? '';
    const matches: number[] = [];
    const ranks: number[] = [];
    for (let r = 0; r < order.length; r++) {
      const id = order[r]!;
      if (needle && !searchText(params.entity, id).includes(needle)) continue;
      matches.push(id);
      ranks.push(r + 1);
    }
    return {
      ids: matches.slice(params.offset, want),
      ranks: ranks.slice(params.offset, want),
      total: matches.length,
    };
  };

  const searchCache: Partial<Record<Entity, string[]>> = {};
  const searchText = (entity: Entity, id: number) => {
    const texts = (searchCache[entity] ??=
      entity === 'track'
        ? store.trackName.map((name, i) =>
            `${name}\u0000${store.artistName[store.trackArtist[i]!]}\u0000${store.albumName[store.trackAlbum[i]!]}`.toLocaleLowerCase(),
          )
        : entity === 'artist'
          ? store.artistName.map((name) => name.toLocaleLowerCase())
          : store.albumName.map((name, i) =>
              `${name}\u0000${store.artistName[store.albumArtist[i]!]}`.toLocaleLowerCase(),
            ));
    return texts[id]!;
  };

  const query = (params: QueryParams): QueryResult => {
    if (n === 0) return { rows: [], total: 0, span: null };
    const range = resolve(params.period);
    const t = tally(range, params.allStreams);
    const totals = entityTotals(params.entity, t);
    const { ids, ranks, total } = rank(
      params,
      totals,
      `${range.lo}:${range.hi}:${params.allStreams}:${params.entity}:${params.metric}`,
    );
    const rows = ids.map((id, i) =>
      rowOf(params.entity, id, ranks ? ranks[i]! : params.offset + i + 1, totals.count[id]!, totals.ms[id]!),
    );
    return { rows, total, span: { from: formatDay(range.fromDay), to: formatDay(range.toDay) } };
  };

  const perMonthOf = (range: Range, counted: (i: number) => boolean): MonthCount[] => {
    if (range.hi <= range.lo) return [];
    const firstMonth = monthIndex(Math.max(range.fromDay, day[range.lo]!));
    const lastMonth = monthIndex(Math.min(range.toDay, day[range.hi - 1]!));
    const months = Array.from({ length: lastMonth - firstMonth + 1 }, (_, m) => ({
      month: formatMonth(firstMonth + m),
      count: 0,
      ms: 0,
    }));
    let currentDay = -Infinity;
    let current = 0;
    for (let i = range.lo; i < range.hi; i++) {
      if (!counted(i)) continue;
      if (day[i] !== currentDay) {
        currentDay = day[i]!;
        current = monthIndex(currentDay) - firstMonth;
      }
      const entry = months[current]!;
      entry.count++;
      entry.ms += ms[i]!;
    }
    return months;
  };

  const perYearOf = (months: MonthCount[]): YearCount[] => {
    const years = new Map<number, YearCount>();
    for (const m of months) {
      const year = Number(m.month.slice(0, 4));
      const entry = years.get(year) ?? { year, count: 0, ms: 0 };
      entry.count += m.count;
      entry.ms += m.ms;
      years.set(year, entry);
    }
    return [...years.values()];
  };

  const summary = (period: Period, allStreams: boolean): Summary => {
    const side = (): SideTotals => ({ streams: 0, plays: 0, ms: 0 });
    const empty: Summary = {
      span: null,
      totals: {
        count: 0,
        ms: 0,
        tracks: 0,
        artists: 0,
        albums: 0,
        daysListened: 0,
        first: null,
        last: null,
        podcasts: side(),
        audiobooks: side(),
        videos: side(),
      },
      perMonth: [],
      clock: Array.from({ length: 7 }, () => new Array<number>(24).fill(0)),
      longestStreak: null,
      mostPlaysInOneDay: null,
      firstPlayed: [],
    };
    if (n === 0) return empty;
    const range = resolve(period);
    const min = allStreams ? 0 : PLAY_MS;
    const totals = empty.totals;
    const sides = [null, totals.podcasts, totals.audiobooks, totals.videos];
    const clockCounts = new Uint32Array(168);
    const artistSeen = new Uint8Array(store.artistName.length);
    const albumSeen = new Uint8Array(store.albumName.length);
    const trackSeen = new Uint8Array(trackCount);
    // Most plays of one track in a day: per-day counts in a scratch array, reset per day.
    const dayCounts = new Uint32Array(trackCount);
    const touched: number[] = [];
    let best = { day: 0, track: -1, count: 0 };
    let streak = { days: 0, from: 0, to: 0 };
    let run = { days: 0, from: 0 };
    let lastCountedDay = -Infinity;
    let first = -1;
    let last = -1;
    const closeDay = () => {
      for (const id of touched) dayCounts[id] = 0;
      touched.length = 0;
    };
    for (let i = range.lo; i < range.hi; i++) {
      const id = track[i]!;
      const kind = trackKind[id]!;
      const played = ms[i]!;
      if (kind !== MUSIC) {
        const s = sides[kind]!;
        s.streams++;
        if (played >= PLAY_MS) s.plays++;
        s.ms += played;
        continue;
      }
      if (played < min) continue;
      totals.count++;
      totals.ms += played;
      if (first === -1) first = i;
      last = i;
      if (!trackSeen[id]) {
        trackSeen[id] = 1;
        totals.tracks++;
      }
      const artist = trackArtist[id]!;
      if (!artistSeen[artist]) {
        artistSeen[artist] = 1;
        totals.artists++;
      }
      const album = trackAlbum[id]!;
      if (!albumSeen[album] && store.albumName[album]) {
        albumSeen[album] = 1;
        totals.albums++;
      }
      clockCounts[how[i]!]!++;
      const d = day[i]!;
      if (d !== lastCountedDay) {
        closeDay();
        totals.daysListened++;
        run = d === lastCountedDay + 1 ? run : { days: 0, from: d };
        run.days++;
        if (run.days > streak.days) streak = { days: run.days, from: run.from, to: d };
        lastCountedDay = d;
      }
      if (dayCounts[id] === 0) touched.push(id);
      const c = ++dayCounts[id]!;
      if (c > best.count) best = { day: d, track: id, count: c };
    }
    totals.first = first >= 0 ? ts[first]! * 1000 : null;
    totals.last = last >= 0 ? ts[last]! * 1000 : null;
    const clockRows = Array.from({ length: 7 }, (_, w) => Array.from(clockCounts.subarray(w * 24, w * 24 + 24)));
    const musicCounted = (i: number) => trackKind[track[i]!] === MUSIC && ms[i]! >= min;
    const top = query({ period, entity: 'track', metric: 'plays', allStreams, offset: 0, limit: 10 }).rows;
    return {
      span: { from: formatDay(range.fromDay), to: formatDay(range.toDay) },
      totals,
      perMonth: perMonthOf(range, musicCounted),
      clock: clockRows,
      longestStreak:
        streak.days > 0 ? { days: streak.days, from: formatDay(streak.from), to: formatDay(streak.to) } : null,
      mostPlaysInOneDay:
        best.track >= 0
          ? { date: formatDay(best.day), count: best.count, track: rowOf('track', best.track, 0, best.count, 0) }
          : null,
      firstPlayed: top.map((row) => {
        const id = trackIdOf(row.key);
        const at = allStreams ? firstTimesOf().stream[id]! : firstTimesOf().play[id]!;
        return { track: row, first: at * 1000 };
      }),
    };
  };

  let keyIndex: Map<string, number> | undefined;
  const trackIdOf = (key: string) => (keyIndex ??= new Map(store.trackKey.map((k, i) => [k, i]))).get(key)!;

  /** Track ids an entity key stands for. */
  const idsOf = (entity: Entity, key: string): Uint8Array => {
    const member = new Uint8Array(trackCount);
    for (let id = 0; id < trackCount; id++) {
      if (trackKind[id] !== MUSIC) continue;
      const match =
        entity === 'track'
          ? store.trackKey[id] === key
          : entity === 'artist'
            ? store.artistName[trackArtist[id]!] === key
            : `${store.artistName[store.albumArtist[trackAlbum[id]!]!]}\u0000${store.albumName[trackAlbum[id]!]}` ===
              key;
      if (match) member[id] = 1;
    }
    return member;
  };

  const countsFor = (member: Uint8Array, range: Range, allStreams: boolean) => {
    const min = allStreams ? 0 : PLAY_MS;
    let firstAt = -1;
    let lastAt = -1;
    const counted = (i: number) => member[track[i]!] === 1 && ms[i]! >= min;
    for (let i = range.lo; i < range.hi; i++) {
      if (!counted(i)) continue;
      if (firstAt === -1) firstAt = i;
      lastAt = i;
    }
    const perMonth = perMonthOf(range, counted);
    return { perMonth, firstAt, lastAt };
  };

  const entityDetail = (entity: Entity, key: string, period: Period, allStreams: boolean): EntityDetail => {
    if (n === 0) return { row: null, perMonth: [], perYear: [], first: null, last: null };
    const member = idsOf(entity, key);
    const range = resolve(period);
    const { perMonth } = countsFor(member, range, allStreams);
    const whole = countsFor(member, resolve({ kind: 'all' }), allStreams);
    const count = perMonth.reduce((sum, m) => sum + m.count, 0);
    const msSum = perMonth.reduce((sum, m) => sum + m.ms, 0);
    let row: RankedRow | null = null;
    if (count > 0) {
      const id = entity === 'track' ? member.indexOf(1) : -1;
      row =
        entity === 'track'
          ? rowOf('track', id, 0, count, msSum)
          : entity === 'artist'
            ? rowOf('artist', store.artistName.indexOf(key), 0, count, msSum)
            : rowOf('album', albumIdOf(key), 0, count, msSum);
    }
    return {
      row,
      perMonth,
      perYear: perYearOf(perMonth),
      first: whole.firstAt >= 0 ? ts[whole.firstAt]! * 1000 : null,
      last: whole.lastAt >= 0 ? ts[whole.lastAt]! * 1000 : null,
    };
  };

  const albumIdOf = (key: string) =>
    store.albumName.findIndex((name, i) => `${store.artistName[store.albumArtist[i]!]}\u0000${name}` === key);

  const yearCounts = (member: Uint8Array, allStreams: boolean): PlayCounts => {
    const { perMonth } = countsFor(member, resolve({ kind: 'all' }), allStreams);
    const perYear = perYearOf(perMonth).filter((y) => y.count > 0);
    return {
      count: perYear.reduce((sum, y) => sum + y.count, 0),
      ms: perYear.reduce((sum, y) => sum + y.ms, 0),
      perYear,
    };
  };

  const playsByUri = (uris: string[], allStreams: boolean): Record<string, PlayCounts> => {
    const result: Record<string, PlayCounts> = {};
    if (n === 0) return result;
    const wanted = new Map<number, string>();
    store.trackKey.forEach((key, id) => {
      if (uris.includes(key)) wanted.set(id, key);
    });
    if (wanted.size === 0) return result;
    // One pass for all of them: per track, per year.
    const min = allStreams ? 0 : PLAY_MS;
    const perTrack = new Map<number, Map<number, YearCount>>();
    let currentDay = -Infinity;
    let year = 0;
    for (let i = 0; i < n; i++) {
      const id = track[i]!;
      if (!wanted.has(id) || ms[i]! < min) continue;
      if (day[i] !== currentDay) {
        currentDay = day[i]!;
        year = civilFromDays(currentDay).year;
      }
      const years = perTrack.get(id) ?? new Map<number, YearCount>();
      perTrack.set(id, years);
      const entry = years.get(year) ?? { year, count: 0, ms: 0 };
      entry.count++;
      entry.ms += ms[i]!;
      years.set(year, entry);
    }
    for (const [id, years] of perTrack) {
      const perYear = [...years.values()];
      result[wanted.get(id)!] = {
        count: perYear.reduce((sum, y) => sum + y.count, 0),
        ms: perYear.reduce((sum, y) => sum + y.ms, 0),
        perYear,
      };
    }
    return result;
  };

  const playsByArtistName = (name: string, allStreams: boolean): PlayCounts => {
    const needle = name.trim().toLocaleLowerCase();
    const member = new Uint8Array(trackCount);
    for (let id = 0; id < trackCount; id++) {
      if (trackKind[id] === MUSIC && store.artistName[trackArtist[id]!]!.toLocaleLowerCase() === needle) member[id] = 1;
    }
    return n === 0 ? { count: 0, ms: 0, perYear: [] } : yearCounts(member, allStreams);
  };

  const summaries = new Map<string, Summary>();
  // The years with a stream: a binary search per year, not a pass over the streams.
  const years: number[] = [];
  if (n > 0) {
    const lastYear = civilFromDays(lastDay).year;
    for (let year = civilFromDays(firstDay).year; year <= lastYear; year++) {
      const at = lowerDay(daysFromCivil(year, 1, 1));
      if (at < n && day[at]! < daysFromCivil(year + 1, 1, 1)) years.push(year);
    }
  }

  return {
    status: (storage) => ({
      streams: store.ts.length,
      storage: store.ts.length > 0 ? storage : null,
      sources,
      first: n > 0 ? ts[0]! * 1000 : null,
      last: n > 0 ? ts[n - 1]! * 1000 : null,
      years,
      timeZone,
    }),
    query,
    summary: (period, allStreams) => {
      // Charts for a period seen before come back at once (going back and forth between periods).
      const key = `${JSON.stringify(period)}:${allStreams}`;
      let cached = summaries.get(key);
      if (!cached) {
        cached = summary(period, allStreams);
        if (summaries.size > 8) summaries.delete(summaries.keys().next().value!);
        summaries.set(key, cached);
      }
      return cached;
    },
    entityDetail,
    playsByUri,
    playsByArtistName,
  };
}

export function currentTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
