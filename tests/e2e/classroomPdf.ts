/**
 * Just enough of a PDF reader for the print tests: the page count and the text of Chromium's
 * (Skia's) PDFs, whose text is glyph ids mapped back to Unicode by each font's ToUnicode CMap.
 * Kept small on purpose instead of adding a PDF library or poppler to the test machine.
 */
import { inflateSync } from 'node:zlib';

type PdfObject = { dict: string; stream: Buffer | null };

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  for (const match of text.matchAll(/(\d+) 0 obj\b/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = text.indexOf('endobj', start);
    const body = text.slice(start, end);
    const streamAt = body.search(/stream\r?\n/);
    if (streamAt < 0) {
      objects.set(Number(match[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, streamAt);
    const dataStart = start + streamAt + (body.slice(streamAt).startsWith('stream\r\n') ? 8 : 7);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0);
    const raw = pdf.subarray(dataStart, dataStart + length);
    objects.set(Number(match[1]), {
      dict,
      stream: dict.includes('/FlateDecode') ? inflateSync(raw) : raw,
    });
  }
  return objects;
}

const refs = (source: string) => [...source.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));

/** glyph id (4 hex digits) → text, from a ToUnicode CMap */
function parseCMap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const unicode = (hex: string) =>
    String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, src = '', dst = ''] of (block[1] ?? '').matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g,
    )) {
      map.set(src.toUpperCase(), unicode(dst));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo = '', hi = '', dst = ''] of (block[1] ?? '').matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g,
    )) {
      const first = parseInt(dst, 16);
      for (let code = parseInt(lo, 16); code <= parseInt(hi, 16); code++) {
        map.set(
          code.toString(16).toUpperCase().padStart(4, '0'),
          String.fromCodePoint(first + code - parseInt(lo, 16)),
        );
      }
    }
  }
  return map;
}

/** Font resource name (F4) → glyph map, for one page. */
function pageFonts(
  page: PdfObject,
  objects: Map<number, PdfObject>,
): Map<string, Map<string, string>> {
  let resources = /\/Resources\s*(\d+) 0 R/.exec(page.dict);
  const resourceText = resources ? (objects.get(Number(resources[1]))?.dict ?? '') : page.dict;
  resources = /\/Font\s*(\d+) 0 R/.exec(resourceText);
  const fontDict = resources
    ? (objects.get(Number(resources[1]))?.dict ?? '')
    : (/\/Font\s*<<([\s\S]*?)>>/.exec(resourceText)?.[1] ?? '');
  const fonts = new Map<string, Map<string, string>>();
  for (const [, name = '', id = ''] of fontDict.matchAll(/\/(\w+)\s+(\d+) 0 R/g)) {
    const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(objects.get(Number(id))?.dict ?? '')?.[1];
    const cmap = toUnicode ? objects.get(Number(toUnicode))?.stream?.toString('latin1') : undefined;
    fonts.set(name, cmap ? parseCMap(cmap) : new Map());
  }
  return fonts;
}

/** The text drawn by one content stream; text objects (BT … ET) are separated by newlines. */
function showText(content: string, fonts: Map<string, Map<string, string>>): string {
  let font = new Map<string, string>();
  const out: string[] = [];
  const decode = (hex: string) =>
    (hex.match(/.{4}/g) ?? []).map((glyph) => font.get(glyph.toUpperCase()) ?? '').join('');
  for (const [, fontName, shown, ends] of content.matchAll(
    /\/(\w+)\s+[\d.]+\s+Tf|(\[[^\]]*\]\s*TJ|<[0-9A-Fa-f]*>\s*Tj)|(\bET\b)/g,
  )) {
    if (fontName) font = fonts.get(fontName) ?? new Map();
    else if (shown)
      out.push([...shown.matchAll(/<([0-9A-Fa-f]*)>/g)].map((m) => decode(m[1] ?? '')).join(''));
    else if (ends) out.push('\n');
  }
  return out.join('');
}

export type PdfText = { pageCount: number; pages: string[] };

export function readPdfText(pdf: Buffer): PdfText {
  const objects = readObjects(pdf);
  const pages = [...objects.values()].filter((o) => /\/Type\s*\/Page\b(?!s)/.test(o.dict));
  const texts = pages.map((page) => {
    const fonts = pageFonts(page, objects);
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page.dict)?.[1] ?? '';
    return refs(contents)
      .map((id) => showText(objects.get(id)?.stream?.toString('latin1') ?? '', fonts))
      .join('\n');
  });
  return { pageCount: pages.length, pages: texts };
}

/** Text without whitespace or ligatures (ﬀ → ff), so words broken across lines still match. */
export const compact = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');
