/**
 * The "surface" of a token sequence: the text the tokens stand for, concatenated, with each
 * token's range in it. Tokens whose bytes form whole characters are appended as text; a run of
 * tokens that splits a character (an emoji in byte-level BPE, `<0xF0><0x9F>…` byte fallback) is
 * decoded as bytes, and every token holding part of a character gets that character's range.
 */
import { pieceText, tokenBytes } from './piece-style.ts';
import type { PieceStyle, RawTokenizer } from './types.ts';
import { decodeUtf8WithOffsets, endsOnBoundary } from './utf8.ts';

export interface Surface {
  text: string;
  /** Per token, its range `[starts[i], ends[i])` in `text` (UTF-16). */
  starts: Int32Array;
  ends: Int32Array;
}

export type SurfaceSource = Pick<RawTokenizer, 'pieces' | 'addedTokenIds' | 'unknownTokenId' | 'idToToken'>;

/** Stands for the unknown text of an `[UNK]`/`<unk>` token (a noncharacter: never in real text). */
export const WILDCARD = '\uFFFE';
/** A word boundary the tokens imply but that may not be whitespace in the text (WordPiece). */
export const SOFT_SPACE = '\uFFFF';

interface Piece {
  /** The token's text when its bytes are whole characters, else null. */
  text: string | null;
  bytes: number[] | null;
  /** WordPiece drops whitespace: a token without `##` starts a new word. */
  startsWord: boolean;
}

const encoder = new TextEncoder();
const strict = new TextDecoder('utf-8', { fatal: true });

/**
 * Pieces depend only on the token string and the style, so they are kept per style object
 * across calls: the lab re-aligns the same vocabulary on every run.
 */
const pieceCaches = new WeakMap<PieceStyle, Map<string, Piece>>();
const MAX_CACHED_PIECES = 200_000;

function piecesFor(style: PieceStyle): Map<string, Piece> {
  let cache = pieceCaches.get(style);
  if (cache === undefined || cache.size > MAX_CACHED_PIECES) {
    cache = new Map();
    pieceCaches.set(style, cache);
  }
  return cache;
}

function makePiece(token: string, style: PieceStyle): Piece {
  if (!style.byteLevel && !style.byteFallback) {
    const prefix = style.continuingSubwordPrefix;
    const startsWord = prefix !== null && style.metaspace === null && !token.startsWith(prefix);
    return { text: pieceText(token, style), bytes: null, startsWord };
  }
  const bytes = tokenBytes(token, style);
  let text: string | null = null;
  if (bytes.every((b) => b < 0x80)) text = String.fromCharCode(...bytes);
  else {
    try {
      text = strict.decode(Uint8Array.from(bytes));
    } catch {
      // Part of a character: decoded together with its neighbours.
    }
  }
  return { text, bytes, startsWord: false };
}

const WILDCARD_PIECE: Piece = { text: WILDCARD, bytes: null, startsWord: false };

function pieceOf(id: number, token: string, source: SurfaceSource, cache: Map<string, Piece>): Piece {
  // An unknown id written as `[UNK]`/`<unk>` hides its text: a wildcard. Unigram (T5) keeps the
  // original piece as the token string, which is matched like any other. `<unk>` is often an
  // added token too, so this comes first.
  if (id === source.unknownTokenId) {
    if (token === source.idToToken(id)) return WILDCARD_PIECE;
  } else if (source.addedTokenIds.has(id)) return { text: token, bytes: null, startsWord: false };
  let piece = cache.get(token);
  if (piece === undefined) {
    piece = makePiece(token, source.pieces);
    cache.set(token, piece);
  }
  return piece;
}

const bytesOf = (piece: Piece) => piece.bytes ?? [...encoder.encode(piece.text ?? '')];

export function buildSurface(
  ids: readonly number[],
  tokens: readonly string[],
  source: SurfaceSource,
): Surface {
  const starts = new Int32Array(tokens.length);
  const ends = new Int32Array(tokens.length);
  const parts: string[] = [];
  const cache = piecesFor(source.pieces);
  let length = 0;
  // Tokens that together hold split characters, decoded as one byte run.
  let run: number[] = [];
  let runTokens: number[] = [];
  let runStarts: number[] = [];

  const flush = () => {
    const decoded = decodeUtf8WithOffsets(run);
    runTokens.forEach((t, k) => {
      const b0 = runStarts[k] ?? 0;
      const b1 = runStarts[k + 1] ?? run.length;
      const at = b0 < run.length ? (decoded.charStart[b0] ?? 0) : decoded.text.length;
      starts[t] = length + at;
      ends[t] = length + (b1 > b0 ? (decoded.charEnd[b1 - 1] ?? at) : at);
    });
    parts.push(decoded.text);
    length += decoded.text.length;
    run = [];
    runTokens = [];
    runStarts = [];
  };

  for (let i = 0; i < tokens.length; i++) {
    const piece = pieceOf(ids[i] ?? -1, tokens[i] ?? '', source, cache);
    if (run.length === 0 && piece.text !== null) {
      if (piece.startsWord && i > 0) {
        parts.push(SOFT_SPACE);
        length++;
      }
      starts[i] = length;
      length += piece.text.length;
      ends[i] = length;
      parts.push(piece.text);
      continue;
    }
    runStarts.push(run.length);
    runTokens.push(i);
    for (const b of bytesOf(piece)) run.push(b);
    if (endsOnBoundary(run)) flush();
  }
  if (run.length > 0) flush();
  return { text: parts.join(''), starts, ends };
}
