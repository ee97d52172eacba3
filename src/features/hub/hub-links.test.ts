import { describe, expect, it } from 'vitest';
import { hubFinetunesUrl, hubModelUrl, safeLicenseLink, taskViewHref } from './hub-links.ts';

describe('links', () => {
  it('host links encode each path segment of the id', () => {
    expect(hubModelUrl('https://huggingface.co', 'Xenova/t5-small')).toBe(
      'https://huggingface.co/Xenova/t5-small',
    );
    expect(hubModelUrl('http://h/', 'a b/c?d')).toBe('http://h/a%20b/c%3Fd');
    expect(hubFinetunesUrl('https://huggingface.co', 'google/flan-t5-small')).toBe(
      'https://huggingface.co/models?other=base_model%3Afinetune%3Agoogle%2Fflan-t5-small',
    );
  });

  it('a license link only when it is plain https', () => {
    expect(safeLicenseLink('https://ai.google.dev/gemma/terms')).toBe('https://ai.google.dev/gemma/terms');
    expect(safeLicenseLink('javascript:alert(1)')).toBeNull();
    expect(safeLicenseLink('http://example.com/license')).toBeNull();
    expect(safeLicenseLink('https://user:pw@example.com/')).toBeNull();
    expect(safeLicenseLink('LICENSE.md')).toBeNull();
    expect(safeLicenseLink(null)).toBeNull();
  });

  it('a task view link keeps the shared keys, drops the view’s own, sets model, and loads the page', () => {
    const href = taskViewHref({
      pathname: '/app/',
      search:
        '?hub=http%3A%2F%2F127.0.0.1%3A8765&q=bart&task=summarization&model=old%2Fmodel&text=stale&faults=slow-steps',
      path: '/summarize',
      model: 'Xenova/distilbart-cnn-6-6',
      hubUrl: 'http://127.0.0.1:8765',
      device: 'wasm',
      dtype: 'auto',
    });
    const [beforeHash, hash] = href.split('#');
    expect(hash).toBe('/summarize');
    const url = new URL(beforeHash ?? '', 'http://app.test');
    expect(url.pathname).toBe('/app/');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      hub: 'http://127.0.0.1:8765',
      faults: 'slow-steps',
      device: 'wasm',
      model: 'Xenova/distilbart-cnn-6-6',
    });
  });

  it('without a hub= in the page, none is added', () => {
    const href = taskViewHref({
      pathname: '/',
      search: '',
      path: '/tasks/generate',
      model: 'a/b',
      hubUrl: 'https://huggingface.co',
      device: 'auto',
      dtype: 'q4',
    });
    expect(href).toBe('/?dtype=q4&model=a%2Fb#/tasks/generate');
  });
});
