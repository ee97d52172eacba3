/**
 * Listing the catalog's metadata-only repos as `GET /api/models` would. Expected ids are read
 * off the catalog's cards (loopback-hub-catalog.ts) and the Hub's documented rules.
 */
import { describe, expect, it } from 'vitest';
import { CATALOG } from './loopback-hub-catalog.ts';
import { metadataRepo } from './loopback-hub-models.ts';
import { pageOf, parseListQuery, selectRepos, type ListQuery } from './loopback-hub-list.ts';

const repos = CATALOG.flatMap((entry) => (entry.source === 'metadata' ? [metadataRepo(entry)] : []));

function parse(query: string, maxPageSize = 1000): ListQuery {
  const parsed = parseListQuery(new URLSearchParams(query), maxPageSize);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

function ids(query: string): string[] {
  return selectRepos(repos, parse(query)).map((repo) => repo.id);
}

function refusal(query: string): string {
  const parsed = parseListQuery(new URLSearchParams(query), 1000);
  if (parsed.ok) throw new Error(`accepted ${query}`);
  return parsed.message;
}

describe('filtering', () => {
  it('searches the id, owner included, case-insensitively', () => {
    expect(ids('search=xenova/T5&sort=id&direction=1')).toEqual([
      'Xenova/t5-base',
      'Xenova/t5-large',
      'Xenova/t5-small',
    ]);
    expect(ids('search=t5-small&sort=id&direction=1')).toEqual([
      'Xenova/flan-t5-small',
      'Xenova/t5-small',
      'google-t5/t5-small',
    ]);
  });

  it('filters by author', () => {
    expect(ids('author=EleutherAI&sort=id&direction=1')).toEqual([
      'EleutherAI/pythia-160m',
      'EleutherAI/pythia-2.8b',
      'EleutherAI/pythia-70m',
    ]);
  });

  it('needs every filter tag: license, task, library, language', () => {
    expect(ids('filter=license:cc-by-nc-4.0&filter=translation&sort=id&direction=1')).toEqual([
      'Xenova/nllb-200-distilled-600M',
      'facebook/nllb-200-distilled-600M',
    ]);
    expect(ids('filter=transformers.js&filter=de&sort=id&direction=1')).toEqual([
      'Xenova/bert-base-multilingual-uncased-sentiment',
      'Xenova/nllb-200-distilled-600M',
      'Xenova/opus-mt-en-de',
      'onnx-community/Llama-3.2-1B-Instruct',
    ]);
    expect(ids('filter=license:llama3.2&filter=onnx')).toEqual(['onnx-community/Llama-3.2-1B-Instruct']);
    expect(ids('filter=dataset:glue')).toEqual(['Xenova/distilbert-base-uncased-finetuned-sst-2-english']);
    expect(ids('filter=license:other')).toEqual(['Qwen/Qwen2.5-3B-Instruct']);
  });

  it('finds fine-tunes of a base through base_model tags, with and without the relation', () => {
    expect(ids('filter=base_model:finetune:EleutherAI/pythia-2.8b')).toEqual(['databricks/dolly-v2-3b']);
    expect(ids('filter=base_model:sshleifer/distilbart-cnn-6-6')).toEqual(['Xenova/distilbart-cnn-6-6']);
    expect(ids('filter=base_model:quantized:google-t5/t5-small')).toEqual([]);
  });

  it('filters by pipeline_tag and gating', () => {
    expect(ids('pipeline_tag=text-generation&filter=transformers.js&sort=id&direction=1')).toEqual([
      'Xenova/gpt2',
      'onnx-community/Llama-3.2-1B-Instruct',
      'onnx-community/Qwen2.5-0.5B-Instruct',
    ]);
    expect(ids('gated=true&sort=id&direction=1')).toEqual([
      'google/gemma-2-2b-it',
      'meta-llama/Llama-3.2-1B',
      'mistralai/Mistral-7B-v0.1',
    ]);
  });
});

describe('sorting', () => {
  it('is descending when direction is -1 or absent, ascending for anything else', () => {
    const pythia = 'author=EleutherAI&sort=downloads';
    const descending = ['EleutherAI/pythia-160m', 'EleutherAI/pythia-70m', 'EleutherAI/pythia-2.8b'];
    expect(ids(pythia)).toEqual(descending);
    expect(ids(`${pythia}&direction=-1`)).toEqual(descending);
    expect(ids(`${pythia}&direction=1`)).toEqual([...descending].reverse());
    expect(ids(`${pythia}&direction=up`)).toEqual([...descending].reverse());
  });

  it('sorts by likes, dates, trending score and id', () => {
    expect(ids('author=EleutherAI&sort=likes')[0]).toBe('EleutherAI/pythia-70m');
    expect(ids('author=EleutherAI&sort=createdAt')[0]).toBe('EleutherAI/pythia-70m');
    expect(ids('author=EleutherAI&sort=lastModified')[0]).toBe('EleutherAI/pythia-70m');
    expect(ids('author=EleutherAI&sort=id')).toEqual([
      'EleutherAI/pythia-70m',
      'EleutherAI/pythia-2.8b',
      'EleutherAI/pythia-160m',
    ]);
    expect(ids('sort=trendingScore')[0]).toBe('Qwen/Qwen2.5-0.5B-Instruct');
    expect(ids('sort=likes30d')).toEqual(ids('sort=likes'));
  });

  it('refuses a sort it does not know', () => {
    expect(refusal('sort=popularity')).toMatch(/Invalid sort "popularity"/);
    expect(refusal('sort=num_parameters')).toMatch(/not supported/);
  });
});

describe('paging and fields', () => {
  it('pages at most maxPageSize, the default limit too', () => {
    expect(parse('', 1000).limit).toBe(1000);
    expect(parse('limit=500', 1000).limit).toBe(500);
    expect(parse('limit=500', 8).limit).toBe(8);
    expect(parse('', 8).limit).toBe(8);
    expect(refusal('limit=0')).toMatch(/limit/);
    expect(refusal('limit=ten')).toMatch(/limit/);
  });

  it('reads the offset from skip or a cursor', () => {
    expect(parse('skip=3').offset).toBe(3);
    expect(refusal('cursor=nonsense')).toMatch(/cursor/);
    const all = ids('sort=id&direction=1');
    const q = parse('sort=id&direction=1&limit=5&skip=5');
    expect(pageOf(selectRepos(repos, q), q.offset, q.limit).items.map((r) => r.id)).toEqual(all.slice(5, 10));
  });

  it('reads expand and expand[] alike, and refuses it with full, cardData or config', () => {
    expect(parse('expand=likes&expand[]=tags&expand=likes').expand).toEqual(['likes', 'tags']);
    expect(parse('').expand).toBeUndefined();
    expect(refusal('expand=nonsense')).toMatch(/"expand" must be one of/);
    for (const extra of ['full=true', 'cardData=True', 'config=1']) {
      expect(refusal(`expand=likes&${extra}`)).toMatch(/cannot be used together/);
    }
    expect(parse('expand=likes&full=false').expand).toEqual(['likes']);
    expect(parse('full=true').extras).toEqual({ full: true, cardData: false, config: false });
  });
});
