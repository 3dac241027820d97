// The import's floor: the least any browser-only importer could do with the same export, as
// a bare page the static host serves. As many workers as navigator.hardwareConcurrency,
// started with the page (the app starts its own ahead too); choosing the zip reads its
// directory, hands each worker its share of the JSON entries (largest first, to the least
// loaded), and each one inflates with DecompressionStream, decodes, runs JSON.parse and
// tallies the plays per track URI with dedupe (a Set of time|URI|ms keys, per worker). The
// page sums the tallies and writes the top 50: no framework, no app code, nothing stored.
// It marks 'heavy-rotation:import-painted' in the frame after, as the app does.

const WORKER = `
const decoder = new TextDecoder();
onmessage = async (event) => {
  const counts = new Map();
  const seen = new Set();
  for (const job of event.data) {
    const stream = job.file.slice(job.start, job.end).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    const out = new Uint8Array(job.size);
    let length = 0;
    const reader = stream.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      out.set(value, length);
      length += value.length;
    }
    const records = JSON.parse(decoder.decode(out));
    for (const r of records) {
      const key = r.ts + '|' + r.spotify_track_uri + '|' + r.ms_played;
      if (seen.has(key)) continue;
      seen.add(key);
      if (r.ms_played >= 30000 && r.spotify_track_uri) counts.set(r.spotify_track_uri, (counts.get(r.spotify_track_uri) || 0) + 1);
    }
  }
  postMessage(counts);
};`;

const PAGE = `
const source = URL.createObjectURL(new Blob([${JSON.stringify(WORKER)}], { type: 'text/javascript' }));
const workers = Array.from({ length: navigator.hardwareConcurrency || 2 }, () => new Worker(source));
async function entries(file) {
  const read = async (start, end) => new DataView(await file.slice(start, end).arrayBuffer());
  const tailStart = Math.max(0, file.size - 65557);
  const tail = await read(tailStart, file.size);
  let end = tail.byteLength - 22;
  while (end >= 0 && tail.getUint32(end, true) !== 0x06054b50) end--;
  const count = tail.getUint16(end + 10, true);
  const size = tail.getUint32(end + 12, true);
  const offset = tail.getUint32(end + 16, true);
  const dir = await read(offset, offset + size);
  const decoder = new TextDecoder();
  const list = [];
  for (let at = 0, n = 0; n < count; n++) {
    const nameLength = dir.getUint16(at + 28, true);
    const name = decoder.decode(new Uint8Array(dir.buffer, at + 46, nameLength));
    const entry = { name, compressed: dir.getUint32(at + 20, true), size: dir.getUint32(at + 24, true), local: dir.getUint32(at + 42, true) };
    if (name.endsWith('.json')) list.push(entry);
    at += 46 + nameLength + dir.getUint16(at + 30, true) + dir.getUint16(at + 32, true);
  }
  return Promise.all(list.map(async (entry) => {
    const header = await read(entry.local, entry.local + 30);
    const start = entry.local + 30 + header.getUint16(26, true) + header.getUint16(28, true);
    return { file, start, end: start + entry.compressed, size: entry.size };
  }));
}
document.querySelector('input').addEventListener('change', async (event) => {
  const jobs = (await Promise.all([...event.target.files].map(entries))).flat().sort((a, b) => b.size - a.size);
  const shares = workers.map(() => ({ jobs: [], bytes: 0 }));
  for (const job of jobs) {
    const least = shares.reduce((a, b) => (b.bytes < a.bytes ? b : a));
    least.jobs.push(job);
    least.bytes += job.size;
  }
  const tallies = await Promise.all(workers.map((worker, i) => new Promise((resolve) => {
    worker.onmessage = (message) => resolve(message.data);
    worker.postMessage(shares[i].jobs);
  })));
  const total = new Map();
  for (const tally of tallies) for (const [uri, plays] of tally) total.set(uri, (total.get(uri) || 0) + plays);
  const list = document.createElement('ol');
  for (const [uri, plays] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 50)) {
    const row = document.createElement('li');
    row.textContent = uri + ' · ' + plays;
    list.append(row);
  }
  document.body.append(list);
  requestAnimationFrame(() => performance.mark('heavy-rotation:import-painted', { detail: { period: 'all', rows: list.children.length } }));
});`;

export function importFloorPage(): string {
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>Import floor</title><body><input type="file" multiple accept=".zip,.json"><script>${PAGE}</script></body></html>`;
}
