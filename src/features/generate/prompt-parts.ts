/**
 * The text given to the tokenizer, cut into plain text, special-token markup and line breaks, so
 * the prompt-construction stage can show what a chat template wrote. Special tokens are known by
 * their usual spellings (`<|im_start|>`, `<|eot_id|>`, `<s>`, `[INST]`, …); the tokenizer stage
 * shows the ids they became.
 */
export type PromptPart = { kind: 'text' | 'special'; text: string } | { kind: 'newline' };

const SPECIAL =
  /<\|[^<>|\s]{1,40}\|>|<\/?s>|<(?:bos|eos|pad|unk|start_of_turn|end_of_turn)>|\[\/?INST\]|<<\/?SYS>>/g;

export function promptParts(text: string): PromptPart[] {
  const out: PromptPart[] = [];
  const plain = (s: string) => {
    s.split('\n').forEach((line, i) => {
      if (i > 0) out.push({ kind: 'newline' });
      if (line !== '') out.push({ kind: 'text', text: line });
    });
  };
  let at = 0;
  for (const match of text.matchAll(SPECIAL)) {
    plain(text.slice(at, match.index));
    out.push({ kind: 'special', text: match[0] });
    at = match.index + match[0].length;
  }
  plain(text.slice(at));
  return out;
}
