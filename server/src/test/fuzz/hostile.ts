import { raw } from './json-text.ts';

/**
 * Values that have broken real servers: what a generator drawing "any string" or "any number" almost never hits.
 * Plain data, so that a failure message can name the value that did it.
 */

const nested = (depth: number, leaf: unknown = 1): unknown => {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};
const nestedObject = (depth: number): unknown => {
  let value: unknown = { leaf: true };
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
};

/** Long enough to be refused by any sane bound; a 100,000-character string per field. */
export const HUGE = 100_000;

export const hostileStrings: readonly string[] = [
  '',
  ' ',
  '   ',
  '\t',
  'a'.repeat(HUGE),
  '😀'.repeat(HUGE / 2),
  'é'.repeat(10_000),
  // Unicode: emoji with modifiers and joiners, RTL override, combining marks, zero-width, BOM, line separators.
  '👩🏽‍💻👨‍👩‍👧‍👦🏳️‍🌈',
  'abc\u202Egnp.exe',
  'שלום عالم',
  'Z̸̢͉͚̈a̶͎͋l̷͓͠g̴̱̈́o̸̰͐',
  'e\u0301\u0301\u0301\u0301\u0301\u0301',
  '\u200B',
  '\uFEFFname',
  'line\u2028separator\u2029',
  '\uFFFF\uFFFE',
  // NUL and other control characters, CR/LF injection.
  '\u0000',
  'a\u0000b',
  '\u0001\u0002\u001F\u007F\u0085',
  'a\r\nSet-Cookie: x=1',
  'a\nb',
  'a\rb',
  'END:VEVENT\r\nBEGIN:VEVENT',
  // Lone surrogates: not representable in UTF-8.
  '\uD800',
  'a\uDFFFb',
  '\uDBFF\uDBFF',
  // Injection shapes.
  "' OR 1=1 --",
  "'; DROP TABLE users; --",
  '" OR ""="',
  '\\',
  '%',
  '_',
  '%_%',
  '=HYPERLINK("http://evil.example","click")',
  '=1+1',
  "+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(A1)',
  '<script>alert(1)</script>',
  '${7*7}{{7*7}}',
  '../../../../etc/passwd',
  '%2e%2e%2f',
  'javascript:alert(1)',
  // Numbers and keywords as strings.
  'Infinity',
  '-Infinity',
  'NaN',
  '1e19',
  '1e308',
  '-0',
  '0x10',
  '9007199254740993',
  'null',
  'undefined',
  'true',
  '__proto__',
  'constructor',
  'toString',
];

/**
 * The strings that most often get past a schema and break what is behind it, drawn more often than the rest: NUL
 * (PostgreSQL refuses it), a lone surrogate (not UTF-8), line breaks (CSV and iCalendar injection), formulas (CSV
 * injection), SQL, and unicode that is longer in bytes than in characters.
 */
export const killerStrings: readonly string[] = [
  'a\u0000b',
  '\uD800',
  'a\r\nb',
  "' OR 1=1 --",
  '=HYPERLINK("http://evil.example","click")',
  '👩🏽‍💻👨‍👩‍👧‍👦',
  'abc\u202Egnp.exe',
  'Z̸̢͉͚̈a̶͎͋l̷͓͠g̴̱̈́o̸̰͐',
  '\u0001\u001F\u007F',
  'Infinity',
  '   ',
  'a'.repeat(HUGE),
];

/** Numbers, and what a client sends where a number belongs. */
export const hostileNumbers: readonly unknown[] = [
  raw('1e400'),
  raw('-1e400'),
  raw('123456789012345678901234567890'),
  raw('9007199254740993'),
  raw('1E+2'),
  raw('0.0000000000000000000000000001'),
  1e308,
  -1e308,
  1e19,
  -1e19,
  2 ** 31,
  2 ** 63,
  Number.MAX_SAFE_INTEGER,
  Number.MIN_SAFE_INTEGER,
  Number.MIN_VALUE,
  -0,
  0.1,
  1.5,
  -1,
  'Infinity',
  '-Infinity',
  'NaN',
  '1e19',
  '1e308',
  '-0',
  '5',
  ' 5 ',
  '0x10',
  '1_000',
  '1,5',
  '٣',
  '',
  true,
  null,
  [],
  [5],
  ['Infinity'],
  [1, 2],
  {},
];

export const hostileBooleans: readonly unknown[] = [
  'yes',
  'TRUE',
  'on',
  '1',
  '0',
  '',
  2,
  -1,
  'Infinity',
  [true],
  [true, false],
  {},
];

export const hostileUuids = (known: readonly string[]): string[] => {
  const id = known[0] ?? '123e4567-e89b-42d3-a456-426614174000';
  return [
    `urn:uuid:${id}`,
    `URN:UUID:${id}`,
    id.toUpperCase(),
    `{${id}}`,
    id.replaceAll('-', ''),
    ` ${id}`,
    `${id}\u0000`,
    `${id}'--`,
    '00000000-0000-0000-0000-000000000000',
    'ffffffff-ffff-ffff-ffff-ffffffffffff',
    'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz',
    '123e4567-e89b-12d3-a456-4266141740000',
  ];
};

