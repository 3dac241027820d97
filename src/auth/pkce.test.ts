import { afterEach, describe, expect, it, vi } from 'vitest';
import { base64UrlEncode, createCodeChallenge, createCodeVerifier, randomString } from './pkce';

const UNRESERVED = /^[A-Za-z0-9\-._~]+$/;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('createCodeChallenge', () => {
  it('matches the S256 example of RFC 7636 appendix B', async () => {
    await expect(createCodeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).resolves.toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });

  it('is base64url without padding: 43 characters for a SHA-256 digest', async () => {
    for (const verifier of ['a'.repeat(43), createCodeVerifier(), createCodeVerifier(128)]) {
      const challenge = await createCodeChallenge(verifier);
      expect(challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
    }
  });

  it('differs for different verifiers', async () => {
    const [a, b] = await Promise.all([createCodeChallenge('a'.repeat(43)), createCodeChallenge('b'.repeat(43))]);
    expect(a).not.toBe(b);
  });
});

describe('base64UrlEncode', () => {
  it('uses - and _ instead of + and /, and drops the padding', () => {
    // Standard base64 of these bytes is "+/8=" and "+/+/".
    expect(base64UrlEncode(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
    expect(base64UrlEncode(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe('-_-_');
    expect(base64UrlEncode(new Uint8Array([0x66]))).toBe('Zg');
  });

  it('accepts an ArrayBuffer as well as a Uint8Array', () => {
    expect(base64UrlEncode(new Uint8Array([1, 2, 3]).buffer)).toBe('AQID');
  });

  it('encodes nothing as the empty string', () => {
    expect(base64UrlEncode(new Uint8Array())).toBe('');
  });
});

describe('createCodeVerifier', () => {
  it('has 64 characters by default', () => {
    expect(createCodeVerifier()).toHaveLength(64);
  });

  it.each([43, 44, 100, 127, 128])('has exactly %i characters when asked for that many', (length) => {
    expect(createCodeVerifier(length)).toHaveLength(length);
  });

  it.each([0, 42, 129, 256, -1, 42.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'refuses a length of %s with a RangeError (RFC 7636 §4.1 allows 43 to 128)',
    (length) => {
      expect(() => createCodeVerifier(length)).toThrow(RangeError);
    },
  );

  it('uses only unreserved characters [A-Za-z0-9-._~]', () => {
    for (let i = 0; i < 50; i++) expect(createCodeVerifier(128)).toMatch(UNRESERVED);
  });

  it('draws from the whole alphabet of 66 characters', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 100; i++) for (const char of createCodeVerifier(128)) seen.add(char);
    expect(seen.size).toBe(66);
  });

  it('is random: verifiers differ from each other', () => {
    const verifiers = new Set(Array.from({ length: 20 }, () => createCodeVerifier()));
    expect(verifiers.size).toBe(20);
  });
});

describe('randomString', () => {
  it('takes its randomness from crypto.getRandomValues', () => {
    const spy = vi.spyOn(crypto, 'getRandomValues');
    randomString(10);
    expect(spy).toHaveBeenCalled();
  });

  it('skips bytes of 198 and above so that no character is favoured (no modulo bias)', () => {
    // 198..255 would map onto the first 58 characters a fourth time; they must be rejected.
    const batches = [
      [255, 198, 0, 65],
      [199, 1, 66, 197],
    ];
    vi.spyOn(crypto, 'getRandomValues').mockImplementation(<T extends ArrayBufferView | null>(array: T): T => {
      const bytes = new Uint8Array((array as unknown as Uint8Array).buffer);
      bytes.fill(255);
      bytes.set(batches.shift() ?? []);
      return array;
    });
    // Bytes 0 → A, 65 → ~, then 1 → B, 66 → A (66 % 66), 197 → ~ (197 % 66 = 65).
    expect(randomString(4)).toBe('A~BA');
  });

  it('fills the requested length even when many bytes are rejected', () => {
    let call = 0;
    vi.spyOn(crypto, 'getRandomValues').mockImplementation(<T extends ArrayBufferView | null>(array: T): T => {
      const bytes = new Uint8Array((array as unknown as Uint8Array).buffer);
      // Every other call yields only rejectable bytes.
      bytes.fill(call++ % 2 === 0 ? 250 : 27);
      return array;
    });
    expect(randomString(43)).toBe('b'.repeat(43));
  });
});
