import { describe, expect, it } from 'vitest';
import { cardFacts } from './card-facts.ts';

describe('cardFacts', () => {
  it('reads the live tag list of a fine-tune (allenai/olmOCR-7B-0225-preview, from the notes)', () => {
    const tags = [
      'transformers',
      'safetensors',
      'qwen2_vl',
      'image-text-to-text',
      'conversational',
      'en',
      'dataset:allenai/olmOCR-mix-0225',
      'base_model:Qwen/Qwen2-VL-7B-Instruct',
      'base_model:finetune:Qwen/Qwen2-VL-7B-Instruct',
      'license:apache-2.0',
      'region:us',
    ];
    expect(cardFacts({}, tags)).toEqual({
      license: 'apache-2.0',
      licenseName: null,
      licenseLink: null,
      languages: [],
      datasets: ['allenai/olmOCR-mix-0225'],
      baseModels: [{ id: 'Qwen/Qwen2-VL-7B-Instruct', relation: 'finetune' }],
    });
  });

  it('takes string or list card fields and the card relation', () => {
    const facts = cardFacts(
      {
        license: 'other',
        license_name: 'custom-terms',
        license_link: 'https://example.com/LICENSE',
        language: ['en', 'fr', 'en'],
        datasets: 'cnn_dailymail',
        base_model: ['org/a', 'org/b'],
        base_model_relation: 'merge',
      },
      [],
    );
    expect(facts).toMatchObject({
      license: 'other',
      licenseName: 'custom-terms',
      languages: ['en', 'fr'],
      datasets: ['cnn_dailymail'],
      baseModels: [
        { id: 'org/a', relation: 'merge' },
        { id: 'org/b', relation: 'merge' },
      ],
    });
  });

  it('ignores values of the wrong type', () => {
    expect(cardFacts({ license: 3, language: { en: true }, base_model_relation: 'copy' }, [])).toEqual({
      license: null,
      licenseName: null,
      licenseLink: null,
      languages: [],
      datasets: [],
      baseModels: [],
    });
  });
});
