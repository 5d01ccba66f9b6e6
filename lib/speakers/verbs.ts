/**
 * Reporting verbs and the small words around them. A verb's class says how much evidence of
 * speech it needs: `strong` verbs report words by themselves ("warned"), `semi` ones only with a
 * clause, quote or colon after them ("confirmed his appointment" is an act, "confirmed that" is
 * speech), `weak` ones (think, believe, hope) only with a quote, "that" or a colon.
 */

/** How much a reporting verb proves by itself. */
export type VerbClass = 'strong' | 'semi' | 'weak' | 'call' | 'speak' | 'issue' | 'tribute';

/** A reporting verb form. */
export interface VerbInfo {
  lemma: string;
  cls: VerbClass;
  /** -ing form: needs a subject from the clause it hangs on (", adding that ..."). */
  participle: boolean;
  /** Base form ("to criticise"): only counts after "used her testimony to" style fillers. */
  base: boolean;
  /** Past participle or past form that a passive auxiliary can turn around ("was told"). */
  past: boolean;
}

// Lemmas with their irregular forms where the regular rules would be wrong:
// "lemma" or "lemma:3sg,past,ing[,pastParticiple]".
const STRONG = `say:says,said,saying tell:tells,told,telling add warn insist stress urge
  write:writes,wrote,writing,written tweet claim argue explain note reply respond answer ask
  describe criticise criticize praise condemn slam:slams,slammed,slamming hail laud reiterate
  reveal suggest state declare predict promise pledge vow accuse demand question recall remark
  comment observe concede caution clarify emphasise emphasize maintain repeat thunder express
  deny acknowledge complain testify quip:quips,quipped,quipping joke boast lament brand blast
  counter retort plead appeal implore mention assert allege contend reckon:reckons,reckoned,reckoning mourn tout applaud decry denounce lambast lambaste
  rebuke berate reaffirm underline`;
const SEMI = `admit:admits,admitted,admitting announce confirm post agree indicate hint:hints,hinted,hinting
  signal:signals,signalled,signalling`;
const WEAK = `think:thinks,thought,thinking believe hope feel:feels,felt,feeling expect fear wonder
  suspect know:knows,knew,knowing,known`;

function forms(lemma: string): string[] {
  const out = [lemma];
  const y = /[^aeiou]y$/.test(lemma);
  const e = lemma.endsWith('e');
  out.push(y ? `${lemma.slice(0, -1)}ies` : /(s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`);
  out.push(y ? `${lemma.slice(0, -1)}ied` : e ? `${lemma}d` : `${lemma}ed`);
  out.push(e && !lemma.endsWith('ee') ? `${lemma.slice(0, -1)}ing` : `${lemma}ing`);
  return out;
}

function build(): Map<string, VerbInfo> {
  const map = new Map<string, VerbInfo>();
  const add = (spec: string, cls: VerbClass) => {
    for (const item of spec.trim().split(/\s+/)) {
      const [lemma, irregular] = item.split(':') as [string, string | undefined];
      const fs = irregular ? [lemma, ...irregular.split(',')] : forms(lemma);
      fs.forEach((f, i) => {
        map.set(f, { lemma, cls, participle: f.endsWith('ing') && i === 3, base: i === 0, past: i >= 2 && i !== 3 });
      });
      if (lemma.endsWith('ise')) add(`${lemma.slice(0, -3)}ize`, cls); // British and American spellings
    }
  };
  add(STRONG, 'strong');
  add(SEMI, 'semi');
  add(WEAK, 'weak');
  add('call', 'call');
  add('speak:speaks,spoke,speaking,spoken', 'speak');
  // Verbs that report speech only with their object: "issued a statement", "sent his condolences".
  add('issue release publish', 'issue');
  add('send:sends,sent,sending offer pay:pays,paid,paying', 'tribute');
  // American past of a British doubled consonant.
  map.set('signaled', { lemma: 'signal', cls: 'semi', participle: false, base: false, past: true });
  return map;
}

const VERBS = build();

/** The reporting verb a lower-case word is a form of, if any. */
export function speechVerb(lower: string): VerbInfo | undefined {
  return VERBS.get(lower);
}

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/**
 * Words allowed between a subject and its reporting verb without breaking the link
 * ("Rutte has also said", "Okafor on Monday said", "Ana Ruiz starts by saying").
 */
export const FILLERS = set(`
  has have had also then later earlier previously again once repeatedly today yesterday tonight
  this morning afternoon evening night on monday tuesday wednesday thursday friday saturday
  sunday last week separately further himself herself themselves publicly privately reportedly
  recently initially subsequently quickly swiftly immediately just directly simply strongly
  flatly firmly angrily only first finally now already still who as quoted starts started began
  begins opened by went goes both too jointly previously since repeatedly openly personally
  formally officially specifically explicitly`);

/** Words between subject and verb that make the speech future, hypothetical or absent. */
export const BLOCKERS = set(`
  will would shall 'll could may might should must expected set due going about plans planned
  plan intends intended intend wants wanted want likely scheduled poised ready able unable
  refused refuses refuse declined declines decline failed fails fail not n't never cannot can't
  didn't doesn't don't won't wouldn't hasn't haven't hadn't isn't wasn't aren't weren't to`);

/** Auxiliaries that make a following past participle passive ("was told", "were criticised"). */
export const PASSIVE_AUX = set('is are was were be been being');

/** Words after a semi verb that show a reported clause follows ("admits she was", "confirmed that"). */
export const CLAUSE_START = set('that he she they it we i there this these those whether how why what if');

/** Objects that make "issue"/"release" report words: "issued a statement". */
export const ISSUED = set('statement statements tweet letter message video post');
/** Objects that make "send"/"pay"/"offer" report words: "sent his condolences". */
export const TRIBUTES = set('tribute tributes condolences condolence sympathy sympathies congratulations thanks');

/** Words that turn "admitted"/"denied" into a plea in court rather than speech. */
export const LEGAL = set('charge charges count counts offence offences offense offenses murder manslaughter possessing assault affray burglary theft guilt');

/** Media where a post is published: "wrote on X", "posted on Facebook". */
export const PLATFORMS = set('x twitter facebook instagram tiktok telegram threads bluesky linkedin social media youtube');

/** Containers of speech after "in a ..." ("In a statement, X said"; "X said in a tweet"). */
export const SPEECH_CONTAINERS = set('statement tweet post letter email interview video message speech briefing blog op-ed article');
