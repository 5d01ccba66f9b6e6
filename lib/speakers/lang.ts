/**
 * Language knowledge for the speaker finder, as data: one `LexiconData` per language (word lists
 * as space-separated strings, so a lexicon is a small plain object that a per-language script can
 * register in the page), compiled once into the sets and verb table the engine reads.
 */

import type { LexiconData, VerbClass } from './lexicon-data';
import { declension, type Declension } from './inflection-pl';
import { nameKey } from './keys';

export type { LexiconData, VerbClass } from './lexicon-data';

/** A reporting verb form. */
export interface VerbInfo {
  lemma: string;
  cls: VerbClass;
  /** -ing form / gerund: needs a subject from the clause it hangs on (", adding that ..."). */
  participle: boolean;
  /** Base form ("to criticise"): only counts after "used her testimony to" style fillers. */
  base: boolean;
  /** Past participle or past form that a passive auxiliary can turn around ("was told"). */
  past: boolean;
  /** A particle that must follow later in the clause (German "teilte ... mit"). */
  particle?: string;
  /** The subject pronoun is joined to the verb ("déclare-t-il", "dit-elle"). */
  clitic?: boolean;
}

/** Word lists compiled to sets: every space-separated list of `LexiconData` but the verbs. */
const SET_FIELDS = [
  'common', 'titles', 'occupations', 'keepTitles', 'postNominals', 'particles', 'pluralAgreement',
  'stopCaps', 'acronyms', 'orgWords', 'placeFirst', 'places', 'nationalities',
  'parties', 'districtWords', 'kin', 'publicRoles', 'anonRoles', 'journalistRoles',
  'publications', 'speechNouns', 'locative', 'pronouns', 'indefinite', 'fillers',
  'blockers', 'passiveAux', 'clauseStart', 'complementizers', 'issued', 'tributes',
  'legal', 'platforms', 'speechContainers', 'abbrev', 'elisions', 'dets',
  'nounDets', 'preps', 'ofWords', 'possDets', 'aux', 'npWords',
  'functionHeads', 'npBoundary', 'afterInversion', 'adverbs', 'nounNext', 'accordingAfter', 'pressPreps',
  'conj', 'contrast', 'bylineVerbs', 'agentPreps', 'byWords', 'signed', 'interviews', 'forLead', 'judgements',
  'colleagues', 'ours', 'pieces', 'whatWords', 'quotedAs', 'workPreps', 'objectDets', 'namedWords', 'groupNouns',
  'topicPreps', 'givenTitles', 'firstPerson', 'givenNames', 'relatives', 'thingRelatives', 'outletNouns', 'requests', 'eventPreps', 'streets',
  'emptySpeech', 'quoteVerbs', 'objectPronouns', 'adjectiveEndings', 'timeNouns', 'claimNouns',
  'femaleNames', 'maleNames', 'femaleWords', 'maleWords', 'singularOnly', 'agreeAfter', 'reflexives', 'toMe',
] as const;
type SetField = (typeof SET_FIELDS)[number];

