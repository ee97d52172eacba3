import { describe, expect, it } from 'vitest';
import { DTYPES } from '../model-files/dtypes.ts';
import { licenseGroupOf } from './license-groups.ts';
import {
  MODEL_FAMILIES,
  compareIdsOf,
  familyOf,
  formatParameters,
  licenseOf,
  siblingsOf,
} from './model-families.ts';

const members = MODEL_FAMILIES.flatMap((f) => f.members.map((m) => ({ family: f, member: m })));
const memberIds = new Set(members.map(({ member }) => member.id));

/** Bases outside the table that are well known on the Hub (Flan-T5 starts from T5 v1.1 LM-adapted). */
const KNOWN_EXTERNAL_BASES = new Set(
  ['small', 'base', 'large', 'xl', 'xxl'].map((size) => `google/t5-${size}-lm-adapt`),
);

const family = (id: string) => {
  const found = MODEL_FAMILIES.find((f) => f.id === id);
  if (found === undefined) throw new Error(`no family ${id}`);
  return found;
};

describe('MODEL_FAMILIES, structure', () => {
  it.each(members.map(({ member }) => [member.id, member] as const))('%s has the org/name form', (id, m) => {
    expect(id).toMatch(/^[\w.-]+\/[\w.-]+$/);
    if (m.browser) expect(m.browser.id).toMatch(/^[\w.-]+\/[\w.-]+$/);
  });

  it('has no duplicate ids among members, browser builds and legacy ids', () => {
    const ids = members.flatMap(({ member: m }) => [
      m.id,
      ...(m.browser && m.browser.id !== m.id ? [m.browser.id] : []),
      ...(m.legacyId ? [m.legacyId] : []),
    ]);
    const lower = ids.map((id) => id.toLowerCase());
    expect(new Set(lower).size).toBe(lower.length);
    expect(new Set(MODEL_FAMILIES.map((f) => f.id)).size).toBe(MODEL_FAMILIES.length);
  });

  it('points every baseId at a member of the table or a well-known Hub id', () => {
    for (const { member } of members) {
      if (member.baseId === undefined) continue;
      expect(memberIds.has(member.baseId) || KNOWN_EXTERNAL_BASES.has(member.baseId), member.id).toBe(true);
    }
  });

  it('gives a base exactly to the fine-tuned and distilled members, and a purpose only to those', () => {
    for (const { member } of members) {
      if (member.kind === 'fine-tuned') expect(member.baseId, member.id).toBeDefined();
      if (member.kind === 'fine-tuned') expect(member.tunedFor, member.id).toBeDefined();
      if (member.kind === 'base')
        expect([member.baseId, member.tunedFor], member.id).toEqual([undefined, undefined]);
    }
  });

  it.each(MODEL_FAMILIES.map((f) => [f.id, f] as const))('%s lists its members smallest first', (_, f) => {
    const sizes = f.members.map((m) => m.parameters);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    expect(f.members.length).toBeGreaterThan(0);
  });

  it('lists only transformers.js dtypes for the browser builds', () => {
    for (const { member } of members) {
      for (const dtype of member.browser?.dtypes ?? []) expect(DTYPES).toContain(dtype);
    }
  });
});

