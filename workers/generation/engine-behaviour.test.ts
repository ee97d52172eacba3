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
    expect(events.at(-1)?.finished[0]).toEqual(result.sequences[0]);
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
    expect(events.at(-1)?.finished).toEqual(result.sequences);
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
});
