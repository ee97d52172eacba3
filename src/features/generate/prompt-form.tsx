import { useId } from 'react';
import { useGenerate } from './generate-store.ts';
import { mayBeChatModel, paneBModel } from './generation-models.ts';

const FIELD = 'mt-1 block w-full resize-y rounded border border-slate-300 bg-white p-2 text-sm';

/** The prompt, and for chat models the chat-template switch and the system message. */
export function PromptForm() {
  const text = useGenerate((s) => s.text);
  const system = useGenerate((s) => s.system);
  const chat = useGenerate((s) => s.chat);
  const set = useGenerate((s) => s.set);
  const chatPossible = useGenerate(
    (s) => mayBeChatModel(s.model) || (s.compare && mayBeChatModel(paneBModel(s.model, s.modelB))),
  );
  const textId = useId();
  const systemId = useId();
  const asChat = chatPossible && chat;
  return (
    <div className="space-y-3">
      <div>
        <label htmlFor={textId} className="block text-sm font-medium">
          {asChat
            ? 'Your message (a chat model gets it inside its chat template; a base model as it is)'
            : 'Prompt (the model continues it)'}
        </label>
        <textarea
          id={textId}
          data-testid="generate-input"
          className={`${FIELD} h-28 font-serif`}
          value={text}
          onChange={(e) => set({ text: e.target.value })}
          placeholder={asChat ? 'What is a base model?' : 'Once upon a time'}
          dir="auto"
        />
      </div>
      {chatPossible && (
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            className="mt-1"
            data-testid="setting-chat"
            checked={chat}
            onChange={(e) => set({ chat: e.target.checked })}
          />
          <span>
            Apply the tokenizer’s chat template (where it has one); off: send the raw prompt, as to a base
            model
          </span>
        </label>
      )}
      {asChat && (
        <div>
          <label htmlFor={systemId} className="block text-sm font-medium">
            System message
          </label>
          <textarea
            id={systemId}
            data-testid="generate-system"
            className={`${FIELD} h-16`}
            value={system}
            onChange={(e) => set({ system: e.target.value })}
            placeholder="Empty: none; the template may write its own default"
            aria-describedby={`${systemId}-help`}
            dir="auto"
          />
          <p id={`${systemId}-help`} className="mt-1 text-xs text-slate-600">
            Sent as the first message, <code>{'{"role": "system", …}'}</code>, to models with a chat template.
          </p>
        </div>
      )}
    </div>
  );
}
