// Builds an inline boot script (src/build-config/inline/*.ts) into the text a page carries:
// bundled with the constants it imports, minified, as one classic script. The page's own
// values replace the script's `PAGE.*` references, as JSON literals.
// Rolldown is the bundler Vite 8 builds with; https://rolldown.rs/reference/
import { join } from 'node:path';
import { build } from 'rolldown';

export type InlineScript = 'after-first-paint' | 'start-fallback' | 'choose-language';

export async function buildInlineScript(name: InlineScript, page: Record<string, string>): Promise<string> {
  const { output } = await build({
    input: join(import.meta.dirname, 'inline', `${name}.ts`),
    write: false,
    platform: 'browser',
    logLevel: 'warn',
    transform: {
      target: 'es2022',
      define: Object.fromEntries(Object.entries(page).map(([key, value]) => [`PAGE.${key}`, JSON.stringify(value)])),
    },
    output: { format: 'iife', minify: true, comments: false },
  });
  const [chunk, ...rest] = output;
  if (!chunk || rest.length > 0) throw new Error(`${name}: expected one chunk, got ${output.length}`);
  const code = chunk.code.trim();
  // A value the build did not provide would be a ReferenceError in the visitor's browser.
  if (/\bPAGE\b/.test(code)) throw new Error(`${name}: a PAGE value was not provided (given: ${Object.keys(page)})`);
  if (/<\/script|<!--/i.test(code)) throw new Error(`${name}: the script text would end its <script> element`);
  return code;
}
