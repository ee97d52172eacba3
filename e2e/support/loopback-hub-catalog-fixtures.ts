/**
 * Hub metadata for the real fixture repos under `fixtures/hub/glasspipe-test/` (built by
 * `npm run fixtures`). Their files, config and newest commit come from disk; this gives them a
 * card, counts and a short history, with bases among the catalog's real models so that the
 * base-model filters find them: three tiny BERT classifiers are fine-tunes of
 * google-bert/bert-base-uncased, as their config says they are BERTs.
 */
import type { FixtureCatalogModel } from './loopback-hub-catalog-types.ts';

const FIXTURE_HISTORY = [
  { title: 'initial commit' },
  { title: 'Upload fixture model built by scripts/build-fixtures.ts' },
  { title: 'Update fixture files' },
];

function fixture(
  model: Omit<FixtureCatalogModel, 'source' | 'library_name' | 'history'>,
): FixtureCatalogModel {
  return { source: 'fixture', library_name: 'transformers.js', history: FIXTURE_HISTORY, ...model };
}

export const FIXTURE_MODELS: FixtureCatalogModel[] = [
  fixture({
    id: 'glasspipe-test/tiny-t5',
    card: {
      license: 'apache-2.0',
      language: 'en',
      datasets: ['abisee/cnn_dailymail'],
      base_model: 'google-t5/t5-small',
      pipeline_tag: 'summarization',
      library_name: 'transformers.js',
    },
    pipeline_tag: 'summarization',
    downloads: 412,
    downloadsAllTime: 1_930,
    likes: 3,
    trendingScore: 1,
    createdAt: '2025-01-14T09:12:40.000Z',
    lastModified: '2025-06-02T16:40:11.000Z',
  }),
  fixture({
    id: 'glasspipe-test/tiny-bart',
    card: {
      license: 'apache-2.0',
      language: 'en',
      datasets: ['abisee/cnn_dailymail'],
      base_model: 'sshleifer/distilbart-cnn-6-6',
      pipeline_tag: 'summarization',
      library_name: 'transformers.js',
    },
    pipeline_tag: 'summarization',
    downloads: 287,
    downloadsAllTime: 1_204,
    likes: 2,
    trendingScore: 0,
    createdAt: '2025-01-20T11:03:09.000Z',
    lastModified: '2025-06-02T16:41:52.000Z',
  }),
  fixture({
    id: 'glasspipe-test/tiny-sentiment',
    card: {
      license: 'apache-2.0',
      language: 'en',
      datasets: ['stanfordnlp/sst2'],
      base_model: 'google-bert/bert-base-uncased',
      pipeline_tag: 'text-classification',
      library_name: 'transformers.js',
    },
    pipeline_tag: 'text-classification',
    downloads: 530,
    downloadsAllTime: 2_411,
    likes: 4,
    trendingScore: 1,
    createdAt: '2025-02-03T08:27:51.000Z',
    lastModified: '2025-06-02T16:43:05.000Z',
  }),
  fixture({
    id: 'glasspipe-test/tiny-toxic',
    card: {
      license: 'apache-2.0',
      language: 'en',
      base_model: 'google-bert/bert-base-uncased',
      pipeline_tag: 'text-classification',
      library_name: 'transformers.js',
      tags: ['multi-label'],
    },
    pipeline_tag: 'text-classification',
    downloads: 198,
    downloadsAllTime: 640,
    likes: 1,
    trendingScore: 0,
    createdAt: '2025-02-05T13:44:02.000Z',
    lastModified: '2025-06-02T16:43:40.000Z',
  }),
  fixture({
    id: 'glasspipe-test/tiny-nli',
    card: {
      license: 'apache-2.0',
      language: 'en',
      datasets: ['nyu-mll/multi_nli'],
      base_model: 'google-bert/bert-base-uncased',
      pipeline_tag: 'zero-shot-classification',
      library_name: 'transformers.js',
    },
    pipeline_tag: 'zero-shot-classification',
    downloads: 341,
    downloadsAllTime: 1_077,
    likes: 2,
    trendingScore: 0,
    createdAt: '2025-02-11T10:05:33.000Z',
    lastModified: '2025-06-02T16:44:18.000Z',
  }),
  fixture({
    id: 'glasspipe-test/tiny-gpt',
    card: {
      license: 'mit',
      language: 'en',
      base_model: 'openai-community/gpt2',
      pipeline_tag: 'text-generation',
      library_name: 'transformers.js',
    },
    pipeline_tag: 'text-generation',
    downloads: 623,
    downloadsAllTime: 2_980,
    likes: 5,
    trendingScore: 2,
    createdAt: '2025-03-01T15:20:00.000Z',
    lastModified: '2025-06-02T16:45:27.000Z',
  }),
  fixture({
    id: 'glasspipe-test/tiny-gpt-instruct',
    card: {
      license: 'mit',
      language: 'en',
      base_model: 'glasspipe-test/tiny-gpt',
      pipeline_tag: 'text-generation',
      library_name: 'transformers.js',
      tags: ['chatml'],
    },
    pipeline_tag: 'text-generation',
    hubTags: ['conversational'],
    downloads: 254,
    downloadsAllTime: 801,
    likes: 3,
    trendingScore: 1,
    createdAt: '2025-03-09T09:48:15.000Z',
    lastModified: '2025-06-02T16:46:02.000Z',
  }),
  fixture({
    id: 'glasspipe-test/tiny-marian-en-es',
    card: {
      license: 'apache-2.0',
      language: ['en', 'es'],
      base_model: 'Helsinki-NLP/opus-mt-en-es',
      pipeline_tag: 'translation',
      library_name: 'transformers.js',
    },
    pipeline_tag: 'translation',
    downloads: 176,
    downloadsAllTime: 590,
    likes: 1,
    trendingScore: 0,
    createdAt: '2025-04-02T12:31:27.000Z',
    lastModified: '2025-06-02T16:47:44.000Z',
  }),
  fixture({
    id: 'glasspipe-test/tiny-nllb',
    card: {
      license: 'cc-by-nc-4.0',
      language: ['en', 'es', 'fr', 'de', 'ro'],
      base_model: 'facebook/nllb-200-distilled-600M',
      pipeline_tag: 'translation',
      library_name: 'transformers.js',
    },
    pipeline_tag: 'translation',
    downloads: 139,
    downloadsAllTime: 402,
    likes: 1,
    trendingScore: 0,
    createdAt: '2025-04-10T07:55:49.000Z',
    lastModified: '2025-06-02T16:48:30.000Z',
  }),
];
