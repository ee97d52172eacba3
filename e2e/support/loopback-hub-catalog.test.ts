/** The catalog holds what the brief for it asks, and what the real repos it copies hold. */
import { describe, expect, it } from 'vitest';
import { CATALOG } from './loopback-hub-catalog.ts';
import { DTYPE_SUFFIXES } from './loopback-hub-catalog-files.ts';
import { metadataRepo } from './loopback-hub-models.ts';
import { cardList } from './loopback-hub-tags.ts';

const metadata = CATALOG.flatMap((entry) => (entry.source === 'metadata' ? [entry] : []));
const ONNX_NAME = new RegExp(
  `^onnx/[a-z_]+?(${Object.values(DTYPE_SUFFIXES).filter(Boolean).join('|')})?\\.onnx(_data(_\\d+)?)?$`,
);

describe('catalog', () => {
  it('has unique ids, about thirty repos, and nine real fixture repos', () => {
    const ids = CATALOG.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(CATALOG.filter((entry) => entry.source === 'fixture')).toHaveLength(9);
    expect(metadata.length).toBeGreaterThanOrEqual(21);
  });

  it('covers the tasks, licenses and languages the filters need', () => {
    const tasks = new Set(CATALOG.map((entry) => entry.pipeline_tag));
    for (const task of [
      'summarization',
      'translation',
      'text-classification',
      'zero-shot-classification',
      'text-generation',
      'text2text-generation',
      'fill-mask',
      'feature-extraction',
    ]) {
      expect(tasks, task).toContain(task);
    }
    const licenses = new Set(CATALOG.map((entry) => entry.card.license));
    for (const license of [
      'apache-2.0',
      'mit',
      'bsd-3-clause',
      'cc-by-4.0',
      'cc-by-nc-4.0',
      'cc-by-nc-sa-4.0',
      'llama3.2',
      'gemma',
      'other',
    ]) {
      expect(licenses, license).toContain(license);
    }
    expect(CATALOG.find((entry) => entry.card.license === 'other')?.card.license_name).toBeTruthy();
    const languages = new Set(CATALOG.flatMap((entry) => cardList(entry.card.language)));
    for (const language of ['en', 'fr', 'de', 'es', 'zh', 'multilingual'])
      expect(languages, language).toContain(language);
  });

  it('has a base with at least three fine-tunes', () => {
    const bases = CATALOG.flatMap((entry) => cardList(entry.card.base_model));
    const counts = new Map<string, number>();
    for (const base of bases) counts.set(base, (counts.get(base) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBeGreaterThanOrEqual(3);
  });

  it("keeps 3 to 6 commits per repo, created before the last one but for the Hub's legacy placeholder", () => {
    for (const entry of CATALOG) {
      expect(entry.history.length, entry.id).toBeGreaterThanOrEqual(3);
      expect(entry.history.length, entry.id).toBeLessThanOrEqual(6);
      if (entry.createdAt !== '2022-03-02T23:29:04.000Z') {
        expect(Date.parse(entry.createdAt), entry.id).toBeLessThanOrEqual(Date.parse(entry.lastModified));
      }
    }
  });

  it('names ONNX files as transformers.js does, with external data for the big ones', () => {
    const onnx = metadata
      .flatMap((entry) => entry.files.map((file) => file.path))
      .filter((path) => path.includes('.onnx'));
    for (const path of onnx.filter((p) => p.startsWith('onnx/'))) expect(path).toMatch(ONNX_NAME);
    expect(onnx).toContain('onnx/model.onnx_data');
    expect(onnx).toContain('onnx/model.onnx_data_1');
    const t5 = metadata.find((entry) => entry.id === 'Xenova/t5-small');
    const encoder = t5?.files.find((file) => file.path === 'onnx/encoder_model.onnx')?.size ?? 0;
    expect(encoder).toBeGreaterThan(140e6);
    expect(encoder).toBeLessThan(142e6);
    expect(t5?.files.map((file) => file.path)).toEqual(
      expect.arrayContaining(['onnx/decoder_model_merged_q4f16.onnx', 'onnx/encoder_model_bnb4.onnx']),
    );
  });

  it('gives PyTorch-only repos no ONNX files', () => {
    for (const id of [
      'EleutherAI/pythia-70m',
      'databricks/dolly-v2-3b',
      'mistralai/Mistral-7B-v0.1',
      'meta-llama/Llama-3.2-1B',
    ]) {
      const repo = metadata.find((entry) => entry.id === id);
      expect(
        repo?.files.some((file) => file.path.endsWith('.onnx')),
        id,
      ).toBe(false);
      expect(
        repo?.files.some((file) => /\.(safetensors|bin|pth)$/.test(file.path)),
        id,
      ).toBe(true);
    }
  });

  it('tags a repo as the Hub does, from its card, config and files', () => {
    const entry = metadata.find(
      (model) => model.id === 'Xenova/distilbert-base-uncased-finetuned-sst-2-english',
    );
    if (!entry) throw new Error('missing');
    expect(metadataRepo(entry).tags).toEqual([
      'transformers.js',
      'onnx',
      'distilbert',
      'text-classification',
      'dataset:sst2',
      'dataset:glue',
      'base_model:distilbert/distilbert-base-uncased-finetuned-sst-2-english',
      'base_model:finetune:distilbert/distilbert-base-uncased-finetuned-sst-2-english',
      'license:apache-2.0',
      'region:us',
    ]);
  });
});
