import type { ReactNode } from 'react';
import type { GenerationOutput } from '../../shared/protocol/index.ts';
import { StageCard } from './stage-card.tsx';

interface Props {
  result: GenerationOutput | null;
  /** The stage's number in its pipeline (5 in a seq2seq one). */
  index?: number;
  /** What a task adds after the decoded text (Generate: why the generation stopped). */
  children?: ReactNode;
}

/** ids → text, shown with and without the special tokens that `skip_special_tokens` drops. */
export function DecodeStage({ result, index = 5, children }: Props) {
  return (
    <StageCard
      index={index}
      title="Decode (skip_special_tokens)"
      state={result ? 'done' : 'waiting'}
      ms={result?.timings.decodeMs ?? null}
      testId="stage-decode"
    >
      {result && (
        <dl className="grid grid-cols-[auto_1fr] gap-x-2 gap-y-1 text-xs">
          <dt className="font-semibold">ids</dt>
          <dd className="font-mono break-all">[{result.tokenIds.join(', ')}]</dd>
          <dt className="font-semibold">raw</dt>
          <dd className="font-mono break-words" dir="auto">
            {result.rawText}
          </dd>
          <dt className="font-semibold">text</dt>
          <dd className="font-serif" dir="auto">
            {result.text}
          </dd>
        </dl>
      )}
      {result && children}
    </StageCard>
  );
}
