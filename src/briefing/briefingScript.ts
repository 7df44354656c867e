/**
 * Where the briefing's one-file script sits: beside the page's entry script, named after it, so a
 * new build's briefing script never mixes with an old page (scripts/vite/briefingBundlePlugin.ts
 * writes it).
 */
export function briefingScriptName(entryScript: string): string {
  if (!entryScript.endsWith('.js')) throw new Error(`briefingScriptName: "${entryScript}" is not a script`);
  return entryScript.replace(/\.js$/, '.briefing.js');
}
