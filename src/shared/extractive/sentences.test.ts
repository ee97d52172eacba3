import { describe, expect, it } from 'vitest';
import { splitSentences, type SentenceSpan } from './sentences.ts';

/** The splitter's contract, checked on every case: exact, ordered, trimmed, lossless spans. */
function expectLosslessSpans(text: string, spans: readonly SentenceSpan[]): void {
  const covered = new Array<boolean>(text.length).fill(false);
  let previousEnd = 0;
  for (const span of spans) {
    expect(text.slice(span.start, span.end)).toBe(span.text);
    expect(span.start).toBeGreaterThanOrEqual(previousEnd);
    expect(span.text).toBe(span.text.trim());
    expect(span.text.length).toBeGreaterThan(0);
    covered.fill(true, span.start, span.end);
    previousEnd = span.end;
  }
  // UTF-16 indices, as the spans use: surrogate halves of an emoji must be covered too.
  const lost = text.split('').filter((ch, i) => !/\s/u.test(ch) && !covered[i]);
  expect(lost).toEqual([]);
}

const cases: [name: string, text: string, expected: string[]][] = [
  [
    'titles',
    'Mr. Smith went to Washington. He met Dr. Jones there.',
    ['Mr. Smith went to Washington.', 'He met Dr. Jones there.'],
  ],
  [
    'hyphenated title',
    'It was then-Sen. Obama who spoke. Others agreed.',
    ['It was then-Sen. Obama who spoke.', 'Others agreed.'],
  ],
  [
    'U.S. before a name vs. at the end',
    'The U.S. Navy said the ship sailed. It left the U.S. The crew was safe.',
    ['The U.S. Navy said the ship sailed.', 'It left the U.S.', 'The crew was safe.'],
  ],
  [
    'e.g. before lower case',
    'Use tools, e.g. hammers. They help.',
    ['Use tools, e.g. hammers.', 'They help.'],
  ],
  [
    'a.m. mid-sentence and at the end',
    'The meeting began at 9 a.m. Tuesday. It ended at 5 p.m. The vote was close.',
    ['The meeting began at 9 a.m. Tuesday.', 'It ended at 5 p.m.', 'The vote was close.'],
  ],
  [
    'month abbreviation and decimals',
    'Prices rose 3.5 percent in Jan. 2015. Analysts were surprised.',
    ['Prices rose 3.5 percent in Jan. 2015.', 'Analysts were surprised.'],
  ],
  [
    'No. before a number only',
    'He lives at No. 10 Downing Street. No. He does not.',
    ['He lives at No. 10 Downing Street.', 'No.', 'He does not.'],
  ],
  [
    'initials',
    'J. K. Rowling wrote it. George W. Bush read it.',
    ['J. K. Rowling wrote it.', 'George W. Bush read it.'],
  ],
  [
    'company at sentence end',
    'She joined Apple Inc. The job was new.',
    ['She joined Apple Inc.', 'The job was new.'],
  ],
  [
    'urls and versions',
    'Visit example.com today. Version 2.0 is out.',
    ['Visit example.com today.', 'Version 2.0 is out.'],
  ],
  [
    'ellipses',
    'Wait... what happened? I do not know… Nobody does.',
    ['Wait... what happened?', 'I do not know…', 'Nobody does.'],
  ],
  ['spaced ellipsis', 'He paused . . . Then he spoke.', ['He paused . . .', 'Then he spoke.']],
  [
    'quotes after the period',
    '"I will stay," she said. "We won." Then they left.',
    ['"I will stay," she said.', '"We won."', 'Then they left.'],
  ],
  ['curly quotes', '“It is over.” The crowd cheered.', ['“It is over.”', 'The crowd cheered.']],
  [
    'bracket after the period',
    'The vote passed (by a wide margin.) Critics objected.',
    ['The vote passed (by a wide margin.)', 'Critics objected.'],
  ],
  [
    'question and exclamation marks',
    'Why? Because we can! "Really?" he asked. What?! Fine.',
    ['Why?', 'Because we can!', '"Really?" he asked.', 'What?!', 'Fine.'],
  ],
  [
    'line breaks and paragraphs',
    'Headline without a period\nThe first paragraph starts. It continues.\n\nSecond paragraph\r\nThird',
    [
      'Headline without a period',
      'The first paragraph starts.',
      'It continues.',
      'Second paragraph',
      'Third',
    ],
  ],
  ['numbered list lines', '1. Buy milk.\n2. Walk the dog.', ['1. Buy milk.', '2. Walk the dog.']],
  [
    'CNN dateline with dashes',
    'LONDON, England (CNN) -- Police arrested two men on Monday. They were released.',
    ['LONDON, England (CNN) -- Police arrested two men on Monday.', 'They were released.'],
  ],
  [
    'CNN dateline without a space',
    '(CNN)A storm hit the coast. Power failed.',
    ['(CNN)A storm hit the coast.', 'Power failed.'],
  ],
  ['Chinese', '今天天气很好。我们去公园吧！你来吗？', ['今天天气很好。', '我们去公园吧！', '你来吗？']],
  ['Japanese closing bracket', '「行こう。」彼は言った。', ['「行こう。」', '彼は言った。']],
  ['Arabic question mark', 'كيف حالك؟ أنا بخير. شكرا!', ['كيف حالك؟', 'أنا بخير.', 'شكرا!']],
  ['Hindi danda', 'मैं घर जा रहा हूँ। तुम कहाँ हो?', ['मैं घर जा रहा हूँ।', 'तुम कहाँ हो?']],
  [
    'emoji close the sentence',
    'We won the cup! 🏆🎉 The parade is tomorrow. 👍🏽',
    ['We won the cup! 🏆🎉', 'The parade is tomorrow. 👍🏽'],
  ],
  [
    'ZWJ sequences and flags',
    'Family trip! 👨‍👩‍👧 Next stop 🇫🇷. Done.',
    ['Family trip! 👨‍👩‍👧', 'Next stop 🇫🇷.', 'Done.'],
  ],
  ['no terminator', 'just some words', ['just some words']],
  ['empty', '', []],
  ['whitespace only', '  \n\t \n ', []],
];

describe('splitSentences', () => {
  it.each(cases)('%s', (_name, text, expected) => {
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual(expected);
    expectLosslessSpans(text, spans);
  });

  it('reports offsets into the original string', () => {
    expect(splitSentences('  Hello there.  Bye!\n')).toEqual([
      { text: 'Hello there.', start: 2, end: 14 },
      { text: 'Bye!', start: 16, end: 20 },
    ]);
  });

  it('never loses or duplicates characters on adversarial punctuation soup', () => {
    const pieces = [
      'Mr.',
      'U.S.',
      ' ',
      '. ',
      '...',
      '?!',
      '"',
      ')',
      '\n',
      '。',
      '🎉',
      'word',
      'Word',
      '3.5',
      ' The',
      '؟',
      '(CNN)',
      '--',
    ];
    let seed = 7;
    // A fixed linear congruential generator keeps the "random" inputs the same on every run.
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % pieces.length;
    for (let round = 0; round < 300; round++) {
      const text = Array.from({ length: 25 }, () => pieces[next()]).join('');
      expectLosslessSpans(text, splitSentences(text));
    }
  });
});
