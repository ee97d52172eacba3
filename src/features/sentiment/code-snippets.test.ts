import { describe, expect, it } from 'vitest';
import { javascriptSentimentSnippet, pythonSentimentSnippet, SNIPPET_TEXTS } from './code-snippets.ts';

const sst2 = {
  model: 'Xenova/distilbert-base-uncased-finetuned-sst-2-english',
  pythonId: 'distilbert/distilbert-base-uncased-finetuned-sst-2-english',
  host: 'https://huggingface.co',
  texts: ['I love it.', 'Say "no".'],
  dtype: 'q8' as const,
  device: 'wasm' as const,
  activation: 'softmax' as const,
};

describe('sentiment code snippets', () => {
  it('Python: the pipeline with every label and truncation, on the batch, from the original repository', () => {
    const py = pythonSentimentSnippet(sst2);
    expect(py).toContain(
      'classifier = pipeline("text-classification", model="distilbert/distilbert-base-uncased-finetuned-sst-2-english", top_k=None, truncation=True)',
    );
    expect(py).toContain('    "I love it.",\n    "Say \\"no\\".",\n]');
    expect(py).toContain('for text, scores in zip(texts, classifier(texts)):');
    expect(py).toContain('softmax');
    expect(py).not.toContain('HF_ENDPOINT');
  });

  it('JavaScript: the ONNX repository with the dtype and device that ran, and top_k: null', () => {
    const js = javascriptSentimentSnippet(sst2);
    expect(js).toContain(
      'await pipeline("text-classification", "Xenova/distilbert-base-uncased-finetuned-sst-2-english", { dtype: "q8", device: "wasm" });',
    );
    expect(js).toContain('await classifier(texts, { top_k: null });');
  });

  it('without a known runtime the options are left to transformers.js; without pythonId the same id', () => {
    const tiny = {
      ...sst2,
      model: 'glasspipe-test/tiny-toxic',
      dtype: null,
      device: null,
      activation: 'sigmoid' as const,
    };
    const { pythonId: _pythonId, ...noPython } = tiny;
    expect(javascriptSentimentSnippet(noPython)).toContain(
      'await pipeline("text-classification", "glasspipe-test/tiny-toxic");',
    );
    expect(pythonSentimentSnippet(noPython)).toContain('model="glasspipe-test/tiny-toxic"');
    expect(pythonSentimentSnippet(noPython)).toContain('sigmoid');
  });

  it('a long batch shows its first texts and says how many more', () => {
    const texts = Array.from({ length: SNIPPET_TEXTS + 3 }, (_, i) => `text ${i}`);
    const py = pythonSentimentSnippet({ ...sst2, texts });
    expect(py).toContain(`"text ${SNIPPET_TEXTS - 1}",`);
    expect(py).not.toContain(`"text ${SNIPPET_TEXTS}"`);
    expect(py).toContain('# … and 3 more lines');
    expect(javascriptSentimentSnippet({ ...sst2, texts })).toContain('// … and 3 more lines');
  });

  it('another model host is set for both languages', () => {
    const mirror = { ...sst2, host: 'http://127.0.0.1:8765' };
    expect(pythonSentimentSnippet(mirror)).toContain('os.environ["HF_ENDPOINT"] = "http://127.0.0.1:8765"');
    expect(javascriptSentimentSnippet(mirror)).toContain('env.remoteHost = "http://127.0.0.1:8765/";');
  });

  it('a text with invisible or line-breaking characters is escaped, not pasted raw', () => {
    const odd = { ...sst2, texts: ['a\u2028b\u0085c'] };
    expect(pythonSentimentSnippet(odd)).toContain('    "a\\u2028b\\u0085c",');
    expect(javascriptSentimentSnippet(odd)).toContain('  "a\\u2028b\\u0085c",');
  });
});
