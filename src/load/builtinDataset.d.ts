declare module 'virtual:builtin-dataset' {
  /** The built-in dataset, validated and normalised at build time (scripts/vite/builtinDatasetPlugin.ts). */
  const dataset: import('../model/types').Dataset;
  export default dataset;
}
