import type { SpecialToken } from '../../shared/tokenization/types.ts';

interface Props {
  value: string | null;
  /** The tokenizer's own pad token (tokenizer_config.json), or null when it has none. */
  ownPad: string | null;
  specialTokens: readonly SpecialToken[];
  onChange(value: string | null): void;
}

function label({ token, id, roles }: SpecialToken): string {
  return `${roles.length > 0 ? `${roles.join(' = ')}: ` : ''}${token} (${id})`;
}

/**
 * Python's `tokenizer.pad_token = …`: a tokenizer without a pad token cannot pad until one is
 * set, and people set the end-of-sequence token (listed first). Any special token can be picked.
 */
export function PadTokenSelect({ value, ownPad, specialTokens, onChange }: Props) {
  // A choice kept from another tokenizer (e.g. from the URL) stays visible, marked.
  const foreign = value !== null && !specialTokens.some((s) => s.token === value);
  return (
    <label className="col-span-2 block">
      <code>pad_token</code>
      <select
        data-testid="setting-pad_token"
        className="mt-1 block w-full rounded border border-slate-300 px-1 py-1 font-mono"
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
      >
        <option value="">the tokenizer’s own ({ownPad ?? 'none: padding fails'})</option>
        {specialTokens.map((s) => (
          <option key={s.id} value={s.token}>
            {label(s)}
          </option>
        ))}
        {foreign && <option value={value}>{value} (not a token of this tokenizer)</option>}
      </select>
    </label>
  );
}
