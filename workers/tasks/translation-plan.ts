/**
 * How a translation job becomes a seq2seq run, by the kind of model (pure, no model runs):
 * - multilingual (its tokenizer has language tokens, NLLB/M2M100): the source language token
 *   before the text, the target language forced as the first generated token, as Python's
 *   `NllbTokenizer(src_lang=…)` and `generate(forced_bos_token_id=…)` do;
 * - instruction model (T5: `task_specific_params.translation_<src>_to_<tgt>`): that entry's
 *   prefix and generation settings, like Python's `pipeline("translation_en_to_ro")`;
 * - pair model (opus-mt): the text as it is.
 */
import type { TranslateJob } from '../../src/shared/protocol/index.ts';
import { instructionFor, languageCodes, translationPairs } from '../../src/shared/translation/languages.ts';
import { JobFailure } from '../error-classifier.ts';
import type { Seq2SeqBundle } from '../runtime/runtime-types.ts';

export interface TranslationPlan {
  /** task_specific_params entry whose settings apply (`translation_en_to_ro`), or the plain task. */
  task: string;
  taskParams: string | null;
  prefix: string;
  frame?: { before: number[]; after: number[] };
  forcedBos?: number;
  languages: { src: { code: string; id: number } | null; tgt: { code: string; id: number } } | null;
  /** Something the person should know that does not stop the run. */
  notice?: string;
}

function invalid(message: string): JobFailure {
  return new JobFailure({ code: 'invalid-settings', message, retryable: false });
}

function listed(codes: readonly string[]): string {
  const shown = codes.slice(0, 12).join(', ');
  return codes.length > 12 ? `${shown}… (${codes.length} in all)` : shown;
}

export function planTranslation(job: TranslateJob, bundle: Seq2SeqBundle): TranslationPlan {
  const raw = bundle.tokenizer.raw;
  const specials = [...raw.specialIds].sort((a, b) => a - b).flatMap((id) => raw.idToToken(id) ?? []);
  const codes = languageCodes(specials);
  if (codes.length > 0) return planMultilingual(job, raw, codes);

  const pairs = translationPairs(bundle.config);
  if (pairs.length > 0 && (job.srcLang || job.tgtLang)) {
    const src = job.srcLang ?? 'en';
    const tgt = job.tgtLang ?? '';
    const pair = pairs.find((p) => p.src === src && p.tgt === tgt);
    const trained = pairs.map((p) => `${p.src}→${p.tgt}`).join(', ');
    if (pair)
      return {
        task: pair.key,
        taskParams: pair.key,
        prefix: job.prefix ?? pair.prefix ?? '',
        languages: null,
      };
    if (job.prefix === undefined) {
      throw invalid(
        `"${job.model}" was trained to translate ${trained} only (its task_specific_params have no translation_${src}_to_${tgt}). Write an instruction to try ${src}→${tgt} anyway, for example "${instructionFor(src, tgt)}".`,
      );
    }
    return {
      task: 'translation',
      taskParams: null,
      prefix: job.prefix,
      languages: null,
      notice: `"${job.model}" was not trained on ${src}→${tgt} (only ${trained}): expect a poor translation.`,
    };
  }
  return { task: 'translation', taskParams: null, prefix: job.prefix ?? '', languages: null };
}

function planMultilingual(
  job: TranslateJob,
  raw: Seq2SeqBundle['tokenizer']['raw'],
  codes: readonly string[],
): TranslationPlan {
  const idOf = (code: string, role: 'source' | 'target') => {
    const id = codes.includes(code) ? raw.tokenToId(code) : null;
    if (id === null) {
      throw invalid(
        `The tokenizer of "${job.model}" has no ${role} language code "${code}". It knows: ${listed(codes)}.`,
      );
    }
    return id;
  };
  if (!job.tgtLang) {
    throw invalid(
      `"${job.model}" is multilingual: choose a target language (tgt_lang), one of ${listed(codes)}.`,
    );
  }
  const tgt = { code: job.tgtLang, id: idOf(job.tgtLang, 'target') };
  const src = job.srcLang ? { code: job.srcLang, id: idOf(job.srcLang, 'source') } : null;
  const eos = raw.roles.eos_token === undefined ? null : raw.tokenToId(raw.roles.eos_token);
  return {
    task: 'translation',
    taskParams: null,
    prefix: job.prefix ?? '',
    // Without a source language the tokenizer's own template applies (NLLB's default eng_Latn).
    ...(src ? { frame: { before: [src.id], after: eos === null ? [] : [eos] } } : {}),
    forcedBos: tgt.id,
    languages: { src, tgt },
  };
}
