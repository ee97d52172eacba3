import { describe, expect, it } from 'vitest';
import { javascriptZeroShotSnippet, pythonZeroShotSnippet, SNIPPET_MAX_TEXTS } from './code-snippets.ts';

const base = {
  model: 'Xenova/distilbert-base-uncased-mnli',
  pythonId: 'typeform/distilbert-base-uncased-mnli',
  host: 'https://huggingface.co',
  texts: ['The football match ended late.'],
  labels: ['sports', 'politics', 'cooking'],
  template: 'This example is {}.',
  multiLabel: false,
};

describe('zero-shot code snippets', () => {
  it('Python: the pipeline with candidate_labels, hypothesis_template and multi_label', () => {
    const py = pythonZeroShotSnippet(base);
    expect(py).toContain(
      'classifier = pipeline("zero-shot-classification", model="typeform/distilbert-base-uncased-mnli")',
    );
    expect(py).toContain('text = "The football match ended late."');
    expect(py).toContain('    candidate_labels=["sports", "politics", "cooking"],');
    expect(py).toContain('    hypothesis_template="This example is {}.",');
    expect(py).toContain('    multi_label=False,');
    expect(py).not.toContain('HF_ENDPOINT');
    expect(pythonZeroShotSnippet({ ...base, multiLabel: true })).toContain('multi_label=True,');
  });

  it('JavaScript: pipeline(task, id) called with (text, labels, { hypothesis_template, multi_label })', () => {
    const js = javascriptZeroShotSnippet(base);
    expect(js).toContain(
      "const classifier = await pipeline('zero-shot-classification', 'Xenova/distilbert-base-uncased-mnli');",
    );
    expect(js).toContain("const labels = ['sports', 'politics', 'cooking'];");
    expect(js).toContain('const output = await classifier(text, labels, {');
    expect(js).toContain("  hypothesis_template: 'This example is {}.',");
    expect(js).toContain('  multi_label: false,');
  });

  it('escapes quotes, backslashes and line breaks for each language, and keeps $& literal', () => {
    const tricky = {
      ...base,
      texts: ['He said "it\'s late"\\'],
      labels: ['a $& b', "o'clock"],
      template: 'It is "{}".\n',
    };
    const py = pythonZeroShotSnippet(tricky);
    expect(py).toContain('text = "He said \\"it\'s late\\"\\\\"');
    expect(py).toContain('candidate_labels=["a $& b", "o\'clock"]');
    expect(py).toContain('hypothesis_template="It is \\"{}\\".\\n"');
    const js = javascriptZeroShotSnippet(tricky);
    expect(js).toContain("const text = 'He said \"it\\'s late\"\\\\';");
    expect(js).toContain("const labels = ['a $& b', 'o\\'clock'];");
    expect(js).toContain('String.replace: "$&"');
  });

  it('a batch is a list; a forced dtype and another host are set for transformers.js', () => {
    const texts = Array.from({ length: SNIPPET_MAX_TEXTS + 3 }, (_, i) => `text ${i}`);
    const batch = { ...base, texts, dtype: 'fp32', host: 'http://127.0.0.1:8765' };
    const py = pythonZeroShotSnippet(batch);
    expect(py).toContain('texts = [\n    "text 0",');
    expect(py).toContain('# … and 3 more');
    expect(py).toContain('for r in result:');
    expect(py).toContain('os.environ["HF_ENDPOINT"] = "http://127.0.0.1:8765"');
    const js = javascriptZeroShotSnippet(batch);
    expect(js).toContain(
      "await pipeline('zero-shot-classification', 'Xenova/distilbert-base-uncased-mnli', { dtype: 'fp32' });",
    );
    expect(js).toContain("env.remoteHost = 'http://127.0.0.1:8765/';");
    expect(js).toContain('classifier(texts, labels, {');
  });
});