describe('MODEL_FAMILIES, facts', () => {
  it.each([
    ['databricks/dolly-v2-3b', 'EleutherAI/pythia-2.8b'],
    ['databricks/dolly-v2-7b', 'EleutherAI/pythia-6.9b'],
    ['databricks/dolly-v2-12b', 'EleutherAI/pythia-12b'],
  ])('%s is a fine-tuned %s, MIT-licensed', (id, baseId) => {
    const found = familyOf(id);
    expect(found?.family.id).toBe('dolly');
    expect(found?.member).toMatchObject({ kind: 'fine-tuned', baseId, tunedFor: 'instructions' });
    expect(familyOf(baseId)?.family.id).toBe('pythia');
    expect(found && licenseOf(found.family, found.member)).toBe('mit');
  });

  it.each(['Xenova/distilbart-cnn-6-6', 'xenova/DISTILBART-CNN-12-6'])('finds %s by its ONNX id', (id) => {
    const found = familyOf(id);
    expect(found?.family.id).toBe('bart');
    expect(found?.member).toMatchObject({ kind: 'distilled', baseId: 'facebook/bart-large-cnn' });
  });

  it('lists the other BART summarizers as the siblings of distilbart-cnn-6-6', () => {
    const siblings = siblingsOf('Xenova/distilbart-cnn-6-6').map((m) => m.id);
    expect(siblings).toContain('sshleifer/distilbart-cnn-12-6');
    expect(siblings).toContain('facebook/bart-large-cnn');
    expect(siblings).not.toContain('sshleifer/distilbart-cnn-6-6');
  });

  it('orders T5 by parameters, t5-small (60M) first', () => {
    const t5 = familyOf('google-t5/t5-small');
    const params = t5?.family.members.map((m) => m.parameters) ?? [];
    expect(params[0]).toBe(60e6);
    expect(params).toEqual([...params].sort((a, b) => a - b));
  });

  it('gives the Meta Llamas their custom licenses, and TinyLlama (not Meta) Apache 2.0', () => {
    expect(family('llama-2').license).toBe('llama2');
    expect(family('llama-3.2').license).toBe('llama3.2');
    for (const id of ['llama-2', 'llama-3.2']) {
      for (const m of family(id).members) {
        const license = licenseOf(family(id), m);
        expect(license).not.toBe('apache-2.0');
        expect(licenseGroupOf(license)).toBe('custom');
      }
    }
    expect(family('tinyllama').license).toBe('apache-2.0');
  });

  it.each([
    ['google/flan-t5-base', 'fine-tuned', 'google/t5-base-lm-adapt'],
    ['facebook/bart-large-cnn', 'fine-tuned', 'facebook/bart-large'],
    ['distilbert/distilgpt2', 'distilled', 'openai-community/gpt2'],
    ['distilbert/distilbert-base-uncased', 'distilled', 'google-bert/bert-base-uncased'],
    [
      'Xenova/distilbert-base-uncased-finetuned-sst-2-english',
      'fine-tuned',
      'distilbert/distilbert-base-uncased',
    ],
    ['meta-llama/Llama-3.2-1B-Instruct', 'fine-tuned', 'meta-llama/Llama-3.2-1B'],
  ])('%s is %s from %s', (id, kind, baseId) => {
    expect(familyOf(id)?.member).toMatchObject({ kind, baseId });
  });

  it.each([
    ['google-t5/t5-small', 'encoder-decoder'],
    ['openai-community/gpt2', 'decoder-only'],
    ['google-bert/bert-base-uncased', 'encoder-only'],
    ['Qwen/Qwen2.5-0.5B', 'decoder-only'],
  ])('%s is %s', (id, architecture) => {
    expect(familyOf(id)?.family.architecture).toBe(architecture);
  });

  it('takes a member’s own license over its family’s, null when its card declares none', () => {
    const mnli = familyOf('typeform/distilbert-base-uncased-mnli');
    expect(mnli && licenseOf(mnli.family, mnli.member)).toBeNull();
    const gpt2 = familyOf('distilgpt2');
    expect(gpt2 && licenseOf(gpt2.family, gpt2.member)).toBe('apache-2.0');
    const bert = familyOf('bert-large-uncased');
    expect(bert && licenseOf(bert.family, bert.member)).toBe('apache-2.0');
  });
});

describe('familyOf and siblingsOf', () => {
  it('matches canonical, ONNX and legacy ids, ignoring case; null for others', () => {
    expect(familyOf('GPT2')?.member.id).toBe('openai-community/gpt2');
    expect(familyOf('Xenova/t5-small')?.member.id).toBe('google-t5/t5-small');
    expect(familyOf('onnx-community/qwen2.5-0.5b-instruct')?.member.id).toBe('Qwen/Qwen2.5-0.5B-Instruct');
    expect(familyOf('someone/unknown-model')).toBeNull();
    expect(siblingsOf('someone/unknown-model')).toEqual([]);
  });

  it('returns the other members smallest first', () => {
    const ids = siblingsOf('openai-community/gpt2').map((m) => m.id);
    expect(ids).toEqual([
      'distilbert/distilgpt2',
      'openai-community/gpt2-medium',
      'openai-community/gpt2-large',
      'openai-community/gpt2-xl',
    ]);
  });
});

describe('compareIdsOf', () => {
  it('prefers members that run in a browser, as their ONNX ids, smallest first', () => {
    expect(compareIdsOf(family('flan-t5'), 3)).toEqual([
      'Xenova/flan-t5-small',
      'Xenova/flan-t5-base',
      'Xenova/flan-t5-large',
    ]);
    expect(compareIdsOf(family('gpt2'), 3)).toEqual([
      'Xenova/distilgpt2',
      'Xenova/gpt2',
      'openai-community/gpt2-medium',
    ]);
  });

  it('falls back to Hub ids where nothing runs in a browser', () => {
    expect(compareIdsOf(family('dolly'), 3)).toEqual([
      'databricks/dolly-v2-3b',
      'databricks/dolly-v2-7b',
      'databricks/dolly-v2-12b',
    ]);
    expect(compareIdsOf(family('opus-mt'), 3)).toEqual(['Xenova/opus-mt-en-de']);
  });
});

describe('formatParameters', () => {
  it.each([
    [60e6, '60M'],
    [124e6, '124M'],
    [1.24e9, '1.24B'],
    [12e9, '12B'],
    [54.5e9, '54.5B'],
  ])('%d → %s', (n, text) => {
    expect(formatParameters(n)).toBe(text);
  });
});
