/**
 * The protocol's one entry point. Nothing under protocol/ imports this file, so it adds no cycle.
 * One table of dtypes and their ONNX file suffixes serves the app, the worker and models:pull.
 */
export { DTYPES, type Dtype } from '../model-files/dtypes.ts';
export * from './envelope.ts';
export * from './generation.ts';
export * from './runtime.ts';
export * from './task-map.ts';
export * from './tasks/extract.ts';
export * from './tasks/generate.ts';
export * from './tasks/hub.ts';
export * from './tasks/model-facts.ts';
export * from './tasks/models.ts';
export * from './tasks/sentiment.ts';
export * from './tasks/summarize.ts';
export * from './tasks/tokenize.ts';
export * from './tasks/translate.ts';
export * from './tasks/zero-shot.ts';
