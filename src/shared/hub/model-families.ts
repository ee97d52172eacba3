/**
 * The famous model families a person choosing a model should know, with their sizes, which are
 * fine-tuned (and from what), their licenses and which have a public ONNX conversion that
 * transformers.js loads in a browser. The course's advice reads off the table: start with a small
 * member, and prefer a fine-tuned one that matches the task (Dolly is a fine-tuned Pythia).
 *
 * Every fact is meant to be checked against the source named above each family. Parameter counts
 * are the published ones (model card or paper), rounded as published. `browser.dtypes` is what
 * such conversions typically ship, not a reading of the repo: the Hub model page, which reads the
 * repo's real tree, is the authority on which ONNX files exist.
 */
import { DTYPES, type Dtype } from '../model-files/dtypes.ts';

export type Architecture = 'encoder-decoder' | 'decoder-only' | 'encoder-only';

/** `distilled`: a smaller model trained to imitate `baseId` (DistilBERT, distilgpt2, DistilBART). */
export type MemberKind = 'base' | 'fine-tuned' | 'distilled';

export type TunedFor = 'summarization' | 'sentiment' | 'instructions' | 'chat' | 'natural-language-inference';

export interface BrowserBuild {
  /** The repo with `onnx/<session><suffix>.onnx` files (Xenova/*, onnx-community/*, or the model's own). */
  id: string;
  dtypes: readonly Dtype[];
}

export interface FamilyMember {
  /** The canonical Hub id, `org/name`. */
  id: string;
  /** The size as the name says it ("70M", "7B"). */
  size: string;
  parameters: number;
  kind: MemberKind;
  /** The Hub id it was fine-tuned or distilled from. */
  baseId?: string;
  tunedFor?: TunedFor;
  /** The Hub's `pipeline_tag` for the model. */
  task: string;
  /** Where it differs from the family's: the card's `license` id, null when the card declares none. */
  license?: string | null;
  /** The id before the Hub moved it under an organisation (`gpt2` → `openai-community/gpt2`). */
  legacyId?: string;
  browser?: BrowserBuild;
}

export interface ModelFamily {
  id: string;
  name: string;
  organisation: string;
  summary: string;
  architecture: Architecture;
  /** The Hub license id of its members (a member may override it). */
  license: string;
  /** Smallest first. */
  members: readonly FamilyMember[];
}

/** Xenova's and onnx-community's conversions usually ship every transformers.js dtype. */
const onnx = (id: string): BrowserBuild => ({ id, dtypes: DTYPES });

type Extra = Partial<Pick<FamilyMember, 'tunedFor' | 'license' | 'legacyId' | 'browser'>>;

const base = (
  id: string,
  size: string,
  parameters: number,
  task: string,
  extra: Extra = {},
): FamilyMember => ({
  id,
  size,
  parameters,
  kind: 'base',
  task,
  ...extra,
});

/** Fine-tuned from `baseId` for `tunedFor`. */
const tuned = (
  id: string,
  size: string,
  parameters: number,
  task: string,
  extra: Extra & { baseId: string; tunedFor: TunedFor },
): FamilyMember => ({ id, size, parameters, kind: 'fine-tuned', task, ...extra });

/** Trained to imitate `baseId`, smaller. */
const distilled = (
  id: string,
  size: string,
  parameters: number,
  task: string,
  extra: Extra & { baseId: string },
): FamilyMember => ({ id, size, parameters, kind: 'distilled', task, ...extra });

const GEN = 'text-generation';

