/**
 * The generic structural signal: a run of sibling blocks each with a time, or a flat ticker of
 * time-stamped headings. Must stay cheaper than Readability's `isProbablyReaderable`.
 * (Filled in by the generic-detection work; until then it never fires.)
 */
export function hasLiveStructure(_doc: Document): boolean {
  return false;
}
