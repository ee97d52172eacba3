/**
 * `hypothesis_template.format(label)`, as Python's zero-shot pipeline builds each hypothesis: `{}`
 * (or `{0}`) is replaced by the label inserted literally, `{{` and `}}` stand for braces. Python
 * refuses a template that formatting leaves unchanged (it has no place for the label). A second
 * `{}` or a named field fails in Python too (IndexError / KeyError), with a message here.
 */
export type TemplateOutcome = { ok: true; hypothesis: string } | { ok: false; message: string };

export function fillTemplate(template: string, label: string): TemplateOutcome {
  let out = '';
  let fields = 0;
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    const next = template[i + 1];
    if (c === '{' && next === '{') {
      out += '{';
      i++;
    } else if (c === '}' && next === '}') {
      out += '}';
      i++;
    } else if (c === '{') {
      const end = template.indexOf('}', i);
      if (end < 0)
        return {
          ok: false,
          message: `The template has a "{" that is never closed: write "{{" for a literal brace.`,
        };
      const field = template.slice(i + 1, end);
      if (field !== '' && field !== '0')
        return {
          ok: false,
          message: `The template has the field "{${field}}": only "{}" can hold the label (Python's format would fail).`,
        };
      fields++;
      if (field === '' && fields > 1)
        return {
          ok: false,
          message:
            'The template has more than one "{}": Python fills it with one label, so it would fail. Use "{0}" to repeat the label.',
        };
      out += label;
      i = end;
    } else if (c === '}') {
      return {
        ok: false,
        message: 'The template has a "}" that was never opened: write "}}" for a literal brace.',
      };
    } else {
      out += c;
    }
  }
  if (fields === 0)
    return {
      ok: false,
      message: `The template "${template}" has no "{}" for the label, so every hypothesis would be the same text: Python refuses it. Write it with {} where the label goes, e.g. "This example is {}."`,
    };
  return { ok: true, hypothesis: out };
}
