/**
 * What the Hub computes from a card, a config and a file list: the `tags` list (library,
 * formats, model type, task, card tags, languages, `dataset:`, `base_model:` and
 * `base_model:<relation>:`, `license:`, `region:us`), the base-model relation it infers when the
 * card sets none, and `transformersInfo`.
 */
import type { BaseRelation, CatalogCard, CatalogConfig } from './loopback-hub-catalog-types.ts';

/** A card field that may be a string or a list, as a list. */
export function cardList(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((item) => item.trim() !== '');
}

export interface BaseModels {
  relation: BaseRelation;
  models: string[];
}

/**
 * The Hub infers the relation when the card sets none (hub-docs model-cards.md): several bases
 * make a merge, an adapter_config.json an adapter, GGUF weights a quantization, anything else a
 * fine-tune.
 */
export function baseModelsOf(card: CatalogCard, filePaths: readonly string[]): BaseModels | undefined {
  const models = cardList(card.base_model);
  if (models.length === 0) return undefined;
  const relation: BaseRelation =
    card.base_model_relation ??
    (models.length > 1
      ? 'merge'
      : filePaths.includes('adapter_config.json')
        ? 'adapter'
        : filePaths.some((path) => path.endsWith('.gguf'))
          ? 'quantized'
          : 'finetune');
  return { relation, models };
}

/** Weight formats the Hub tags by the files present. */
const FORMAT_TAGS: ReadonlyArray<[tag: string, test: (path: string) => boolean]> = [
  ['pytorch', (path) => /(^|\/)pytorch_model[^/]*\.bin$/.test(path) || path.endsWith('.pth')],
  ['tf', (path) => path.endsWith('.h5')],
  ['jax', (path) => path.endsWith('.msgpack')],
  ['tflite', (path) => path.endsWith('.tflite')],
  ['rust', (path) => path.endsWith('.ot')],
  ['onnx', (path) => path.endsWith('.onnx')],
  ['safetensors', (path) => path.endsWith('.safetensors')],
];

export interface TagInput {
  card: CatalogCard;
  libraryName: string | undefined;
  pipelineTag: string | undefined;
  config: CatalogConfig | undefined;
  filePaths: readonly string[];
  hubTags: readonly string[];
}

export function computeTags(input: TagInput): string[] {
  const { card, filePaths } = input;
  const base = baseModelsOf(card, filePaths);
  const tags = [
    ...(input.libraryName ? [input.libraryName] : []),
    ...FORMAT_TAGS.filter(([, test]) => filePaths.some(test)).map(([tag]) => tag),
    ...(input.config?.model_type ? [input.config.model_type] : []),
    ...(input.pipelineTag ? [input.pipelineTag] : []),
    ...(card.tags ?? []),
    ...cardList(card.language),
    ...cardList(card.datasets).map((dataset) => `dataset:${dataset}`),
    ...(base?.models.flatMap((id) => [`base_model:${id}`, `base_model:${base.relation}:${id}`]) ?? []),
    ...(card.license ? [`license:${card.license}`] : []),
    ...input.hubTags,
    'region:us',
  ];
  return [...new Set(tags)];
}

const AUTO_MODELS: ReadonlyArray<[suffix: RegExp, autoModel: string]> = [
  [/ForConditionalGeneration$|MTModel$/, 'AutoModelForSeq2SeqLM'],
  [/ForCausalLM$|LMHeadModel$/, 'AutoModelForCausalLM'],
  [/ForSequenceClassification$/, 'AutoModelForSequenceClassification'],
  [/ForMaskedLM$/, 'AutoModelForMaskedLM'],
  [/Model$/, 'AutoModel'],
];

/** The Hub gives `transformersInfo` to repos of the transformers library with a known architecture. */
export function transformersInfoOf(
  libraryName: string | undefined,
  config: CatalogConfig | undefined,
  pipelineTag: string | undefined,
): { auto_model: string; pipeline_tag?: string; processor: string } | undefined {
  const architecture = config?.architectures?.[0];
  if (libraryName !== 'transformers' || !architecture) return undefined;
  const autoModel = AUTO_MODELS.find(([suffix]) => suffix.test(architecture))?.[1];
  if (!autoModel) return undefined;
  return {
    auto_model: autoModel,
    ...(pipelineTag ? { pipeline_tag: pipelineTag } : {}),
    processor: 'AutoTokenizer',
  };
}
