import { describe, expect, it } from 'vitest';
import { generate } from './engine.ts';
import { FakeStepModel } from './testing/fake-step-model.ts';
import { fakeParams, inputOf } from './testing/scenarios.ts';
import type { GenerationStepEvent } from './types.ts';

describe('engine behaviour', () => {
  it('runs one decoder call per step with all beams batched', async () => {
    const model = new FakeStepModel();
    const result = await generate(model, inputOf([5, 9, 3]), fakeParams({ num_beams: 4 }));
    expect(model.callRows[0]).toBe(1);
    expect(model.callRows.slice(1).every((rows) => rows === 4)).toBe(true);
    expect(model.callRows.length).toBe(result.steps);
  });

  it('includes the decoder start token and ends sequences with EOS or at max_length', async () => {
    const result = await generate(
      new FakeStepModel(),
      inputOf([5, 9, 3]),
      fakeParams({ min_length: 7, max_length: 9 }),
    );
    const tokens = result.sequences[0]?.tokenIds ?? [];
    expect(tokens[0]).toBe(0);
    expect(tokens.length).toBeGreaterThanOrEqual(7);
    expect(tokens.length).toBeLessThanOrEqual(9);
    expect(tokens.slice(1, -1)).not.toContain(1);
  });

  it('streams token events with processed probabilities and the top 5', async () => {
    const events: { tokenId: number; probability: number; top: number[] }[] = [];
    const result = await generate(new FakeStepModel(), inputOf([5, 9, 3]), fakeParams(), {
      onStep: (e) => {
        if (e.kind === 'token')
          events.push({
            tokenId: e.tokenId,
            probability: e.probability,
            top: e.topK.map((t) => t.probability),
          });
      },
    });
    const tokens = result.sequences[0]?.tokenIds ?? [];
    expect(events.map((e) => e.tokenId)).toEqual(tokens.slice(1));
    for (const e of events) {
      expect(e.top).toHaveLength(5);
      expect(e.top[0]).toBeCloseTo(e.probability, 12); // greedy picks the most probable token
      expect([...e.top].sort((a, b) => b - a)).toEqual(e.top);
    }
    expect(result.sequences[0]?.score).toBeCloseTo(
      events.reduce((sum, e) => sum + Math.log(e.probability), 0),
      10,
    );
  });

  it('streams beam events whose last finished list ends as the result', async () => {
    const beamEvents: { beams: number; finished: number }[] = [];
    const result = await generate(
      new FakeStepModel(),
      inputOf([7, 7, 2]),
      fakeParams({ num_beams: 3, early_stopping: true }),
      {
        onStep: (e) => {
          if (e.kind === 'beams') beamEvents.push({ beams: e.beams.length, finished: e.finished.length });
        },
      },
    );
    expect(beamEvents).toHaveLength(result.steps);
    expect(beamEvents.every((e) => e.beams === 3)).toBe(true);
    expect(beamEvents.at(-1)?.finished).toBe(3);
  });

  it('beam events: live beams carry running sums, finished ones penalised scores, best first', async () => {
    const events: Extract<GenerationStepEvent, { kind: 'beams' }>[] = [];
    const result = await generate(
      new FakeStepModel(),
      inputOf([5, 9, 3]),
      fakeParams({ num_beams: 3, length_penalty: 1, early_stopping: false, max_length: 12 }),
      { onStep: (e) => (e.kind === 'beams' ? events.push(e) : undefined) },
    );
    for (const event of events) {
      const length = event.step + 2; // decoder start + one token per step
      for (const beam of event.beams) expect(beam.tokenIds).toHaveLength(length);
      expect(event.beams.every((b) => b.tokenIds.at(-1) !== 1)).toBe(true); // EOS candidates do not run on
      const scores = event.finished.map((f) => f.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    }
    // The search ended with every slot finished; the result is the last event's best.
    const [best] = result.sequences;
    expect(events.at(-1)?.finished[0]).toEqual({ tokenIds: best?.tokenIds, score: best?.score });
  });

  it('each returned sequence carries its tokens’ probabilities: their logs add up to the score', async () => {
    for (const overrides of [
      { num_beams: 1 },
      { num_beams: 3, length_penalty: 2 },
      { num_beams: 4, length_penalty: 0.5 },
    ]) {
      const params = fakeParams({ num_return_sequences: 1, ...overrides });
      const result = await generate(new FakeStepModel(), inputOf([5, 9, 3]), params);
      for (const sequence of result.sequences) {
        const generated = sequence.tokenIds.length - 1; // after the decoder start token
        expect(sequence.steps).toHaveLength(generated);
        const sumLogprobs = sequence.steps.reduce((sum, s) => sum + Math.log(s.probability), 0);
        // Greedy: the score is the sum; beam search divides it by generated_len ** length_penalty.
        const penalty = params.num_beams > 1 ? generated ** params.length_penalty : 1;
        expect(sumLogprobs / penalty).toBeCloseTo(sequence.score, 9);
        for (const [i, step] of sequence.steps.entries()) {
          expect(step.topK.map((t) => t.tokenId)).toContain(sequence.tokenIds[i + 1]);
          expect(step.topK[0]?.probability).toBeGreaterThanOrEqual(step.probability);
        }
      }
    }
  });

  it('beam events at max_length: every candidate finished, so no live beam is left', async () => {
    const events: Extract<GenerationStepEvent, { kind: 'beams' }>[] = [];
    const result = await generate(
      new FakeStepModel(),
      inputOf([5, 9, 3]),
      fakeParams({ num_beams: 3, max_length: 3, num_return_sequences: 3 }),
      { onStep: (e) => (e.kind === 'beams' ? events.push(e) : undefined) },
    );
    expect(events.map((e) => e.beams.length)).toEqual([3, 0]);
    expect(events.at(-1)?.finished).toEqual(
      result.sequences.map(({ tokenIds, score }) => ({ tokenIds, score })),
    );
    expect(result.sequences.every((s) => s.tokenIds.length === 3)).toBe(true);
  });

  it('rejects with an AbortError between steps when shouldStop() turns true', async () => {
    const model = new FakeStepModel();
    let steps = 0;
    const run = generate(model, inputOf([5, 9, 3]), fakeParams({ num_beams: 2 }), {
      onStep: () => steps++,
      shouldStop: () => steps >= 2,
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(model.callRows).toHaveLength(2);
  });

  it('does not start the model when already stopped', async () => {
    const model = new FakeStepModel();
    await expect(
      generate(model, inputOf([5]), fakeParams(), { shouldStop: () => true }),
    ).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(model.callRows).toHaveLength(0);
  });

  it('rejects parameter combinations Python rejects', async () => {
    const model = new FakeStepModel();
    await expect(
      generate(model, inputOf([5]), fakeParams({ num_beams: 2, num_return_sequences: 3 })),
    ).rejects.toThrow(/num_return_sequences/);
    await expect(generate(model, inputOf([5]), fakeParams({ num_return_sequences: 2 }))).rejects.toThrow(
      /Greedy/,
    );
    await expect(
      generate(model, inputOf([5]), fakeParams({ do_sample: true, temperature: 0 })),
    ).rejects.toThrow(/temperature/);
  });

  it('bad_words_ids keep a token out of every search, and renormalize_logits changes beam scores only where tokens are banned', async () => {
    const input = inputOf([5, 9, 3]);
    const free = await generate(new FakeStepModel(), input, fakeParams({ num_beams: 1 }));
    const first = free.sequences[0]?.tokenIds[1];
    if (first === undefined) throw new Error('nothing generated');
    for (const num_beams of [1, 3]) {
      const banned = await generate(
        new FakeStepModel(),
        input,
        fakeParams({ num_beams, bad_words_ids: [[first]] }),
      );
      expect(banned.sequences[0]?.tokenIds.slice(1)).not.toContain(first);
    }
    const beams = { num_beams: 3, bad_words_ids: [[first]] };
    const plain = await generate(new FakeStepModel(), input, fakeParams(beams));
    const renormalised = await generate(
      new FakeStepModel(),
      input,
      fakeParams({ ...beams, renormalize_logits: true }),
    );
    // With a banned token the remaining probabilities no longer sum to 1 until renormalised: scores rise.
    expect(renormalised.sequences[0]?.score).toBeGreaterThan(plain.sequences[0]?.score ?? 0);
  });
});