export const MODEL_FAMILIES: readonly ModelFamily[] = [
  // Biderman et al. 2023, "Pythia" (arXiv:2304.01373); the EleutherAI/pythia-* cards.
  {
    id: 'pythia',
    name: 'Pythia',
    organisation: 'EleutherAI',
    summary:
      'GPT-NeoX models in eight sizes, 70M to 12B, all trained on the same data (the Pile) in the same order, for research into how models learn. Good bases to fine-tune; they continue text and do not follow instructions.',
    architecture: 'decoder-only',
    license: 'apache-2.0',
    members: [
      base('EleutherAI/pythia-70m', '70M', 70e6, GEN),
      base('EleutherAI/pythia-160m', '160M', 160e6, GEN),
      base('EleutherAI/pythia-410m', '410M', 410e6, GEN),
      base('EleutherAI/pythia-1b', '1B', 1.0e9, GEN),
      base('EleutherAI/pythia-1.4b', '1.4B', 1.4e9, GEN),
      base('EleutherAI/pythia-2.8b', '2.8B', 2.8e9, GEN),
      base('EleutherAI/pythia-6.9b', '6.9B', 6.9e9, GEN),
      base('EleutherAI/pythia-12b', '12B', 12e9, GEN),
    ],
  },
  // The databricks/dolly-v2-{3b,7b,12b} cards: "derived from EleutherAI's pythia-2.8b / 6.9b / 12b".
  {
    id: 'dolly',
    name: 'Dolly',
    organisation: 'Databricks',
    summary:
      'Pythia models fine-tuned on databricks-dolly-15k, 15,000 instructions written by Databricks employees. An early openly licensed instruction follower; today’s small instruct models do better.',
    architecture: 'decoder-only',
    license: 'mit',
    members: [
      tuned('databricks/dolly-v2-3b', '3B', 2.8e9, GEN, {
        baseId: 'EleutherAI/pythia-2.8b',
        tunedFor: 'instructions',
      }),
      tuned('databricks/dolly-v2-7b', '7B', 6.9e9, GEN, {
        baseId: 'EleutherAI/pythia-6.9b',
        tunedFor: 'instructions',
      }),
      tuned('databricks/dolly-v2-12b', '12B', 12e9, GEN, {
        baseId: 'EleutherAI/pythia-12b',
        tunedFor: 'instructions',
      }),
    ],
  },
  // Raffel et al. 2020, "Exploring the Limits of Transfer Learning…" (arXiv:1910.10683); google-t5 cards.
  {
    id: 't5',
    name: 'T5',
    organisation: 'Google',
    summary:
      'The text-to-text Transformer: every task is text in, text out, chosen by a prefix such as “summarize:” or “translate English to German:”. Pre-trained on C4 mixed with supervised tasks, so the originals already translate and summarize a little.',
    architecture: 'encoder-decoder',
    license: 'apache-2.0',
    members: [
      base('google-t5/t5-small', '60M', 60e6, 'translation', {
        legacyId: 't5-small',
        browser: onnx('Xenova/t5-small'),
      }),
      base('google-t5/t5-base', '220M', 220e6, 'translation', {
        legacyId: 't5-base',
        browser: onnx('Xenova/t5-base'),
      }),
      base('google-t5/t5-large', '770M', 770e6, 'translation', { legacyId: 't5-large' }),
      base('google-t5/t5-3b', '3B', 3e9, 'translation', { legacyId: 't5-3b' }),
      base('google-t5/t5-11b', '11B', 11e9, 'translation', { legacyId: 't5-11b' }),
    ],
  },
  // Chung et al. 2022, "Scaling Instruction-Finetuned Language Models" (arXiv:2210.11416); google/flan-t5-*
  // cards. Flan-T5 is T5 v1.1 (GeGLU, untied embeddings: hence 77M, not 60M), fine-tuned from the
  // LM-adapted v1.1 checkpoints (t5x docs/models.md: Flan-T5 uses the t5_1_1 configs, and its
  // checkpoints continue from the LM-100K checkpoints' step 1,100,000).
  {
    id: 'flan-t5',
    name: 'Flan-T5',
    organisation: 'Google',
    summary:
      'T5 (version 1.1) fine-tuned on more than 1,000 tasks phrased as instructions. It follows plain instructions (“Summarize: …”, “Translate to German: …”) far better than T5 of the same size: a good first choice among small models.',
    architecture: 'encoder-decoder',
    license: 'apache-2.0',
    members: [
      tuned('google/flan-t5-small', '77M', 77e6, 'text2text-generation', {
        baseId: 'google/t5-small-lm-adapt',
        tunedFor: 'instructions',
        browser: onnx('Xenova/flan-t5-small'),
      }),
      tuned('google/flan-t5-base', '248M', 248e6, 'text2text-generation', {
        baseId: 'google/t5-base-lm-adapt',
        tunedFor: 'instructions',
        browser: onnx('Xenova/flan-t5-base'),
      }),
      tuned('google/flan-t5-large', '783M', 783e6, 'text2text-generation', {
        baseId: 'google/t5-large-lm-adapt',
        tunedFor: 'instructions',
        browser: onnx('Xenova/flan-t5-large'),
      }),
      tuned('google/flan-t5-xl', '2.85B', 2.85e9, 'text2text-generation', {
        baseId: 'google/t5-xl-lm-adapt',
        tunedFor: 'instructions',
      }),
      tuned('google/flan-t5-xxl', '11.3B', 11.3e9, 'text2text-generation', {
        baseId: 'google/t5-xxl-lm-adapt',
        tunedFor: 'instructions',
      }),
    ],
  },
  // Lewis et al. 2019, "BART" (arXiv:1910.13461); Shleifer & Rush 2020, "Pre-trained Summarization
  // Distillation" (arXiv:2010.13002); the facebook/bart-* and sshleifer/distilbart-cnn-* cards.
  {
    id: 'bart',
    name: 'BART',
    organisation: 'Meta (Facebook AI)',
    summary:
      'A denoising sequence-to-sequence model: a BERT-like encoder and a GPT-like decoder. The base models are meant to be fine-tuned; bart-large-cnn and its distilled versions summarize news, bart-large-mnli classifies zero-shot.',
    architecture: 'encoder-decoder',
    license: 'apache-2.0',
    members: [
      base('facebook/bart-base', '139M', 139e6, 'feature-extraction'),
      distilled('sshleifer/distilbart-cnn-6-6', '230M', 230e6, 'summarization', {
        baseId: 'facebook/bart-large-cnn',
        tunedFor: 'summarization',
        browser: onnx('Xenova/distilbart-cnn-6-6'),
      }),
      distilled('sshleifer/distilbart-cnn-12-6', '306M', 306e6, 'summarization', {
        baseId: 'facebook/bart-large-cnn',
        tunedFor: 'summarization',
        browser: onnx('Xenova/distilbart-cnn-12-6'),
      }),
      base('facebook/bart-large', '406M', 406e6, 'feature-extraction'),
      tuned('facebook/bart-large-cnn', '406M', 406e6, 'summarization', {
        baseId: 'facebook/bart-large',
        tunedFor: 'summarization',
        license: 'mit',
        browser: onnx('Xenova/bart-large-cnn'),
      }),
      tuned('facebook/bart-large-mnli', '407M', 407e6, 'zero-shot-classification', {
        baseId: 'facebook/bart-large',
        tunedFor: 'natural-language-inference',
        license: 'mit',
        browser: onnx('Xenova/bart-large-mnli'),
      }),
    ],
  },
  // Radford et al. 2019, "Language Models are Unsupervised Multitask Learners"; the
  // openai-community/gpt2* cards; the distilbert/distilgpt2 card ("82 million parameters").
  {
    id: 'gpt2',
    name: 'GPT-2',
    organisation: 'OpenAI',
    summary:
      'The 2019 decoder-only language model, trained on WebText to predict the next token. It continues text and does not follow instructions; distilgpt2 is a smaller model distilled from gpt2.',
    architecture: 'decoder-only',
    license: 'mit',
    members: [
      distilled('distilbert/distilgpt2', '82M', 82e6, GEN, {
        baseId: 'openai-community/gpt2',
        legacyId: 'distilgpt2',
        license: 'apache-2.0',
        browser: onnx('Xenova/distilgpt2'),
      }),
      base('openai-community/gpt2', '124M', 124e6, GEN, { legacyId: 'gpt2', browser: onnx('Xenova/gpt2') }),
      base('openai-community/gpt2-medium', '355M', 355e6, GEN, { legacyId: 'gpt2-medium' }),
      base('openai-community/gpt2-large', '774M', 774e6, GEN, { legacyId: 'gpt2-large' }),
      base('openai-community/gpt2-xl', '1.5B', 1.5e9, GEN, { legacyId: 'gpt2-xl' }),
    ],
  },
  // Devlin et al. 2018, "BERT" (arXiv:1810.04805); Sanh et al. 2019, "DistilBERT" (arXiv:1910.01108);
  // the google-bert, distilbert and typeform/distilbert-base-uncased-mnli cards (the last declares no license).
  {
    id: 'bert',
    name: 'BERT / DistilBERT',
    organisation: 'Google; Hugging Face (DistilBERT)',
    summary:
      'An encoder that reads the whole sentence at once: it fills in masked words and, once fine-tuned, classifies. DistilBERT is 40% smaller and 60% faster (its paper); its sst-2 and mnli fine-tunes do sentiment and zero-shot classification.',
    architecture: 'encoder-only',
    license: 'apache-2.0',
    members: [
      distilled('distilbert/distilbert-base-uncased', '66M', 66e6, 'fill-mask', {
        baseId: 'google-bert/bert-base-uncased',
        legacyId: 'distilbert-base-uncased',
        browser: onnx('Xenova/distilbert-base-uncased'),
      }),
      tuned(
        'distilbert/distilbert-base-uncased-finetuned-sst-2-english',
        '67M',
        67e6,
        'text-classification',
        {
          baseId: 'distilbert/distilbert-base-uncased',
          tunedFor: 'sentiment',
          legacyId: 'distilbert-base-uncased-finetuned-sst-2-english',
          browser: onnx('Xenova/distilbert-base-uncased-finetuned-sst-2-english'),
        },
      ),
      tuned('typeform/distilbert-base-uncased-mnli', '67M', 67e6, 'zero-shot-classification', {
        baseId: 'distilbert/distilbert-base-uncased',
        tunedFor: 'natural-language-inference',
        license: null,
        browser: onnx('Xenova/distilbert-base-uncased-mnli'),
      }),
      base('google-bert/bert-base-uncased', '110M', 110e6, 'fill-mask', {
        legacyId: 'bert-base-uncased',
        browser: onnx('Xenova/bert-base-uncased'),
      }),
      base('google-bert/bert-large-uncased', '340M', 340e6, 'fill-mask', { legacyId: 'bert-large-uncased' }),
    ],
  },
  // Touvron et al. 2023, "Llama 2" (arXiv:2307.09288); the meta-llama/Llama-2-* cards (gated).
  {
    id: 'llama-2',
    name: 'Llama 2',
    organisation: 'Meta',
    summary:
      'Meta’s 2023 open-weight models, 7B to 70B, with -chat versions fine-tuned for dialogue. Gated on the Hub (accept Meta’s license first), and too large for a browser tab.',
    architecture: 'decoder-only',
    license: 'llama2',
    members: [
      base('meta-llama/Llama-2-7b-hf', '7B', 6.74e9, GEN),
      tuned('meta-llama/Llama-2-7b-chat-hf', '7B', 6.74e9, GEN, {
        baseId: 'meta-llama/Llama-2-7b-hf',
        tunedFor: 'chat',
      }),
      base('meta-llama/Llama-2-13b-hf', '13B', 13.0e9, GEN),
      tuned('meta-llama/Llama-2-13b-chat-hf', '13B', 13.0e9, GEN, {
        baseId: 'meta-llama/Llama-2-13b-hf',
        tunedFor: 'chat',
      }),
      base('meta-llama/Llama-2-70b-hf', '70B', 69.0e9, GEN),
      tuned('meta-llama/Llama-2-70b-chat-hf', '70B', 69.0e9, GEN, {
        baseId: 'meta-llama/Llama-2-70b-hf',
        tunedFor: 'chat',
      }),
    ],
  },
  // The meta-llama/Llama-3.2-1B and -3B cards (gated): 1.23B and 3.21B; the Hub counts 1.24B for 1B
  // (1,235,814,400 from its config: tied embeddings).
  {
    id: 'llama-3.2',
    name: 'Llama 3.2',
    organisation: 'Meta',
    summary:
      'Meta’s small 2024 Llamas, 1B and 3B, made for phones and laptops, with Instruct versions for chat. Gated on the Hub; the 1B Instruct runs in a browser as an ONNX conversion.',
    architecture: 'decoder-only',
    license: 'llama3.2',
    members: [
      base('meta-llama/Llama-3.2-1B', '1B', 1.24e9, GEN),
      tuned('meta-llama/Llama-3.2-1B-Instruct', '1B', 1.24e9, GEN, {
        baseId: 'meta-llama/Llama-3.2-1B',
        tunedFor: 'instructions',
        browser: onnx('onnx-community/Llama-3.2-1B-Instruct'),
      }),
      base('meta-llama/Llama-3.2-3B', '3B', 3.21e9, GEN),
      tuned('meta-llama/Llama-3.2-3B-Instruct', '3B', 3.21e9, GEN, {
        baseId: 'meta-llama/Llama-3.2-3B',
        tunedFor: 'instructions',
      }),
    ],
  },
  // Zhang et al. 2024, "TinyLlama" (arXiv:2401.02385); the TinyLlama/TinyLlama-1.1B-Chat-v1.0 card
  // ("finetuned on top of TinyLlama-1.1B-intermediate-step-1431k-3T").
  {
    id: 'tinyllama',
    name: 'TinyLlama',
    organisation: 'TinyLlama project',
    summary:
      'A 1.1B model with Llama 2’s architecture and tokenizer, trained on 3 trillion tokens by an independent team, not Meta; the Chat version is fine-tuned for dialogue. Apache-2.0, unlike Meta’s Llamas.',
    architecture: 'decoder-only',
    license: 'apache-2.0',
    members: [
      base('TinyLlama/TinyLlama-1.1B-intermediate-step-1431k-3T', '1.1B', 1.1e9, GEN),
      tuned('TinyLlama/TinyLlama-1.1B-Chat-v1.0', '1.1B', 1.1e9, GEN, {
        baseId: 'TinyLlama/TinyLlama-1.1B-intermediate-step-1431k-3T',
        tunedFor: 'chat',
        browser: onnx('Xenova/TinyLlama-1.1B-Chat-v1.0'),
      }),
    ],
  },
  // Jiang et al. 2023, "Mistral 7B" (arXiv:2310.06825); the mistralai/Mistral-7B-* cards (7.24B on the Hub).
  {
    id: 'mistral',
    name: 'Mistral',
    organisation: 'Mistral AI',
    summary:
      'A 7B model (2023) that its paper reports beating Llama 2 13B on every benchmark tested; Instruct is fine-tuned to follow instructions. Apache-2.0, but too large for a browser tab.',
    architecture: 'decoder-only',
    license: 'apache-2.0',
    members: [
      base('mistralai/Mistral-7B-v0.1', '7B', 7.24e9, GEN),
      tuned('mistralai/Mistral-7B-Instruct-v0.1', '7B', 7.24e9, GEN, {
        baseId: 'mistralai/Mistral-7B-v0.1',
        tunedFor: 'instructions',
      }),
    ],
  },
  // Qwen Team 2024, "Qwen2.5 Technical Report" (arXiv:2412.15115); the Qwen/Qwen2.5-* cards (0.49B,
  // 1.54B, 7.61B). Only the Apache-2.0 sizes: 3B and 72B have licenses of their own.
  {
    id: 'qwen2.5',
    name: 'Qwen2.5',
    organisation: 'Alibaba (Qwen)',
    summary:
      'Alibaba’s 2024 models, multilingual and strong at code and maths for their size, with Instruct versions for chat. The 0.5B Instruct runs in a browser.',
    architecture: 'decoder-only',
    license: 'apache-2.0',
    members: [
      base('Qwen/Qwen2.5-0.5B', '0.5B', 0.49e9, GEN),
      tuned('Qwen/Qwen2.5-0.5B-Instruct', '0.5B', 0.49e9, GEN, {
        baseId: 'Qwen/Qwen2.5-0.5B',
        tunedFor: 'instructions',
        browser: onnx('onnx-community/Qwen2.5-0.5B-Instruct'),
      }),
      base('Qwen/Qwen2.5-1.5B', '1.5B', 1.54e9, GEN),
      tuned('Qwen/Qwen2.5-1.5B-Instruct', '1.5B', 1.54e9, GEN, {
        baseId: 'Qwen/Qwen2.5-1.5B',
        tunedFor: 'instructions',
      }),
      base('Qwen/Qwen2.5-7B', '7B', 7.61e9, GEN),
      tuned('Qwen/Qwen2.5-7B-Instruct', '7B', 7.61e9, GEN, {
        baseId: 'Qwen/Qwen2.5-7B',
        tunedFor: 'instructions',
      }),
    ],
  },
  // Allal et al. 2025, "SmolLM2" (arXiv:2502.02737); the HuggingFaceTB/SmolLM2-* cards.
  {
    id: 'smollm2',
    name: 'SmolLM2',
    organisation: 'Hugging Face',
    summary:
      'Small models (135M, 360M, 1.7B) trained on curated web, code and maths data to run on device, with Instruct versions for chat. The repos ship their own ONNX files.',
    architecture: 'decoder-only',
    license: 'apache-2.0',
    members: [
      base('HuggingFaceTB/SmolLM2-135M', '135M', 135e6, GEN),
      tuned('HuggingFaceTB/SmolLM2-135M-Instruct', '135M', 135e6, GEN, {
        baseId: 'HuggingFaceTB/SmolLM2-135M',
        tunedFor: 'instructions',
        browser: onnx('HuggingFaceTB/SmolLM2-135M-Instruct'),
      }),
      base('HuggingFaceTB/SmolLM2-360M', '360M', 360e6, GEN),
      tuned('HuggingFaceTB/SmolLM2-360M-Instruct', '360M', 360e6, GEN, {
        baseId: 'HuggingFaceTB/SmolLM2-360M',
        tunedFor: 'instructions',
      }),
      base('HuggingFaceTB/SmolLM2-1.7B', '1.7B', 1.7e9, GEN),
      tuned('HuggingFaceTB/SmolLM2-1.7B-Instruct', '1.7B', 1.7e9, GEN, {
        baseId: 'HuggingFaceTB/SmolLM2-1.7B',
        tunedFor: 'instructions',
      }),
    ],
  },
  // Tiedemann & Thottingal 2020, "OPUS-MT" (EAMT 2020); the Helsinki-NLP/opus-mt-en-de card.
  {
    id: 'opus-mt',
    name: 'Marian / OPUS-MT',
    organisation: 'University of Helsinki',
    summary:
      'One small Marian Transformer per language pair (over a thousand pairs), trained on OPUS data. Small and fast: pick the pair you need.',
    architecture: 'encoder-decoder',
    license: 'cc-by-4.0',
    members: [
      base('Helsinki-NLP/opus-mt-en-de', '74M', 74e6, 'translation', {
        browser: onnx('Xenova/opus-mt-en-de'),
      }),
    ],
  },
  // NLLB Team 2022, "No Language Left Behind" (arXiv:2207.04672; the 600M model has 615M parameters);
  // the facebook/nllb-200-* cards. The distilled models' teacher is left out: not one we can name surely.
  {
    id: 'nllb',
    name: 'NLLB-200',
    organisation: 'Meta',
    summary:
      'No Language Left Behind: one model that translates between 200 languages, many of them low-resource. Non-commercial license; the distilled 600M runs in a browser.',
    architecture: 'encoder-decoder',
    license: 'cc-by-nc-4.0',
    members: [
      {
        ...base('facebook/nllb-200-distilled-600M', '600M', 615e6, 'translation'),
        kind: 'distilled',
        browser: onnx('Xenova/nllb-200-distilled-600M'),
      },
      { ...base('facebook/nllb-200-distilled-1.3B', '1.3B', 1.3e9, 'translation'), kind: 'distilled' },
      base('facebook/nllb-200-1.3B', '1.3B', 1.3e9, 'translation'),
      base('facebook/nllb-200-3.3B', '3.3B', 3.3e9, 'translation'),
      base('facebook/nllb-moe-54b', '54.5B', 54.5e9, 'translation'),
    ],
  },
];

