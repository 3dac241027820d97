// npm run make-export -- --streams N --years Y --format extended|endsong|account
//                        [--out DIR] [--seed S] [--end YYYY-MM-DD] [--extended-until YYYY-MM-DD]
// Writes DIR/my_spotify_data.zip and, beside it, the same files unzipped (the e2e oracle
// and the bench read those), plus DIR/export-info.json naming them.
import { createWriteStream, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { crc32, deflateRawSync, constants } from 'node:zlib';
import { createZipWriter, exportFiles, type ExportFormat } from '../data-export/index.ts';

const FORMATS: ExportFormat[] = ['extended', 'endsong', 'account'];

const { values } = parseArgs({
  options: {
    streams: { type: 'string', default: '130000' },
    years: { type: 'string', default: '10' },
    format: { type: 'string', default: 'extended' },
    out: { type: 'string' },
    seed: { type: 'string' },
    end: { type: 'string' },
    'extended-until': { type: 'string' },
  },
});

const streams = Number(values.streams);
const years = Number(values.years);
const format = values.format as ExportFormat;
if (!Number.isInteger(streams) || streams < 0) throw new Error('--streams must be a whole number ≥ 0');
if (!(years > 0 && years <= 30)) throw new Error('--years must be between 0 and 30');
if (!FORMATS.includes(format)) throw new Error(`--format must be one of ${FORMATS.join(', ')}`);
const out = resolve(values.out ?? join('dist-exports', `${format}-${streams}-${years}y`));

const started = performance.now();
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const zipPath = join(out, 'my_spotify_data.zip');
const zipStream = createWriteStream(zipPath);
const zip = createZipWriter(
  (part) => zipStream.write(part),
  (data) => deflateRawSync(data, { level: 6, strategy: constants.Z_DEFAULT_STRATEGY }),
  (data) => crc32(data),
);
const files: { path: string; records: number; bytes: number }[] = [];
const encoder = new TextEncoder();
for (const file of exportFiles({
  streams,
  years,
  format,
  seed: values.seed,
  end: values.end,
  extendedUntil: values['extended-until'],
})) {
  const data = file.bytes ?? encoder.encode(file.text ?? '');
  const path = join(out, file.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
  await zip.add({ path: file.path, data });
  files.push({ path: file.path, records: file.records, bytes: data.length });
}
for (const part of zip.finish()) zipStream.write(part);
await new Promise<void>((done, fail) => zipStream.end((error?: Error | null) => (error ? fail(error) : done())));

const info = {
  format,
  streams,
  years,
  seed: values.seed ?? null,
  end: values.end ?? null,
  extendedUntil: values['extended-until'] ?? null,
  zip: 'my_spotify_data.zip',
  files,
};
writeFileSync(join(out, 'export-info.json'), JSON.stringify(info, null, 2));
const jsonBytes = files.reduce((sum, file) => sum + file.bytes, 0);
console.log(
  `${zipPath}: ${files.length} files, ${files.reduce((sum, f) => sum + f.records, 0)} records, ` +
    `${(jsonBytes / 1e6).toFixed(1)} MB of files in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