/** A lexicon compiled for lookups. */
export type Lang = { readonly [K in SetField]: ReadonlySet<string> } & {
  data: LexiconData;
  code: string;
  roleSuffixes: readonly string[];
  /** "according to" phrases, as word lists, by first word. */
  according: ReadonlyMap<string, readonly string[][]>;
  /** "the document reads" phrases, as word lists, by first word. */
  readsAs: ReadonlyMap<string, readonly string[][]>;
  /** Reporting phrases, as word lists, by first word. */
  verbPhrases: ReadonlyMap<string, readonly string[][]>;
  inversion: boolean;
  proDrop: boolean;
  accordingPronoun: ReadonlyMap<string, readonly string[][]>;
  verbFinal: boolean;
  capitalNouns: boolean;
  longColonLead: number;
  nameEndings: readonly string[];
  /** `places` as name keys (folded with `nameEndings`): a declined town read as a name is found by its key. */
  placeKeys: ReadonlySet<string>;
  /** Verbs and place prepositions of a correspondent's filing line ("writes X from Rome"). */
  filing: { verbs: ReadonlySet<string>; from: ReadonlySet<string> };
  /** Question and answer letters of a Q&A, lower-case ("q", "a"), or null. */
  qa: readonly [string, string] | null;
  nominative: ReadonlyArray<readonly [string, string]>;
  /** Given names in every case, where the lexicon lists them (Polish). */
  declension: Declension | null;
  verb(lower: string): VerbInfo | undefined;
  /** A role word, by the list or by a role compound ending ("Aussenministerin"). */
  isRole(lower: string): boolean;
  /** A compound ending in a role ("Regierungssprecherin"). */
  roleCompound(lower: string): boolean;
  /** A role a description can point back with ("the minister", "der Aussenminister"). */
  publicRole(lower: string): boolean;
  /** An organisation word, by the list or by a compound ending ("Gesundheitsbehörde"). */
  isOrg(lower: string): boolean;
  /** A word shaped like a common noun or adjective of the language, never part of a name. */
  nonName(lower: string): boolean;
};

const endsWithAny = (lower: string, suffixes: readonly string[]) => {
  for (const s of suffixes) if (lower.length > s.length + 2 && lower.endsWith(s)) return true;
  return false;
};

const set = (words: string | undefined): ReadonlySet<string> => new Set((words ?? '').trim().split(/\s+/).filter(Boolean));

