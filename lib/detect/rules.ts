import { isStreamPlace } from './blocks';
import { isSeparator } from './flat';

// AP's "The Latest" in its newer form, syndicated to local sites: no times at all, only sections
// between "___" rules, each opening with a dateline ("MADRID — ", "SAN JUAN, Puerto Rico (AP) — ").
// Saved pages carry the dash mangled ("LONDON \" ", U+FFFD) as often as not.
const DATELINE = /^[A-ZÀ-Þ][A-ZÀ-Þ'.-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ'.-]+){0,3}(?:, [A-Z][\w.]+(?: [A-Z][\w.]+){0,2})?(?: \(AP\))? ?(?:—|–|--?|"|\ufffd) \S/;

/** True when a text opens with a dateline. */
export function isDatelineText(text: string): boolean {
  return DATELINE.test(text.replace(/\s+/g, ' ').trimStart().slice(0, 80));
}

/** True when an element's text opens with a dateline. */
export function opensWithDateline(el: Element): boolean {
  return isDatelineText(el.textContent ?? '');
}

/** True when an element opens a section between rules with a dateline (the first one of its section). */
export function isDatelineMarker(el: Element): boolean {
  if (!opensWithDateline(el)) return false;
  for (let p = el.previousElementSibling; p && !isSeparator(p); p = p.previousElementSibling) if (opensWithDateline(p)) return false;
  return true;
}

/**
 * The dateline markers of the best stream of sections between rules: one container, at least
 * `min` sections that open with a dateline. Sections without one (a box of links, "Follow AP's
 * coverage") are no entries.
 */
export function bestRuleStream(rules: readonly Element[], min: number): Element[] {
  const byParent = new Map<Element, number>();
  for (const r of rules) if (r.parentElement) byParent.set(r.parentElement, (byParent.get(r.parentElement) ?? 0) + 1);
  let best: Element[] = [];
  for (const [parent, count] of byParent) {
    if (count + 1 < min || !isStreamPlace(parent)) continue;
    const markers = [...parent.children].filter(isDatelineMarker);
    if (markers.length >= min && markers.length > best.length) best = markers;
  }
  return best;
}
