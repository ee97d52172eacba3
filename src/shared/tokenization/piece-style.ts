/**
 * Reads from tokenizer.json how token strings relate to text (byte-level `Ġ`, SentencePiece `▁`
 * and `<0xE2>` bytes, WordPiece `##`), and turns one token into the bytes of text it stands for.
 */
import { byteOfCode } from './byte-level.ts';
import type { PieceStyle } from './types.ts';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every component config in a (possibly nested `Sequence`) normalizer/pre-tokenizer/decoder. */
function components(config: unknown): Json[] {
  if (!isObject(config)) return [];
  const nested = [config['normalizers'], config['pretokenizers'], config['decoders']].find(Array.isArray);
  return Array.isArray(nested) ? [config, ...nested.flatMap(components)] : [config];
}

function nonEmptyString(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

export function detectPieceStyle(tokenizerJson: unknown): PieceStyle {
  const json = isObject(tokenizerJson) ? tokenizerJson : {};
  const model = isObject(json['model']) ? json['model'] : {};
  const parts = [json['normalizer'], json['pre_tokenizer'], json['decoder']].flatMap(components);
  const byteLevel = parts.some((p) => p['type'] === 'ByteLevel');
  // Metaspace pre-tokenizer/decoder, or the Llama/Mistral form: normalizer `Prepend`/`Replace` with `▁`.
  const metaspace = parts.some(
    (p) =>
      p['type'] === 'Metaspace' || JSON.stringify([p['content'], p['prepend'], p['pattern']]).includes('▁'),
  );
  const replacement = parts.map((p) => nonEmptyString(p['replacement'])).find((r) => r !== null);
  const isWordPiece = model['type'] === 'WordPiece';
  return {
    byteLevel,
    metaspace: metaspace ? (replacement ?? '▁') : null,
    byteFallback: model['byte_fallback'] === true,
    continuingSubwordPrefix:
      nonEmptyString(model['continuing_subword_prefix']) ?? (isWordPiece ? '##' : null),
    endOfWordSuffix: nonEmptyString(model['end_of_word_suffix']),
  };
}

const BYTE_FALLBACK = /^<0x([0-9A-Fa-f]{2})>$/;
const encoder = new TextEncoder();

/** The byte of a SentencePiece byte-fallback token like `<0xE2>`, or null. */
export function fallbackByte(token: string): number | null {
  const match = BYTE_FALLBACK.exec(token);
  return match?.[1] === undefined ? null : parseInt(match[1], 16);
}

/** The text of a token without its markers (`##`, `</w>` → space, `▁` → space), as a string. */
export function pieceText(token: string, style: PieceStyle): string {
  let text = token;
  const prefix = style.continuingSubwordPrefix;
  if (prefix !== null && text.startsWith(prefix) && text.length > prefix.length)
    text = text.slice(prefix.length);
  const suffix = style.endOfWordSuffix;
  if (suffix !== null && text.endsWith(suffix)) text = `${text.slice(0, -suffix.length)} `;
  if (style.metaspace !== null) text = text.replaceAll(style.metaspace, ' ');
  return text;
}

/** The UTF-8 bytes a (non-special) token stands for. */
export function tokenBytes(token: string, style: PieceStyle): number[] {
  if (style.byteLevel) {
    const bytes: number[] = [];
    for (let k = 0; k < token.length; k++) {
      const byte = byteOfCode(token.charCodeAt(k));
      if (byte < 0) return [...encoder.encode(token)];
      bytes.push(byte);
    }
    return bytes;
  }
  const byte = style.byteFallback ? fallbackByte(token) : null;
  return byte === null ? [...encoder.encode(pieceText(token, style))] : [byte];
}