/** English regular forms of `lemma`: base, 3sg, past, -ing. */
function englishForms(lemma: string): string[] {
  const y = /[^aeiou]y$/.test(lemma);
  const e = lemma.endsWith('e');
  return [
    `=${lemma}`,
    y ? `${lemma.slice(0, -1)}ies` : /(s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`,
    `^${y ? `${lemma.slice(0, -1)}ied` : e ? `${lemma}d` : `${lemma}ed`}`,
    `%${e && !lemma.endsWith('ee') ? lemma.slice(0, -1) : lemma}ing`,
  ];
}

function buildVerbs(data: LexiconData): Map<string, VerbInfo> {
  const map = new Map<string, VerbInfo>();
  for (const [cls, spec] of Object.entries(data.verbs) as Array<[VerbClass, string]>) {
    for (const item of spec.trim().split(/\s+/).filter(Boolean)) {
      let lemma = item;
      let forms: string[];
      if (item.includes(':')) {
        const [l, rest] = item.split(':') as [string, string];
        lemma = l;
        forms = rest.split(',');
      } else if (item.includes('/')) {
        const [stem, para] = item.split('/') as [string, string];
        lemma = stem + para;
        forms = (data.paradigms?.[para] ?? '').trim().split(/\s+/).map((end) => end.replace(/^([=^%]?)/, `$1${stem}`));
      } else forms = data.regular === 'en' ? englishForms(item) : [`=${item}`];
      for (const raw of forms) {
        const [form, particle] = raw.split('>') as [string, string | undefined];
        const mark = form[0]!;
        const surface = /[=^%]/.test(mark) ? form.slice(1) : form;
        const info: VerbInfo = { lemma, cls, participle: mark === '%', base: mark === '=', past: mark === '^', ...(particle ? { particle } : {}) };
        if (!map.has(surface)) map.set(surface, info);
        // "« … », estime-t-il": a finite form with its subject pronoun joined by hyphens.
        if (mark === '=' || mark === '%' || mark === '^') continue;
        for (const c of (data.clitics ?? '').split(/\s+/).filter(Boolean)) {
          const joined = /[aeiou]$/.test(surface) ? `${surface}-t-${c}` : `${surface}-${c}`;
          if (!map.has(joined)) map.set(joined, { ...info, clitic: true });
        }
      }
      // British and American spellings of -ise verbs.
      if (data.regular === 'en' && !item.includes(':') && lemma.endsWith('ise')) {
        for (const f of englishForms(`${lemma.slice(0, -3)}ize`)) {
          const surface = f.replace(/^[=^%]/, '');
          if (!map.has(surface)) map.set(surface, { lemma, cls, participle: f[0] === '%', base: f[0] === '=', past: f[0] === '^' });
        }
      }
    }
  }
  return map;
}

function phrases(spec: string | undefined): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const p of (spec ?? '').split('|')) {
    const words = p.trim().split(/\s+/).filter(Boolean);
    if (!words.length) continue;
    out.set(words[0]!, [...(out.get(words[0]!) ?? []), words]);
  }
  return out;
}

const compiled = new WeakMap<LexiconData, Lang>();

/**
 * Organisation words and acronyms of international news that every language's blogs quote as
 * they are ("Downing Street", "Human Rights Watch", "National News Agency", "Usa", "Onu").
 */
const INTERNATIONAL_ORGS = `street agency agence agenzia agencia presse news watch rights international national council office house ministry
  department committee commission organisation organization foundation institute association
  union army forces police party network press media times post journal`;
const INTERNATIONAL_ACRONYMS = 'us usa uk eu un onu oms who nato idf cia fbi bbc cnn afp ap unrwa unicef hrw u.s. u.k. u.n. e.u.';

/** Compiles (once per lexicon object) the lookups the engine uses. */
export function compileLexicon(data: LexiconData): Lang {
  const hit = compiled.get(data);
  if (hit) return hit;
  const verbs = buildVerbs(data);
  const roleSuffixes = [...set(data.roleSuffixes)].sort((a, b) => b.length - a.length);
  const titles = set(data.titles);
  const publicRoles = set(data.publicRoles);
  const orgWords = set(`${data.orgWords} ${INTERNATIONAL_ORGS}`);
  const orgSuffixes = [...set(data.orgSuffixes)];
  const nonNameSuffixes = [...set(data.nonNameSuffixes)];
  const nameEndings = [...set(data.nameEndings)].sort((a, b) => b.length - a.length);
  const sets = Object.fromEntries(SET_FIELDS.map((f) => [f, set(data[f] as string | undefined)])) as Record<SetField, ReadonlySet<string>>;
  const L: Lang = {
    ...sets,
    // International organisation words and acronyms hold in every language's news.
    orgWords,
    acronyms: set(`${data.acronyms} ${INTERNATIONAL_ACRONYMS}`),
    data,
    code: data.lang,
    roleSuffixes,
    according: phrases(data.according),
    readsAs: phrases(data.readsAs),
    verbPhrases: phrases(data.verbPhrases),
    inversion: data.inversion,
    proDrop: !!data.proDrop,
    accordingPronoun: phrases(data.accordingPronoun),
    verbFinal: !!data.verbFinal,
    capitalNouns: !!data.capitalNouns,
    longColonLead: data.longColonLead ?? 0,
    filing: { verbs: set(data.filing?.split('|')[0]), from: set(data.filing?.split('|')[1]) },
    qa: data.qaMarks ? (data.qaMarks.trim().split(/\s+/) as [string, string]) : null,
    nameEndings,
    placeKeys: new Set([...sets.places].map((p) => nameKey([p], nameEndings))),
    nominative: [...set(data.nominative)].map((r) => r.split('>') as [string, string]).sort((a, b) => b[0].length - a[0].length),
    declension: data.declinedNames ? declension(data.declinedNames.masculine, data.declinedNames.feminine) : null,
    verb: (lower) => verbs.get(lower),
    isRole: (lower) => titles.has(lower) || publicRoles.has(lower) || endsWithAny(lower, roleSuffixes),
    roleCompound: (lower) => endsWithAny(lower, roleSuffixes),
    publicRole: (lower) => publicRoles.has(lower) || endsWithAny(lower, roleSuffixes),
    isOrg: (lower) => orgWords.has(lower) || endsWithAny(lower, orgSuffixes),
    nonName: (lower) => endsWithAny(lower, nonNameSuffixes),
  };
  compiled.set(data, L);
  return L;
}
