import { describe, expect, it } from 'vitest';
import { precompileMessagesPlugin } from './precompile-messages';

type Transform = (code: string, id: string) => { code: string } | null;
const transform = precompileMessagesPlugin().transform as Transform;

describe('messages parsed at build time', () => {
  it('turns ICU messages into their parsed form and leaves plain text as it is', () => {
    const code = `import { defineMessages } from '../i18n/i18n';
export const m = defineMessages('x', {
  plain: "Don't stop",
  plays: '{count, plural, one {# play} other {# plays}}',
  rich: \`Read <link>this</link>\`,
});`;
    const out = transform(code, '/app/src/features/x/messages.ts')!.code;
    expect(out).toContain(`plain: "Don't stop"`);
    expect(out).toContain('plays: [{"kind":"plural","name":"count"');
    expect(out).toContain('rich: [{"kind":"text","text":"Read "},{"kind":"tag","name":"link"');
  });

  it("parses a language's catalog file, and fails the build on a broken message", () => {
    const id = '/app/src/i18n/catalogs/de/x.json';
    expect(JSON.parse(transform('{"plain":"Hallo","n":"{n, number} Songs"}', id)!.code)).toEqual({
      plain: 'Hallo',
      n: [
        { kind: 'arg', name: 'n', style: 'number' },
        { kind: 'text', text: ' Songs' },
      ],
    });
    expect(() => transform('{"bad":"{n, plural, one {x}}"}', id)).toThrow(/de\/x\.json bad/);
  });

  it('leaves other files alone', () => {
    expect(transform('const a = 1;', '/app/src/features/x/view.ts')).toBeNull();
  });
});
