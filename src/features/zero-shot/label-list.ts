/**
 * The chips edit the comma-separated `zeroshot-labels` text: they show it as Python parses it
 * (split on commas, stripped, duplicates merged) and write it back joined with ", ".
 */
import { parseCandidateLabels } from '../../shared/classification/candidate-labels.ts';

export function labelChips(text: string): string[] {
  return parseCandidateLabels(text).labels;
}

/** The text with `typed` added (it may hold several labels separated by commas). */
export function addLabels(text: string, typed: string): string {
  return parseCandidateLabels([...labelChips(text), ...typed.split(',')]).labels.join(', ');
}

export function removeLabel(text: string, index: number): string {
  return labelChips(text)
    .filter((_, i) => i !== index)
    .join(', ');
}
