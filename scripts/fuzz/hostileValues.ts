/**
 * Values an attacker or a broken client sends, as fast-check arbitraries:
 * shared by the property tests (test/hostile/) and `npm run fuzz`.
 */
import fc from 'fast-check'

export const SQL_FRAGMENTS = [
  "' OR '1'='1",
  "1' OR 1=1 --",
  '1; DROP TABLE practices; --',
  "') UNION SELECT email, hash FROM users --",
  "' || sqlite_version() || '",
  '%',
  '_',
  '\\',
  '"',
  "'",
  '`',
  '/*',
  '-- ',
  '\u0000',
]

export const MONGO_OPERATORS = ['$ne', '$gt', '$gte', '$lt', '$where', '$regex', '$in', '$nin', '$exists', '$expr', '$function', '__proto__', 'constructor']

/** Lone halves of surrogate pairs: not valid UTF-16, not encodable as UTF-8. */
export const LONE_SURROGATES = ['\uD800', '\uDFFF', 'a\uD83Db', '\uDC00\uD800']

export const NUMBER_LIKE_STRINGS = ['-1', '0', '0.5', '1e308', '-1e308', '1e-400', 'NaN', 'Infinity', '-Infinity', '99999999999999999999', '0x1F', ' 1 ', '', 'null', 'true', '[]', '{}']

/** 1 MB and 100 kB of text: for bodies (a URL that long is refused by the HTTP layer itself). */
export const HUGE_STRINGS = ['x'.repeat(1024 * 1024), 'é'.repeat(50_000)]

const controlCharacters = fc.string({ unit: fc.integer({ min: 0, max: 31 }).map((code) => String.fromCharCode(code)), maxLength: 8 })

/** A short hostile text: SQL, operators, surrogates, control characters, numbers as text, any Unicode. */
export function hostileText(options: { huge?: boolean } = {}): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.constantFrom(...SQL_FRAGMENTS),
    fc.constantFrom(...MONGO_OPERATORS),
    fc.constantFrom(...LONE_SURROGATES),
    fc.constantFrom(...NUMBER_LIKE_STRINGS),
    controlCharacters,
    ...(options.huge ? [fc.constantFrom(...HUGE_STRINGS)] : []),
  )
}

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(1e308, -1e308, -0, 0.5, -1, 2 ** 53 + 2, -(2 ** 31) - 1, 2 ** 31, 1e21),
)

const scalar: fc.Arbitrary<unknown> = fc.oneof(hostileText(), hostileNumber, fc.boolean(), fc.constant(null))

/** An object whose keys are MongoDB operators or hostile text. */
export function operatorObject(value: fc.Arbitrary<unknown> = scalar): fc.Arbitrary<Record<string, unknown>> {
  return fc.dictionary(fc.oneof(fc.constantFrom(...MONGO_OPERATORS), hostileText()), value, { maxKeys: 3 })
}

/** Any JSON value, hostile at every level, nested up to `depth`. */
export function hostileJson(depth = 4, options: { huge?: boolean } = {}): fc.Arbitrary<unknown> {
  const leaf = fc.oneof(hostileText(options), hostileNumber, fc.boolean(), fc.constant(null))
  const { tree } = fc.letrec((tie) => ({
    tree: fc.oneof({ depthSize: 'small', maxDepth: depth, withCrossShrink: true }, leaf, fc.array(tie('tree'), { maxLength: 4 }), operatorObject(tie('tree'))),
  }))
  return tree
}

/** A value nested `levels` deep: `[[[…]]]` or `{"a":{"a":…}}`. */
export function deeplyNested(levels: number, kind: 'array' | 'object'): unknown {
  let value: unknown = 1
  for (let level = 0; level < levels; level++) value = kind === 'array' ? [value] : { a: value }
  return value
}

/** Percent-encodes any string, lone surrogates included (as the invalid UTF-8 a hostile client would send). */
export function percentEncode(text: string): string {
  try {
    return encodeURIComponent(text)
  } catch {
    let encoded = ''
    for (const unit of text) {
      const code = unit.codePointAt(0)!
      if (code >= 0xd800 && code <= 0xdfff) {
        encoded += `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`.toUpperCase()
      } else encoded += encodeURIComponent(unit)
    }
    return encoded
  }
}

/** Bytes that are not UTF-8 at all. */
export const INVALID_UTF8 = [Uint8Array.from([0xff, 0xfe, 0xfd]), Uint8Array.from([0xc3, 0x28]), Uint8Array.from([0xed, 0xa0, 0x80]), Uint8Array.from([0xf8, 0x88, 0x80, 0x80, 0x80])]
