import { useState, type ReactNode } from 'react';
import { useAppStore } from '../../lib/app-context.tsx';
import { DownloadProgress } from '../../components/download-progress.tsx';
import { JobError } from '../../components/job-error.tsx';
import { JobNotices } from '../../components/job-notices.tsx';
import { formatMs } from '../../shared/format.ts';
import type { SpecialToken } from '../../shared/tokenization/types.ts';
import { CodePanel } from './code-panel.tsx';
import { ComparePanel } from './compare-panel.tsx';
import { CountsPanel } from './counts-panel.tsx';
import { DecodePanel } from './decode-panel.tsx';
import { SettingsPanel } from './settings-panel.tsx';
import { SpanPreview } from './span-preview.tsx';
import { TextsInput } from './texts-input.tsx';
import type { ChipFocus } from './token-chip.tsx';
import { TokenChips } from './token-chips.tsx';
import { TensorView } from './tensor-view.tsx';
import { TokenizerPicker } from './tokenizer-picker.tsx';
import { useLabRunner, useShownLabJob } from './use-lab-runner.ts';
import { useChosenModel } from '../../lib/use-chosen-model.ts';
import { VIEW_ID } from './lab-store.ts';
import { useLab } from './lab-store.ts';

const NO_SPECIALS: readonly SpecialToken[] = [];

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-2 rounded border border-slate-200 bg-white p-3">
      <h3 className="text-sm font-semibold">{title}</h3>
      {children}
    </section>
  );
}

/** The Tokenizer lab: exactly what a model receives, as Python's `tokenizer(...)` returns it. */
export function TokenizerView() {
  useLabRunner();
  const labModel = useLab((s) => s.model);
  const labLocation = useLab((s) => s.location);
  useChosenModel(VIEW_ID, {
    label: 'Tokenizer lab',
    model: labModel,
    location: labLocation,
    kind: 'tokenizer',
  });
  const { job, updating } = useShownLabJob();
  const lab = useLab((s) => s);
  const summarizerModel = useAppStore((s) => s.chosenModels['summarize']?.model ?? null);
  const [focus, setFocus] = useState<ChipFocus | null>(null);
  const result = job?.result?.kind === 'tokenize' ? job.result : null;
  const outcome = result?.outcome;
  const issue = outcome && !outcome.ok ? outcome.error : null;
  const warnings = outcome ? (outcome.ok ? outcome.batch.warnings : outcome.warnings) : [];
  const allEmpty = lab.texts.every((t) => t === '') && (lab.pairs ?? []).every((t) => t === '');
  return (
    <div className="grid gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
      <section aria-labelledby="lab-input-heading" className="space-y-4">
        <h2 id="lab-input-heading" className="text-lg font-semibold">
          Tokenizer lab
        </h2>
        <TokenizerPicker />
        <TextsInput />
        <SettingsPanel
          modelMaxLength={result?.facts.modelMaxLength ?? null}
          defaultSide={result?.facts.paddingSide ?? 'right'}
          ownPad={result?.facts.padToken ?? null}
          specialTokens={result?.facts.specialTokens ?? NO_SPECIALS}
        />
      </section>
      <section aria-labelledby="lab-output-heading" className="space-y-4" aria-busy={updating}>
        <h2 id="lab-output-heading" className="flex items-baseline gap-2 text-lg font-semibold">
          What the model receives
          <span
            role="status"
            data-testid="lab-timing"
            data-value={result ? JSON.stringify({ jobId: job?.id, ...result.timings }) : ''}
            className="text-xs font-normal text-slate-600"
          >
            {updating ? 'Updating…' : result ? `encoded in ${formatMs(result.timings.encodeMs)}` : ''}
          </span>
        </h2>
        {job?.error && <JobError error={job.error} />}
        {issue && <JobError error={{ code: 'invalid-settings', message: issue.message, retryable: false }} />}
        {job && <JobNotices notices={job.notices} />}
        {job?.download && job.stage === 'loading' && <DownloadProgress download={job.download} />}
        {allEmpty && (
          <p className="text-sm text-slate-700">
            The text is empty: the model would receive only the special tokens.
          </p>
        )}
        {warnings.length > 0 && (
          <ul
            data-testid="tokenizer-warnings"
            className="space-y-1 rounded border-l-4 border-amber-500 bg-amber-50 p-2 text-sm text-amber-950"
          >
            {warnings.map((w, i) => (
              <li key={i}>
                <span aria-hidden="true">⚠ </span>
                {w.message}
              </li>
            ))}
          </ul>
        )}
        {result && outcome?.ok && (
          <>
            <Section title="Tokens">
              <SpanPreview focus={focus} texts={lab.texts} pairs={lab.pairs} />
              {outcome.batch.rows.map((row, i) => (
                <TokenChips
                  key={i}
                  row={row}
                  rowIndex={i}
                  pieces={result.facts.pieces}
                  onFocusSpan={setFocus}
                />
              ))}
              <p className="text-xs text-slate-600">
                Special tokens are blue and bold, padding grey and italic, raw bytes dashed violet, and tokens
                cut by truncation struck through in red. ␣ is a space, ↵ a newline.
              </p>
            </Section>
            <Section title="Tensors">
              <TensorView batch={outcome.batch} />
            </Section>
            <Section title="Counts">
              <CountsPanel
                batch={outcome.batch}
                texts={lab.texts}
                pairs={lab.pairs}
                summarizerModel={lab.model === summarizerModel}
              />
            </Section>
            <Section title="Decode round trip">
              <DecodePanel decoded={result.decoded} />
            </Section>
            <Section title="Copy as code">
              <CodePanel
                model={lab.model}
                location={lab.location}
                texts={lab.texts}
                pairs={lab.pairs}
                settings={lab.settings}
                facts={result.facts}
              />
            </Section>
          </>
        )}
        <Section title="Compare tokenizers">
          <ComparePanel />
        </Section>
      </section>
    </div>
  );
}
