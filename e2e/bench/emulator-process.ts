// The emulator in a process of its own, as in the e2e suite: its answers, delayed by their
// latency, must not wait behind the bench process's work (the browser driver, the static host).
import { spawn, type ChildProcess } from 'node:child_process';
import { EMULATOR_CLIENT_ID } from '../../src/emulator/constants.ts';
import { BASE, EMULATOR_URLS } from './settings.ts';

/** `src/emulator/serve.ts` on the bench's ports; resolves once its control API answers. */
export async function startEmulatorProcess(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/emulator/serve.ts'], {
    env: {
      ...process.env,
      EMULATOR_ACCOUNTS_PORT: new URL(EMULATOR_URLS.accounts).port,
      EMULATOR_API_PORT: new URL(EMULATOR_URLS.api).port,
      EMULATOR_IMAGES_PORT: new URL(EMULATOR_URLS.images).port,
      EMULATOR_CLIENT_ID,
      EMULATOR_REDIRECT_URIS: `http://127.0.0.1${BASE}account`,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`The emulator exited (${code}) before it was ready`))),
  );
  const deadline = Date.now() + 30_000;
  for (;;) {
    const ready = await Promise.race([
      fetch(`${EMULATOR_URLS.accounts}/__control/config`).then(
        (r) => r.ok,
        () => false,
      ),
      exited,
    ]);
    if (ready) return child;
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error('The emulator did not start within 30 s');
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
