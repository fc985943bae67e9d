export type CsvEncoding = 'utf-8' | 'windows-1252';

export type DecodedInput =
  { ok: true; text: string; encoding: CsvEncoding } | { ok: false; encoding: CsvEncoding; message: string };

const NOT_A_CSV =
  'The file is not a CSV text file. In Excel, save it as "CSV UTF-8" or "CSV (gescheiden door lijstscheidingsteken)".';

// C0/C1 controls other than tab, LF and CR, plus U+FFFD: a real HR export has none of them.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD]/g;
// Random bytes decoded as windows-1252 are about 14% control characters; text files are near 0%.
const MAX_CONTROL_CHARACTER_SHARE = 0.05;

/**
 * Turns the uploaded bytes into text. UTF-8 (with or without BOM) is tried first; bytes that are not valid UTF-8
 * come from Dutch Excel's "CSV (gescheiden door lijstscheidingsteken)", which writes windows-1252.
 */
export function decodeInput(input: Buffer | string): DecodedInput {
  if (typeof input === 'string') return checkText(input.replace(/^\uFEFF/, ''), 'utf-8');

  if ((input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff)) {
    return {
      ok: false,
      encoding: 'utf-8',
      message: 'The file is UTF-16 ("Unicode text"). In Excel, save it as "CSV UTF-8" instead.',
    };
  }
  // NUL never occurs in UTF-8 or windows-1252 text, but always in xlsx, zip, images and UTF-16.
  if (input.includes(0)) return { ok: false, encoding: 'utf-8', message: NOT_A_CSV };

  const hasBom = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf;
  const bytes = hasBom ? input.subarray(3) : input;
  try {
    return checkText(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8');
  } catch {
    return checkText(decodeWindows1252(bytes), 'windows-1252');
  }
}

/*
 * Node 20.18.3+ decodes 'windows-1252' as Latin-1, so 0x80-0x9F come out as C1 controls instead of €, ‘ ’ “ ” – —
 * (nodejs/node#60888). Those are exactly what Excel's autocorrect puts into names (`’t Hart`), so they are mapped
 * here. The five bytes that windows-1252 leaves undefined keep their C1 code point, as the WHATWG table says.
 */
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009F]/g, (c) => WINDOWS_1252_C1.charAt(c.charCodeAt(0) - 0x80));
}

function checkText(text: string, encoding: CsvEncoding): DecodedInput {
  if (text.includes('\u0000')) return { ok: false, encoding, message: NOT_A_CSV };
  const controls = text.match(CONTROL_CHARACTER)?.length ?? 0;
  if (controls > text.length * MAX_CONTROL_CHARACTER_SHARE) return { ok: false, encoding, message: NOT_A_CSV };
  return { ok: true, text, encoding };
}
