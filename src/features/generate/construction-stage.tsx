import { StageCard, type StageState } from '../../components/generation/stage-card.tsx';
import type { PromptConstruction } from '../../shared/protocol/index.ts';
import type { JobOfKind } from '../../store/apply-worker-event.ts';
import { RenderedPrompt } from './rendered-prompt.tsx';

function ChatConstruction({ c }: { c: PromptConstruction }) {
  const messages = c.messages ?? [];
  return (
    <>
      <p>
        The tokenizer’s chat template turned the messages into text, ending with the assistant’s turn opened (
        <code>add_generation_prompt=True</code>); it writes the special tokens itself, so the text is encoded
        with <code>add_special_tokens=False</code>.
      </p>
      <ol className="space-y-1" data-testid="generate-messages" aria-label="Messages">
        {messages.map((m, i) => (
          <li key={i} className="rounded bg-slate-50 px-2 py-1">
            <strong className="font-mono">{m.role}</strong>:{' '}
            <span className="whitespace-pre-wrap" dir="auto">
              {m.content}
            </span>
          </li>
        ))}
      </ol>
      {!messages.some((m) => m.role === 'system') && (
        <p className="text-slate-600">No system message given: the template may write its own default.</p>
      )}
      {c.template && (
        <details>
          <summary className="cursor-pointer">
            The template (Jinja, from the tokenizer’s chat_template)
          </summary>
          <pre className="mt-1 max-h-48 overflow-auto whitespace-pre-wrap rounded bg-slate-50 p-2 font-mono [overflow-wrap:anywhere]">
            {c.template}
          </pre>
        </details>
      )}
    </>
  );
}

/** Stage 2: how the text the tokenizer saw was built (chat template, or the raw prompt). */
export function ConstructionStage({ job, index }: { job: JobOfKind<'generate'>; index: number }) {
  const p = job.prompt;
  const c = p?.construction ?? null;
  const state: StageState = p ? 'done' : job.status === 'running' ? 'running' : 'waiting';
  const title = c?.mode === 'chat' ? 'Prompt construction: chat template' : 'Prompt construction';
  return (
    <StageCard index={index} title={title} state={state} testId="stage-prompt">
      {p && c && (
        <div
          className="space-y-2 text-xs"
          data-testid="generate-construction"
          data-value={JSON.stringify({
            mode: c.mode,
            messages: c.messages,
            hasTemplate: c.hasTemplate,
            addSpecialTokens: c.addSpecialTokens,
            prompt: p.prompt,
          })}
        >
          {c.mode === 'chat' ? (
            <ChatConstruction c={c} />
          ) : (
            <p>
              {c.hasTemplate
                ? 'The chat template is switched off: the prompt goes in as typed.'
                : 'This tokenizer has no chat template (a base model): the prompt goes in as typed.'}{' '}
              Encoded with <code>add_special_tokens={c.addSpecialTokens ? 'True' : 'False'}</code>.
            </p>
          )}
          <h4 className="font-semibold">The text given to the tokenizer</h4>
          <RenderedPrompt text={p.prompt} testId="generate-rendered-prompt" />
        </div>
      )}
    </StageCard>
  );
}
