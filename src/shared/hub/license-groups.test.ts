import { describe, expect, it } from 'vitest';
import { licenseFromTags, licenseGroupOf } from './license-groups.ts';

describe('licenseGroupOf', () => {
  // The groups follow each license's own terms: Apache/MIT/BSD/CC BY allow commercial use; the
  // NC variants forbid it; Llama, Gemma and OpenRAIL add use restrictions of their own.
  it.each([
    ['apache-2.0', 'permissive'],
    ['MIT', 'permissive'],
    ['cc-by-4.0', 'permissive'],
    ['cc-by-nc-4.0', 'non-commercial'],
    ['cc-by-nc-sa-4.0', 'non-commercial'],
    ['cc-by-nc-2.5', 'non-commercial'],
    ['llama3.2', 'custom'],
    ['gemma', 'custom'],
    ['other', 'custom'],
    ['some-new-license', 'custom'],
  ] as const)('%s is %s', (license, group) => {
    expect(licenseGroupOf(license)).toBe(group);
  });

  it('has no group without a license', () => {
    expect(licenseGroupOf(null)).toBeNull();
    expect(licenseGroupOf(' ')).toBeNull();
  });

  it('reads the license tag the Hub adds', () => {
    expect(licenseFromTags(['transformers', 'license:apache-2.0', 'en'])).toBe('apache-2.0');
    expect(licenseFromTags(['en'])).toBeNull();
  });
});
