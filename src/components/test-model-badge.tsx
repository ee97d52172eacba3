import { isTestModel } from '../shared/model-catalog.ts';

/** Marks a fixture model (`glasspipe-test/…`) wherever a model picker describes its model. */
export function TestModelBadge({ model }: { model: string }) {
  if (!isTestModel(model)) return null;
  return <strong className="mr-1 rounded bg-amber-100 px-1 text-amber-900">Test model</strong>;
}