/** Dates the `date` format accepts and a calendar or database may not, and near misses. */
export const hostileDates: readonly string[] = [
  '0000-01-01',
  '0001-01-01',
  '9999-12-31',
  '1900-01-01',
  '2028-02-29',
  '2030-02-29',
  '2030-02-30',
  '2030-13-01',
  '2030-00-10',
  '2030-1-1',
  '20300101',
  '+002030-01-01',
  '-000001-01-01',
  '2030-01-01T00:00:00Z',
  '30-01-2030',
];

/** Date-times the `date-time` format accepts (leap seconds, hour-only offsets, year 0) and near misses. */
export const hostileDateTimes: readonly string[] = [
  '2030-01-01T23:59:60Z',
  '2030-06-30T23:59:60+02:00',
  '2030-01-01T10:00:00+01',
  '2030-01-01T10:00:00-0930',
  '2030-01-01T10:00:00+23:59',
  '2030-01-01T10:00:00-00:00',
  '0000-01-01T00:00:00Z',
  '0001-01-01T00:00:00Z',
  '9999-12-31T23:59:59.999999999Z',
  '2030-01-01t10:00:00z',
  '2030-01-01 10:00:00Z',
  '2030-06-15T12:00:00.123456789012Z',
  '2030-01-01T24:00:00Z',
  '2030-02-30T10:00:00Z',
  '2030-01-01T10:00:00',
  '2030-01-01',
  '1e19',
];

export const hostileEmails: readonly string[] = [
  'a@b',
  'a@b.c',
  '@example.test',
  'a@',
  `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(57)}`,
  `${'a'.repeat(250)}@x.nl`,
  'ADMIN@EXAMPLE.TEST',
  ' padded@example.test ',
  'a+tag@example.test',
  '"quoted"@example.test',
  "o'brien@example.test",
  'a@example.test\r\nBcc: x@evil.example',
  'ünï@example.test',
  'a@[127.0.0.1]',
];

export const hostileUris: readonly string[] = [
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
  'http://127.0.0.1:5432/',
  'http://[::1]/',
  'http://user:pass@evil.example/',
  'mailto:a@b.c',
  `https://example.test/${'a'.repeat(3000)}`,
  'https://example.test/\r\nX: y',
  'urn:uuid:123e4567-e89b-42d3-a456-426614174000',
  '//example.test',
  'https://exämple.test/',
];

/** Whole values that fit no schema: nesting, wide arrays, prototype keys. */
export const hostileStructures: readonly unknown[] = [
  null,
  true,
  0,
  '',
  [],
  {},
  [null],
  nested(1000),
  nestedObject(500),
  raw(`${'['.repeat(100_000)}${']'.repeat(100_000)}`),
  Array.from({ length: 500 }, (_, i) => i),
  Array.from({ length: 500 }, () => 'x'.repeat(100)),
  Array.from({ length: 500 }, () => null),
  Object.fromEntries([['__proto__', { isAdmin: true }]]),
  { constructor: { prototype: { isAdmin: true } } },
  Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`k${i}`, i])),
];

/** Keys a closed schema must refuse, spliced into otherwise valid objects. */
export const extraKeys: readonly (readonly [string, unknown])[] = [
  ['__proto__', { isAdmin: true, role: 'admin' }],
  ['constructor', { prototype: { isAdmin: true } }],
  ['prototype', {}],
  ['organisationId', '123e4567-e89b-42d3-a456-426614174000'],
  ['id', '123e4567-e89b-42d3-a456-426614174000'],
  ['createdAt', '2000-01-01T00:00:00Z'],
  ['isAdmin', true],
  ['unknown', 'x'],
  ['', ''],
  ['\u0000', 1],
  ['a'.repeat(10_000), 1],
];

/** Percent-encoded path segments and query pieces that are malformed or decode to something dangerous. */
export const rawSegments: readonly string[] = [
  '%',
  '%zz',
  '%00',
  '%ff',
  '%ED%A0%80',
  '%C0%AF',
  '%E2%80%AE',
  '%F0%9F%98%80',
  '..',
  '.',
  '%2e%2e',
  'a%2Fb',
  '%2F',
  '%5C',
  '%0D%0A',
  '%20',
  '+',
  'x'.repeat(101),
  'x'.repeat(2000),
];

export const rawQueryPieces: readonly string[] = [
  '%',
  '%zz=1',
  '%ff=%ff',
  '__proto__[isAdmin]=true',
  'constructor[prototype][x]=1',
  'limit[]=1',
  'limit[a]=1',
  'a=b=c',
  '&&&',
  ';',
  '=',
  '==',
  'q',
  'offset',
  `q=${'x'.repeat(8000)}`,
];
