import { describe, expect, it } from 'vitest';
import { barPercent, formatLogit, formatScore, looksSpecial } from './score-format.ts';

describe('formatScore', () => {
  it.each([
    [0.93456, '0.935'],
    [1, '1.000'],
    [0, '0.000'],
    [0.0004, '<0.001'],
    [Number.NaN, 'NaN'],
  ])('%s → %s', (score, text) => {
    expect(formatScore(score)).toBe(text);
  });
});

describe('formatLogit', () => {
  it('three decimals, no negative zero', () => {
    expect(formatLogit(-2.71828)).toBe('-2.718');
    expect(formatLogit(-0.0001)).toBe('0.000');
    expect(formatLogit(3)).toBe('3.000');
  });
});

describe('barPercent', () => {
  it('is the score in percent, clamped to the bar', () => {
    expect(barPercent(0.25)).toBe(25);
    expect(barPercent(1.2)).toBe(100);
    expect(barPercent(-1)).toBe(0);
    expect(barPercent(Number.NaN)).toBe(0);
  });
});

describe('looksSpecial', () => {
  it.each([
    ['[CLS]', true],
    ['[SEP]', true],
    ['<s>', true],
    ['</s>', true],
    ['<|endoftext|>', true],
    ['<pad>', true],
    ['good', false],
    ['##ing', false],
    ['Ġ<', false],
    ['[', false],
    ['<0xE2>', false],
  ])('%s → %s', (token, special) => {
    expect(looksSpecial(token)).toBe(special);
  });
});
