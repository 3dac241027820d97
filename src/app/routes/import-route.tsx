// The /import page as the app composes it: the import feature, with the sample export the demo
// builds from the emulator's catalogue (a lazy chunk, loaded on "Try it with sample data").
import { ImportPage } from '../../features/import/import-page';
import { importQueries, importQueryClient } from '../../features/import/queries';

async function loadSample(): Promise<File[]> {
  const { createSampleExport } = await import('../../demo/sample-export');
  return [await createSampleExport()];
}

/** Starts reading what the device kept while the page's code arrives. */
export function importLoader() {
  void importQueryClient.prefetchQuery(importQueries.kept());
  return null;
}

export function ImportRoute() {
  return <ImportPage loadSample={loadSample} />;
}
