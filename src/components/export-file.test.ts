import { describe, expect, it } from 'vitest';
import { csv, csvField } from './export-file';

describe('csvField', () => {
  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('=1+1')).toBe(`"'=1+1"`);
    expect(csvField(-3)).toBe('-3');
    expect(csvField(undefined)).toBe('');
  });
});

describe('csv', () => {
  it('starts with a BOM and ends every row with CRLF', () => {
    expect(
      csv([
        ['a', 1],
        ['b, c', null],
      ]),
    ).toBe('\uFEFFa,1\r\n"b, c",\r\n');
  });
});
