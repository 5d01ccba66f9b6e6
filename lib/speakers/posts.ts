/**
 * Embedded social posts: the author of a post signed "Name (@handle)", when the handle spells the
 * name (or its surname), and whether the account is a reporter's (its posts relay news).
 */
import type { Cue } from './cue';
import type { RawName } from './model';
import { handleLetters } from './keys';
import type { Sentence } from './subjects';
import type { Mention } from './names';
import type { Lang } from './lang';

/** Handle suffixes of reporters' social accounts ("@janeholtBBC", "@tomreedPA" of the Press Association, "@amyboydGDN" of the Guardian): their posts relay news. */
const MEDIA_HANDLE = 'cnn|bbc|nyt|wsj|ft|ap|pa|afp|reuters|abc|cbs|nbc|fox|sky|itv|news|times|post|guardian|gdn';
const MEDIA_HANDLE_SUFFIX = new RegExp(`(${MEDIA_HANDLE})$`);
const MEDIA_HANDLE_PREFIX = new RegExp(`^(${MEDIA_HANDLE})`);

/** German umlauts as handles spell them ("Krüger" → "Krueger"). */
function umlauts(w: string): string {
  return w.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/Ä/g, 'Ae').replace(/Ö/g, 'Oe').replace(/Ü/g, 'Ue').replace(/ß/g, 'ss');
}

/** "Amira Haddad MP (@AmiraHaddadMP)": the handle names the post's author when it spells the name. */
export function tweetAuthor(s: Sentence, peopleOf: () => readonly RawName[]): { name: RawName; journalist: boolean } | null {
  const t = s.tokens;
  const h = s.to - 2;
  if (t[s.to - 1]?.text !== ')' || t[h]?.kind !== 'handle' || t[h - 1]?.text !== '(') return null;
  const people = peopleOf();
  const handle = handleLetters(t[h]!.text);
  const before = s.mentions.find((m) => m.to === h - 1 && m.person);
  // "… in Rome and Nicky Woolf (@nickywoolf) in Seattle": a name inside running text is no signature.
  const lead = before ? t[before.from - 1]?.lower ?? '' : '';
  if (s.L.conj.has(lead) || s.L.preps.has(lead)) return null;
  // "Roma (@Roma)", "Fastft (@FastFT)": one word alone signs an account (a city, a desk, a
  // ministry), not a person, unless the entry names the person in full.
  const candidates = before && (before.tokens.length > 1 || before.titled) ? [{ tokens: before.tokens, titled: true }, ...people] : people;
  // "— Helen Cartwright MP (@HCartwrightMP)", "Valeria Soto (@ValeSoto)", "Sabine Krüger
  // (@SabineKrueger)": the name right before the handle signs the post when the handle holds its
  // surname, in either spelling of umlauts.
  if (before && before.tokens.length > 1) {
    const surname = before.tokens[before.tokens.length - 1]!;
    const given = handleLetters(before.tokens[0]!);
    // The handle is part of the given name, the surname, and at most a post-nominal or a tag of
    // three letters (a country, a firm, an outlet): "ValeSoto", "KPietrzak", "HCartwrightMP",
    // "AVarga_HU", "jholt_bbc" (not "suttonnick" or "osbornep": those put the surname first).
    const tail = (x: string) => {
      const at = handle.indexOf(x);
      if (x.length < 4 || at < 0 || !given.startsWith(handle.slice(0, at))) return null;
      const rest = handle.slice(at + x.length);
      if (!rest || s.L.postNominals.has(rest)) return rest;
      // A tag follows a whole given name or its initial, and is not the given name's initial ("fletcherr").
      const lead = handle.slice(0, at);
      return rest.length <= 3 && !given.startsWith(rest) && (lead.length <= 1 || lead === given) ? rest : null;
    };
    const tag = [handleLetters(surname), handleLetters(umlauts(surname))].map(tail).find((r) => r !== null);
    if (tag !== undefined && tag !== null) {
      const full = handleLetters(before.tokens.join(''));
      const rest = handle.startsWith(full) ? handle.slice(full.length) : tag;
      return { name: { tokens: before.tokens, titled: true }, journalist: MEDIA_HANDLE_SUFFIX.test(rest) };
    }
  }
  for (const c of candidates) {
    const full = handleLetters(c.tokens.join(''));
    const initials = c.tokens.length > 1 ? handleLetters(c.tokens.map((w) => w[0]).join('')) : '';
    if (full.length < 4) continue;
    if (handle === full || handle === initials) return { name: c, journalist: false };
    // "Mark Ellis (@drmarkellis)", "(@CllrAnaRuiz)": the owner's title before the whole name.
    if (handle.endsWith(full) && s.L.titles.has(handle.slice(0, -full.length))) return { name: c, journalist: false };
    if (handle.startsWith(full)) return { name: c, journalist: MEDIA_HANDLE_SUFFIX.test(handle.slice(full.length)) };
    // "Nick Robinson (@bbcnickrobinson)": a reporter's account carries the outlet first.
    if (handle.endsWith(full) && MEDIA_HANDLE_PREFIX.test(handle.slice(0, -full.length))) return { name: c, journalist: true };
  }
  return null;
}

/**
 * A post that opens with a short label and a colon ("breaking: …", "Government sources: …",
 * "survey by the chamber of commerce: …", "NIESR: …") passes on what its source says: its author
 * relays news, as a reporter's post does, and is no speaker of it (unless the label is the
 * author's own: "our forecast: …").
 */
export function opensWithSource(post: Sentence | undefined): boolean {
  if (!post) return false;
  const t = post.tokens;
  for (let i = post.from; i < post.to && i <= post.from + 6; i++) {
    if (t[i]!.text === ':') return i > post.from;
    // "our new forecast: …" labels the author's own work.
    if (t[i]!.kind !== 'word' || post.L.firstPerson.has(t[i]!.lower)) return false;
  }
  return false;
}

/**
 * The post reports what someone else said: a named person ("says Okafor"), or a body or a group
 * ("the agency confirms", "two more firms reveal"), not an order to the reader ("please note …").
 * Its author relays news, as a reporter does.
 */
export function relaysOthers(post: readonly Sentence[], cues: readonly (readonly Cue[])[]): boolean {
  return post.some((s, i) =>
    (cues[i] ?? []).some((c) => {
      if (c.subject.type === 'person') return true;
      if (c.subject.type !== 'anon') return false;
      const before = s.tokens[c.at - 1];
      return c.at > s.from && !s.L.requests.has(before?.lower ?? '');
    }),
  );
}

/**
 * "Labour MP David Lammy: David Lammy (@davidlammy) …", "according to campaigner X. X (@x) …": the
 * entry says what the post's author is, a role or trade of someone with a stake in the story, so the
 * post is their own view even where it names others.
 */
export function introducedByRole(mentions: readonly Mention[], name: readonly string[], L: Lang): boolean {
  const surname = name[name.length - 1];
  return mentions.some(
    (m) => m.person && !m.journalist && m.tokens[m.tokens.length - 1] === surname && m.roles.some((w) => !L.journalistRoles.has(w) && (L.isRole(w) || L.occupations.has(w) || L.publicRoles.has(w))),
  );
}
