import { IMPORT_LIMITS, type ImportIssue } from './import';

/**
 * Bytes of an opened file (CLI or browser) to text, with the size cap applied before any byte is read: the caller
 * reads the first bytes, asks `fileByteCap` how many bytes the file may have, refuses a larger file by its size
 * alone, and only then reads it whole and decodes it here. Pure: no fs, no DOM.
 *
 * Encodings: UTF-8 (with or without a byte-order mark), and UTF-16 little- or big-endian with a byte-order mark
 * (what Word and Notepad write as "Unicode text"). UTF-16 without a mark cannot be told from binary data with
 * certainty; it is refused with a message that says how to save it.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

export type DecodeResult = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; issue: ImportIssue };

/** The encoding a byte-order mark announces, and the mark's length; UTF-8 without a mark otherwise. */
export function sniffEncoding(head: Uint8Array): { encoding: TextEncodingName; bom: number } {
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  return { encoding: 'utf-8', bom: 0 };
}

/**
 * The largest file, in bytes, that can hold a text within the import cap (1 MB of UTF-8): a UTF-16 unit never
 * stands for fewer than half as many UTF-8 bytes, so a UTF-16 file may be twice the cap (plus its mark).
 */
export function fileByteCap(head: Uint8Array): number {
  const { encoding, bom } = sniffEncoding(head);
  return (encoding === 'utf-8' ? IMPORT_LIMITS.maxBytes : 2 * IMPORT_LIMITS.maxBytes) + bom;
}

const fmt = (n: number) => n.toLocaleString('en-US');

/** The refusal for a file over the cap, decided from its size alone (nothing of it is read). */
export function fileTooLarge(size: number, cap: number): ImportIssue {
  return {
    code: 'too-large',
    message: `the file is too large: expected at most 1 MB of text (${fmt(cap)} bytes for this file's encoding); found ${fmt(size)} bytes. Open one plan at a time`,
  };
}

/** Whether the bytes look like UTF-16 written without a byte-order mark: most odd (or even) bytes are zero. */
function looksLikeBomlessUtf16(b: Uint8Array): boolean {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 8) return false;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
  }
  const half = n / 2;
  return (oddZero > 0.6 * half && evenZero < 0.1 * half) || (evenZero > 0.6 * half && oddZero < 0.1 * half);
}

/** Decode a file's bytes (already within fileByteCap). Never throws. */
export function decodeTextBytes(bytes: Uint8Array): DecodeResult {
  try {
    const { encoding, bom } = sniffEncoding(bytes);
    if (bom === 0 && looksLikeBomlessUtf16(bytes)) {
      return {
        ok: false,
        issue: {
          code: 'utf16-without-bom',
          message: 'the file looks like UTF-16 text without a byte-order mark, which cannot be read reliably: save it as UTF-8 (or as UTF-16 with a byte-order mark) and open it again',
        },
      };
    }
    const body = bytes.subarray(bom);
    // Non-fatal decoding: an invalid sequence becomes U+FFFD, which the import's binary screen counts.
    const text = new TextDecoder(encoding, { fatal: false, ignoreBOM: true }).decode(body);
    return { ok: true, text, encoding };
  } catch (e) {
    return { ok: false, issue: { code: 'decode', message: `the file could not be decoded as text (${e instanceof Error ? e.message : String(e)})` } };
  }
}
