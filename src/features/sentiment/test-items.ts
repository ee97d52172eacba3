/** Classified texts for the unit tests of this folder. */
import type { ClassifiedText } from '../../shared/protocol/index.ts';

export function classified(
  line: number,
  text: string,
  labels: Array<[string, number]>,
  logits: number[] = [0, 0],
): ClassifiedText {
  return {
    kind: 'sentiment',
    line,
    text,
    tokens: ['[CLS]', text, '[SEP]'],
    ids: [101, 7, 102],
    truncated: 0,
    logits,
    labels: labels.map(([label, score]) => ({ label, score })),
  };
}