const BY_ID = new Map<string, { family: ModelFamily; member: FamilyMember }>();
for (const family of MODEL_FAMILIES) {
  for (const member of family.members) {
    for (const id of [member.id, member.browser?.id, member.legacyId]) {
      if (id !== undefined) BY_ID.set(id.toLowerCase(), { family, member });
    }
  }
}

/** The family and member of a Hub id, its ONNX conversion's id or its legacy id; case-insensitive. */
export function familyOf(modelId: string): { family: ModelFamily; member: FamilyMember } | null {
  return BY_ID.get(modelId.trim().toLowerCase()) ?? null;
}

/** The other members of the model's family, smallest first; empty when it is in no family. */
export function siblingsOf(modelId: string): FamilyMember[] {
  const found = familyOf(modelId);
  if (found === null) return [];
  return bySize(found.family.members.filter((m) => m !== found.member));
}

const bySize = (members: readonly FamilyMember[]) => [...members].sort((a, b) => a.parameters - b.parameters);

/** The member's license id: its own where it has one, else the family's; null when none is declared. */
export const licenseOf = (family: ModelFamily, member: FamilyMember): string | null =>
  member.license === undefined ? family.license : member.license;

/** The id to open or compare: the browser build where there is one, so that it can run here. */
export const runnableId = (member: FamilyMember) => member.browser?.id ?? member.id;

/**
 * Up to `max` ids for comparing a family's sizes: the members that run in a browser, smallest
 * first, then the others, smallest first; each as `runnableId`.
 */
export function compareIdsOf(family: ModelFamily, max: number): string[] {
  const sorted = bySize(family.members);
  const chosen = [...sorted.filter((m) => m.browser), ...sorted.filter((m) => !m.browser)].slice(0, max);
  return bySize(chosen).map(runnableId);
}

/** 70e6 → "70M", 1.24e9 → "1.24B": three significant digits at most. */
export function formatParameters(n: number): string {
  if (n >= 1e9) return `${Number((n / 1e9).toPrecision(3))}B`;
  if (n >= 1e6) return `${Number((n / 1e6).toPrecision(3))}M`;
  return `${Number(n.toPrecision(3))}`;
}
