interface Props {
  tokenized: { tokens: string[]; ids: number[]; attentionMask: number[] };
}

/** What the encoder received: token count and the first tokens with their ids. */
export function TokenizedInput({ tokenized }: Props) {
  const shown = tokenized.tokens.slice(0, 64);
  return (
    <details className="rounded border border-slate-200 bg-white p-3 text-sm">
      <summary className="cursor-pointer font-medium">
        Model input: {tokenized.ids.length} tokens (<code>input_ids</code>, <code>attention_mask</code>)
      </summary>
      <ol className="mt-2 flex flex-wrap gap-1 font-mono text-xs">
        {shown.map((token, i) => (
          <li key={i} className="rounded bg-slate-100 px-1" title={`id ${tokenized.ids[i]}`}>
            {token}
            <sub className="ml-0.5 text-slate-500">{tokenized.ids[i]}</sub>
          </li>
        ))}
        {tokenized.tokens.length > shown.length && <li>… {tokenized.tokens.length - shown.length} more</li>}
      </ol>
    </details>
  );
}
