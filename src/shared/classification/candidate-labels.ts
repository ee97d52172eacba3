/**
 * Candidate labels as Python's zero-shot pipeline reads them (`_parse_labels`): one string is
 * split on commas and each part stripped, empty parts dropped. Python keeps duplicates (and runs
 * them twice); we merge them and say so.
 */
export interface ParsedLabels {
  labels: string[];
  /** Labels given more than once, merged into their first place. */
  duplicates: string[];
}

export function parseCandidateLabels(input: string | readonly string[]): ParsedLabels {
  const parts =
    typeof input === 'string'
      ? input
          .split(',')
          .map((label) => label.trim())
          .filter((label) => label !== '')
      : input.map((label) => label.trim()).filter((label) => label !== '');
  const labels: string[] = [];
  const duplicates: string[] = [];
  for (const label of parts) {
    if (!labels.includes(label)) labels.push(label);
    else if (!duplicates.includes(label)) duplicates.push(label);
  }
  return { labels, duplicates };
}
