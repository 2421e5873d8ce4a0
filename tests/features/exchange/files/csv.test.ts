import { describe, expect, it } from 'vitest';

import { csvCell, csvDocument } from '@/features/exchange/files/csv';

describe('csvCell', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+34 600 000 000', "'+34 600 000 000"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['  =1+1', "'  =1+1"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['\0=1', "'\0=1"],
  ])('#34 defuses a cell that a spreadsheet would run as a formula: %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('#34 quotes commas, quotes and line breaks per RFC 4180', () => {
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hola"')).toBe('"say ""hola"""');
    expect(csvCell('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvCell('=HYPERLINK("x", "y")')).toBe(`"'=HYPERLINK(""x"", ""y"")"`);
  });

  it('#34 leaves plain text and numbers unchanged', () => {
    expect(csvCell('Panadería «La Espiga» 🥖')).toBe('Panadería «La Espiga» 🥖');
    expect(csvCell('a-b = c')).toBe('a-b = c');
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('#34 joins rows with CRLF behind a UTF-8 byte order mark', () => {
    expect(
      csvDocument([
        ['a', 1],
        ['=b', null],
      ]),
    ).toBe("\uFEFFa,1\r\n'=b,\r\n");
  });
});
