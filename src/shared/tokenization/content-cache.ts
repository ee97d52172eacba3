/**
 * Remembers the content encodings of recent texts. In the lab most runs change a setting, not
 * the text, and the library's encoding is the expensive part (hundreds of milliseconds for a
 * long article with a SentencePiece BPE tokenizer), while applying settings is cheap.
 */
import type { ContentEncoding, RawTokenizer } from './types.ts';

export function withContentCache(raw: RawTokenizer, capacity = 16): RawTokenizer {
  const cache = new Map<string, ContentEncoding>();
  // Fields are copied explicitly: spreading would lose getters of a class-based tokenizer.
  return {
    decode: (ids, options) => raw.decode(ids, options),
    idToToken: (id) => raw.idToToken(id),
    tokenToId: (token) => raw.tokenToId(token),
    template: raw.template,
    pieces: raw.pieces,
    padToken: raw.padToken,
    padTokenId: raw.padTokenId,
    unknownTokenId: raw.unknownTokenId,
    modelMaxLength: raw.modelMaxLength,
    paddingSide: raw.paddingSide,
    returnsTokenTypeIds: raw.returnsTokenTypeIds,
    specialIds: raw.specialIds,
    roles: raw.roles,
    addedTokenIds: raw.addedTokenIds,
    chat: raw.chat,
    encodeContent(text) {
      const hit = cache.get(text);
      if (hit !== undefined) {
        // Map keeps insertion order: re-insert to mark as most recently used.
        cache.delete(text);
        cache.set(text, hit);
        return { ids: [...hit.ids], tokens: [...hit.tokens] };
      }
      const encoded = raw.encodeContent(text);
      cache.set(text, { ids: [...encoded.ids], tokens: [...encoded.tokens] });
      const oldest = cache.keys().next();
      if (cache.size > capacity && oldest.done !== true) cache.delete(oldest.value);
      return encoded;
    },
  };
}
