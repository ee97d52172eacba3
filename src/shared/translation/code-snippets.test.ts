import { describe, expect, it } from 'vitest';
import { javascriptTranslationSnippet, pythonTranslationSnippet } from './code-snippets.ts';

const t5 = {
  model: 'Xenova/t5-small',
  pythonId: 'google-t5/t5-small',
  host: 'https://huggingface.co',
  task: 'translation_en_to_ro',
  prefix: 'translate English to Romanian: ',
  languages: null,
  generation: { num_beams: 4, early_stopping: true },
  text: 'The house is wonderful.',
};

describe('translation code snippets', () => {
  it('Python: the task pipeline the seed shows, and generate with the instruction spelled out', () => {
    const py = pythonTranslationSnippet(t5);
    expect(py).toContain('translator = pipeline("translation_en_to_ro", model="google-t5/t5-small")');
    expect(py).toContain('print(translator(text, num_beams=4, early_stopping=True)[0]["translation_text"])');
    expect(py).toContain('inputs = tokenizer("translate English to Romanian: " + text, return_tensors="pt")');
    expect(py).toContain('outputs = model.generate(**inputs, num_beams=4, early_stopping=True)');
    expect(py).not.toContain('HF_ENDPOINT');
  });

  it('a multilingual model gets src_lang for the tokenizer and the target as forced_bos_token_id', () => {
    const nllb = {
      ...t5,
      model: 'Xenova/nllb-200-distilled-600M',
      pythonId: 'facebook/nllb-200-distilled-600M',
      task: 'translation',
      prefix: '',
      languages: { src: 'eng_Latn', tgt: 'spa_Latn' },
      generation: {},
    };
    const py = pythonTranslationSnippet(nllb);
    expect(py).toContain(
      'pipeline("translation", model="facebook/nllb-200-distilled-600M", src_lang="eng_Latn", tgt_lang="spa_Latn")',
    );
    expect(py).toContain(
      'AutoTokenizer.from_pretrained("facebook/nllb-200-distilled-600M", src_lang="eng_Latn")',
    );
    expect(py).toContain('forced_bos_token_id=tokenizer.convert_tokens_to_ids("spa_Latn")');
    expect(javascriptTranslationSnippet(nllb)).toContain('{ src_lang: "eng_Latn", tgt_lang: "spa_Latn" }');
  });

  it('another model host is set for both languages', () => {
    const mirror = { ...t5, host: 'http://127.0.0.1:8765' };
    expect(pythonTranslationSnippet(mirror)).toContain('os.environ["HF_ENDPOINT"] = "http://127.0.0.1:8765"');
    expect(javascriptTranslationSnippet(mirror)).toContain('env.remoteHost = "http://127.0.0.1:8765/";');
    expect(javascriptTranslationSnippet(mirror)).toContain(
      'await pipeline("translation_en_to_ro", "Xenova/t5-small")',
    );
  });
});
