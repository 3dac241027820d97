// "Try it with sample data": a generated my_spotify_data.zip, built in the page with no
// network, on the emulator's catalogue, so the demo's top lists and the sample join by track
// URI. Reach it through import(): it brings the emulator's catalogue with it.
import { deflateRaw, exportFiles, writeZip } from '../emulator/data-export';

export const SAMPLE_STREAMS = 30_000;
export const SAMPLE_YEARS = 4;

/** The sample export as the file a listener would pick (about 2 MB zipped). */
export async function createSampleExport(): Promise<File> {
  const encoder = new TextEncoder();
  const entries = [...exportFiles({ streams: SAMPLE_STREAMS, years: SAMPLE_YEARS, format: 'extended' })].map(
    (file) => ({ path: file.path, data: file.bytes ?? encoder.encode(file.text ?? '') }),
  );
  const zip = await writeZip(entries, deflateRaw);
  return new File([zip as Uint8Array<ArrayBuffer>], 'my_spotify_data.zip', { type: 'application/zip' });
}
