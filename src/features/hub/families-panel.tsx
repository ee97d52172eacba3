import {
  MODEL_FAMILIES,
  compareIdsOf,
  licenseOf,
  type Architecture,
  type ModelFamily,
} from '../../shared/hub/model-families.ts';
import { FamiliesTable } from './families-table.tsx';
import { MAX_COMPARE } from './hub-inputs.ts';
import { licenseLabel } from './row-format.ts';

interface Props {
  onOpen: (modelId: string) => void;
  onCompare?: (ids: string[]) => void;
}

const ARCHITECTURE_LABELS: Record<Architecture, string> = {
  'encoder-decoder': 'Encoder-decoder',
  'decoder-only': 'Decoder-only',
  'encoder-only': 'Encoder-only',
};

/** The family's license in words, or that its members' licenses differ (each row shows its own). */
function familyLicense(family: ModelFamily): string {
  const licenses = new Set(family.members.map((m) => licenseOf(family, m)));
  const only = licenses.size === 1 ? [...licenses][0] : undefined;
  return only === undefined ? 'licenses differ by model' : licenseLabel(only);
}

/**
 * The famous families from the app's table (shared/hub/model-families.ts), each with its sizes,
 * lineage, licenses and browser builds. Every id opens in the model detail, which reads the
 * repo's real files; "Compare sizes" sends a few members to Compare.
 */
export function FamiliesPanel({ onOpen, onCompare }: Props) {
  return (
    <section data-testid="hub-families" aria-labelledby="hub-families-title" className="space-y-4">
      <div>
        <h3 id="hub-families-title" className="font-semibold">
          Famous families
        </h3>
        <p className="text-sm text-slate-700">
          Start with a small member of a family you know, and prefer one fine-tuned for your task: Dolly, for
          example, is a Pythia fine-tuned to follow instructions. The dtypes listed are what such ONNX
          conversions usually ship; open one to see the files it really has.
        </p>
      </div>
      {MODEL_FAMILIES.map((family) => {
        const headingId = `hub-family-${family.id}`;
        const compareIds = compareIdsOf(family, MAX_COMPARE);
        return (
          <article
            key={family.id}
            data-testid="hub-family"
            data-family-id={family.id}
            aria-labelledby={headingId}
            className="space-y-2 rounded border border-slate-200 p-3"
          >
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h4 id={headingId} className="font-semibold">
                {family.name}
              </h4>
              {onCompare && compareIds.length > 1 && (
                <button
                  type="button"
                  data-testid="hub-family-compare"
                  data-value={JSON.stringify(compareIds)}
                  aria-label={`Compare sizes of ${family.name}: ${compareIds.join(', ')}`}
                  className="rounded border border-slate-300 bg-white px-2 py-1 text-sm hover:bg-slate-50 focus-visible:ring-2 focus-visible:ring-sky-600"
                  onClick={() => onCompare(compareIds)}
                >
                  Compare sizes
                </button>
              )}
            </div>
            <p className="text-xs text-slate-600">
              {family.organisation} · {ARCHITECTURE_LABELS[family.architecture]} · {familyLicense(family)}
            </p>
            <p className="text-sm text-slate-700">{family.summary}</p>
            <FamiliesTable family={family} onOpen={onOpen} />
          </article>
        );
      })}
    </section>
  );
}
