// A cheap, sound pre-test for an adapter's marker selector, checked during the one page walk.
// An element can only match a selector if it has what the selector's last compound names (tag,
// id, classes, attributes), so when no element has that, the marker cannot match and its
// `querySelector` (a second full walk of the page) is skipped. Pseudo-classes, ancestors and
// anything unusual are left to the real query: the pre-test may only ever say "cannot match".

/** An attribute the element must carry, and what its value must equal, start, contain or end with. */
interface AttributeNeed {
  name: string;
  op: '' | '=' | '^=' | '*=' | '$=';
  value: string;
}

/** What an element must carry to match one selector's last compound. */
export interface Need {
  tag: string | null;
  id: string | null;
  classes: string[];
  attributes: AttributeNeed[];
}

/** Splits `text` at `separator` characters outside brackets, parentheses and quotes. */
function splitTop(text: string, isSeparator: (ch: string) => boolean): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[' || ch === '(') depth++;
    else if (ch === ']' || ch === ')') depth--;
    else if (depth === 0 && isSeparator(ch)) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

const ATTRIBUTE = /\[\s*([\w:-]+)\s*(?:([\^*$]?=)\s*(?:"([^"]*)"|'([^']*)'|([\w-]+))\s*)?\]/g;

/** The compound without its pseudo-classes and their arguments (`:not([id])` names no need). */
function withoutPseudo(compound: string): string | null {
  let out = '';
  for (let i = 0; i < compound.length; i++) {
    if (compound[i] !== ':') {
      out += compound[i];
      continue;
    }
    while (compound[i + 1] === ':' || /[\w-]/.test(compound[i + 1] ?? '')) i++;
    if (compound[i + 1] !== '(') continue;
    let depth = 0;
    for (i++; i < compound.length; i++) {
      if (compound[i] === '(') depth++;
      else if (compound[i] === ')' && --depth === 0) break;
    }
    if (depth !== 0) return null;
  }
  return out;
}

function needOf(compound: string): Need | null {
  const attributes: AttributeNeed[] = [];
  const plain = withoutPseudo(compound);
  if (plain === null) return null;
  // What is left besides the attributes must be plain tag, id and classes, or the pre-test gives up.
  const rest = plain.replace(ATTRIBUTE, (_, name: string, op: string | undefined, dq?: string, sq?: string, bare?: string) => {
    attributes.push({ name, op: (op ?? '') as AttributeNeed['op'], value: (dq ?? sq ?? bare ?? '').toLowerCase() });
    return '';
  });
  if (!/^(?:[a-zA-Z][\w-]*|\*)?(?:[.#][\w-]+)*$/.test(rest)) return null;
  return {
    tag: /^[a-zA-Z][\w-]*/.exec(rest)?.[0].toLowerCase() ?? null,
    id: /#([\w-]+)/.exec(rest)?.[1] ?? null,
    classes: [...rest.matchAll(/\.([\w-]+)/g)].map((m) => m[1]!),
    attributes,
  };
}

/**
 * What an element must have to match some selector of a list, or null when the list is beyond
 * this pre-test (escapes, unbalanced syntax): then the marker is always queried.
 */
export function markerNeeds(selector: string): Need[] | null {
  const needs: Need[] = [];
  for (const one of splitTop(selector, (ch) => ch === ',')) {
    const compounds = splitTop(one, (ch) => ch === ' ' || ch === '>' || ch === '+' || ch === '~' || ch === '\n' || ch === '\t');
    const need = needOf(compounds[compounds.length - 1] ?? '');
    if (!need) return null;
    needs.push(need);
  }
  return needs.length ? needs : null;
}

function hasClass(el: Element, name: string): boolean {
  // The attribute node, not `getAttribute('class')`: linkedom builds a token list for the latter.
  const cls = el.getAttributeNode('class')?.value ?? null;
  return cls !== null && cls.includes(name) && cls.split(/\s+/).includes(name);
}

function attributeMatches(el: Element, need: AttributeNeed): boolean {
  // Compared without case: some HTML attribute values (`type`) match selectors regardless of it.
  const value = el.getAttributeNode(need.name)?.value.toLowerCase();
  if (value === undefined) return false;
  switch (need.op) {
    case '=':
      return value === need.value;
    case '^=':
      return value.startsWith(need.value);
    case '*=':
      return value.includes(need.value);
    case '$=':
      return value.endsWith(need.value);
    default:
      return true;
  }
}

/** True when `el` (whose tag is `tag`) could match one of the selectors `needs` describes. */
export function mayMatch(el: Element, tag: string, needs: readonly Need[]): boolean {
  return needs.some(
    (n) =>
      (n.tag === null || n.tag === tag) &&
      (n.id === null || el.getAttribute('id') === n.id) &&
      n.classes.every((c) => hasClass(el, c)) &&
      n.attributes.every((a) => attributeMatches(el, a)),
  );
}
