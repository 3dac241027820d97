// The data-export generator: a listener's `my_spotify_data.zip`, made up but shaped like the
// real thing, for the import's tests, the bench and the in-browser sample.
export { exportFiles, EXPORT_USERNAME, type ExportFile, type ExportFormat, type ExportOptions } from './export-files';
export { generateListening, type Listening, type ListeningOptions } from './listening';
export { crc32, createZipWriter, writeZip, type Deflate, type ZipEntryInput } from './zip-writer';

/** Raw deflate with the browser's CompressionStream (and Node's, which has it too). */
export async function deflateRaw(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
