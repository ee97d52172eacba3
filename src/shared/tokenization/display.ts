/**
 * Helpers for showing tokens to people: readable pieces (markers for spaces, newlines and raw
 * bytes), counts, and length against the model's limit.
 */
import { byteOfChar } from './byte-level.ts';
import { fallbackByte } from './piece-style.ts';
import type { EncodedRow, PieceStyle, PositionKind } from './types.ts';

export interface ReadablePiece {
  /** What to print on the chip. */
  text: string;
  /** `bytes`: part of a character (shown as hex); the chip should look different. */
  kind: 'text' | 'bytes' | 'special' | 'padding';
  /** A tooltip that explains the markers. */
  title: string;
}

const VISIBLE: Record<string, string> = { ' ': '␣', '\n': '↵', '\t': '⇥', '\r': '␍' };
const strict = new TextDecoder('utf-8', { fatal: true });

function hex(bytes: readonly number[]): string {
  return bytes.map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
}

/** Spaces, newlines and tabs as visible marks; other control characters as Unicode "control pictures". */
export function showInvisibles(text: string): string {
  return text.replace(/[\s\p{Cc}]/gu, (ch) => {
    const mark = VISIBLE[ch];
    if (mark !== undefined) return mark;
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x20) return String.fromCodePoint(0x2400 + code);
    return `\\u{${code.toString(16)}}`;
  });
}

function fromBytes(token: string, bytes: number[], what: string): ReadablePiece {
  try {
    const text = strict.decode(Uint8Array.from(bytes));
    return { text: showInvisibles(text), kind: 'text', title: `${JSON.stringify(token)}: ${what}` };
  } catch {
    return {
      text: `<${hex(bytes)}>`,
      kind: 'bytes',
      title: `${JSON.stringify(token)}: ${bytes.length} byte(s) of a UTF-8 character split across tokens`,
    };
  }
}

export function readablePiece(token: string, kind: PositionKind, style: PieceStyle): ReadablePiece {
  if (kind === 'special')
    return { text: token, kind: 'special', title: `${token}: special token added by the tokenizer` };
  if (kind === 'padding')
    return { text: token, kind: 'padding', title: `${token}: padding (attention_mask 0)` };
  if (style.byteLevel) {
    const bytes = [...token].map(byteOfChar);
    if (bytes.every((b): b is number => b !== null))
      return fromBytes(token, bytes, 'byte-level BPE, Ġ = space, Ċ = newline');
  }
  const byte = style.byteFallback ? fallbackByte(token) : null;
  if (byte !== null) {
    return {
      text: `<${hex([byte])}>`,
      kind: 'bytes',
      title: `${token}: one raw byte (SentencePiece byte fallback)`,
    };
  }
  const marker = style.metaspace;
  const text = marker === null ? token : token.replaceAll(marker, ' ');
  const title = marker === null ? JSON.stringify(token) : `${JSON.stringify(token)}: ${marker} = space`;
  return { text: showInvisibles(text), kind: 'text', title };
}

export interface RowCounts {
  /** Tokens that come from the text(s), after truncation. */
  textTokens: number;
  specialTokens: number;
  paddingTokens: number;
  cutTokens: number;
  /** Characters (Unicode code points) of the text(s). */
  characters: number;
  /** Characters per text token, before truncation; null without tokens. */
  charsPerToken: number | null;
}

export function rowCounts(row: EncodedRow, texts: readonly string[]): RowCounts {
  const count = (kind: PositionKind) => row.kinds.filter((k) => k === kind).length;
  const cutTokens = row.cut.first.ids.length + (row.cut.second?.ids.length ?? 0);
  const textTokens = count('text');
  const characters = texts.reduce((n, t) => n + [...t].length, 0);
  const all = textTokens + cutTokens;
  return {
    textTokens,
    specialTokens: count('special'),
    paddingTokens: count('padding'),
    cutTokens,
    characters,
    charsPerToken: all === 0 ? null : Math.round((characters / all) * 100) / 100,
  };
}

export interface LengthReport {
  length: number;
  modelMaxLength: number | null;
  /** length / model_max_length, or null when the model sets no limit. */
  fraction: number | null;
  over: boolean;
  label: string;
}

export function lengthVsModel(length: number, modelMaxLength: number | null): LengthReport {
  if (modelMaxLength === null) {
    return {
      length,
      modelMaxLength,
      fraction: null,
      over: false,
      label: `${length} tokens (no model_max_length set)`,
    };
  }
  return {
    length,
    modelMaxLength,
    fraction: length / modelMaxLength,
    over: length > modelMaxLength,
    label: `${length} / ${modelMaxLength} tokens`,
  };
}
