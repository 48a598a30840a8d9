import { IMPORT_LIMITS } from './import';

/**
 * The /draft share link: the draft, deflated and base64url-encoded, in the URL fragment (`/draft#d=…`), so it never
 * reaches a server. Decoding is bounded work whatever the link holds: the fragment's length is capped, and the
 * inflated bytes are read chunk by chunk and the stream cancelled as soon as they pass the import cap (1 MB), so a
 * small link that inflates to gigabytes (a "deflate bomb") costs one megabyte of work. Pure: web streams only, the
 * same code in the page, its worker, the fuzz script and the tests (Node 20 has these globals).
 */
export const SHARE_LIMITS = {
  /** A link the page makes is at most this long; a longer draft is offered as a download instead. */
  maxLinkChars: 6000,
  /** A fragment longer than this is refused unread: 1 MB of incompressible text is ~1.34 M base64 characters. */
  maxFragmentChars: 1_400_000,
  /** The inflated draft, as for a paste or a file. */
  maxBytes: IMPORT_LIMITS.maxBytes,
} as const;

export type ShareResult = { ok: true; text: string } | { ok: false; code: string; message: string };

const fmt = (n: number) => n.toLocaleString('en-US');

/**
 * The draft part of a location hash: the text after `#d=` (up to the next `&`), '' when `#d=` is empty, undefined
 * when the hash carries no draft at all (`#p6`, or nothing).
 */
export function shareFragmentOf(hash: string): string | undefined {
  const m = /^#?(?:.*&)?d=([^&]*)/s.exec(hash);
  return m ? m[1]! : undefined;
}

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The fragment for a draft (without `#d=`). */
export async function encodeShare(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()));
}

const CUT = 'The shared link could not be read: it may have been cut short. Ask for the link again, or paste the draft.';

/** The draft a fragment holds, or a message saying why it cannot be opened. Never throws, never inflates past the cap. */
export async function decodeShare(fragment: string, limits: { maxBytes?: number; maxFragmentChars?: number } = {}): Promise<ShareResult> {
  const maxBytes = limits.maxBytes ?? SHARE_LIMITS.maxBytes;
  const maxChars = limits.maxFragmentChars ?? SHARE_LIMITS.maxFragmentChars;
  if (typeof fragment !== 'string' || fragment === '') return { ok: false, code: 'share-empty', message: 'The shared link holds no draft: nothing follows #d= in it. Ask for the link again, or paste the draft.' };
  if (fragment.length > maxChars) {
    return { ok: false, code: 'share-too-long', message: `The shared link is too long to be a draft link: ${fmt(fragment.length)} characters after #d=, where a draft of 1 MB takes at most ${fmt(maxChars)}. It was not opened.` };
  }
  const bad = /[^A-Za-z0-9_-]/.exec(fragment);
  if (bad) {
    return {
      ok: false,
      code: 'share-characters',
      message: `The shared link is not a draft link: after #d= it holds only letters, digits, "-" and "_"; found ${JSON.stringify(bad[0])} at character ${fmt(bad.index + 1)}. It may have been changed when it was copied.`,
    };
  }
  let bytes: Uint8Array;
  try {
    const bin = atob(fragment.replace(/-/g, '+').replace(/_/g, '/'));
    bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  } catch {
    return { ok: false, code: 'share-cut', message: CUT };
  }
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  try {
    reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        void reader.cancel().catch(() => {});
        return {
          ok: false,
          code: 'share-too-large',
          message: `The shared draft is larger than 1 MB (the limit for a draft: ${fmt(maxBytes)} bytes); it was not opened. A link this small that unpacks to so much is not a draft made here.`,
        };
      }
      chunks.push(value);
    }
    const all = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      all.set(c, at);
      at += c.byteLength;
    }
    const text = new TextDecoder('utf-8', { fatal: false }).decode(all);
    if (text.trim() === '') return { ok: false, code: 'share-empty', message: 'The shared link holds an empty draft. Ask for the link again, or paste the draft.' };
    return { ok: true, text };
  } catch {
    if (reader) void reader.cancel().catch(() => {});
    return { ok: false, code: 'share-cut', message: CUT };
  }
}
