import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../i18n/parse-message';
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
    expect(out).toContain('plays: [["p","count",{"one":[0," play"],"other":[0," plays"]}]]');
    expect(out).toContain('rich: ["Read ",["t","link",["this"]]]');
  });

  it("parses a language's catalog file, and fails the build on a broken message", () => {
    const id = '/app/src/i18n/catalogs/de/x.json';
    expect(JSON.parse(transform('{"plain":"Hallo","n":"{n, number} Songs"}', id)!.code)).toEqual({
      plain: 'Hallo',
      n: [['a', 'n', 'number'], ' Songs'],
    });
    expect(() => transform('{"bad":"{n, plural, one {x}}"}', id)).toThrow(/de\/x\.json bad/);
  });

  it("replaces the parser with a pass-through that speaks the parsed messages' form", async () => {
    const plugin = precompileMessagesPlugin();
    const stub = (plugin.load as (id: string) => string)('\0heavy-rotation:parse-message');
    const module = (await import(`data:text/javascript,${encodeURIComponent(stub)}`)) as {
      parseMessage: (text: string) => unknown;
    };
    expect(module.parseMessage('Plain text')).toEqual(parseMessage('Plain text'));
    expect(module.parseMessage('')).toEqual(parseMessage(''));
  });

  it('leaves other files alone', () => {
    expect(transform('const a = 1;', '/app/src/features/x/view.ts')).toBeNull();
  });
});
