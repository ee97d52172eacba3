import { expect, it } from 'vitest';
import { createFrameBatcher } from './frame-batcher.ts';

it('delivers everything pushed before a frame in one batch, in order', () => {
  const frames: Array<() => void> = [];
  const batches: number[][] = [];
  const push = createFrameBatcher<number>(
    (items) => batches.push(items),
    (cb) => frames.push(cb),
  );
  push(1);
  push(2);
  push(3);
  expect(frames).toHaveLength(1);
  frames.shift()!();
  push(4);
  frames.shift()!();
  expect(batches).toEqual([[1, 2, 3], [4]]);
});
