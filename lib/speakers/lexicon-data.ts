/**
 * The shape of one language's data for the speaker finder (what `lexicons/<lang>.ts` fill in);
 * `lang.ts` compiles it for lookups.
 */

/** Which verb forms carry which grammatical role (`address`: the object is whom the words address, "thanks the jury"). */
export type VerbClass = 'strong' | 'semi' | 'weak' | 'call' | 'speak' | 'issue' | 'tribute' | 'inverted' | 'press' | 'address';

/**
 * One language's data. Word lists are lower-case, space-separated. Verb lists hold items
 * `lemma:form,form,...` (explicit forms: `=` base, `^` past participle, `%` gerund/-ing, and
 * `>particle` for a separable particle), `stem/paradigm` (forms from `paradigms`), or, with
 * `regular: 'en'`, a bare English lemma whose forms follow the English spelling rules.
 */
export interface LexiconData {
  lang: string;
  /** Frequent function words: an entry with almost none of them is in another language. */
  common: string;
  titles: string;
  /** Compound endings that make a word a role ("Aussenminister", "Regierungssprecherin"). */
  roleSuffixes?: string;
  occupations: string;
  keepTitles: string;
  postNominals: string;
  particles: string;
  stopCaps: string;
  acronyms: string;
  orgWords: string;
  placeFirst: string;
  /** Countries, nations, regions and cities that read like names ("Scotland", "Cardiff"). */
  places: string;
  /** Nationality and regional adjectives and demonyms ("Scottish", "Welsh"). */
  nationalities: string;
  /** Party names and party adjectives that stand before names ("Labour", "Conservative"). */
  parties: string;
  /** Street and square words: the capitalised word after them is the street's name ("na alei Szucha", "en la calle Alcalá"). */
  streets?: string;
  /** Last words of constituency and district names ("Cardiff West", "Glasgow Central"). */
  districtWords?: string;
  kin: string;
  publicRoles: string;
  anonRoles: string;
  journalistRoles: string;
  publications: string;
  speechNouns: string;
  locative: string;
  pronouns: string;
  indefinite: string;
  verbs: Partial<Record<VerbClass, string>>;
  paradigms?: Record<string, string>;
  regular?: 'en';
  fillers: string;
  blockers: string;
  passiveAux: string;
  clauseStart: string;
  /** Words that open a reported clause ("that", "che", "dass"): no subject after them. */
  complementizers: string;
  issued: string;
  tributes: string;
  legal: string;
  platforms: string;
  speechContainers: string;
  abbrev: string;
  /** Articles and prepositions elided before an apostrophe ("l'", "dell'", "d'"). */
  elisions?: string;
  /** Compound endings that make a word an organisation ("Gesundheitsbehörde"). */
  orgSuffixes?: string;
  /** Endings of common nouns and adjectives that no name word has ("-ung", "-isches"). */
  nonNameSuffixes?: string;
  dets: string;
  nounDets: string;
  /** Prepositions that make a following name an object, not a subject. */
  preps: string;
  /** Words linking a role to its domain inside a subject ("minister of", "ministro degli"). */
  ofWords: string;
  possDets: string;
  aux: string;
  npWords: string;
  functionHeads: string;
  npBoundary: string;
  afterInversion: string;
  adverbs: string;
  nounNext: string;
  /**
   * "according to X" phrases (`|`-separated, words space-separated) that take a name after them,
   * and replies to a titled person that name who asked ("rispondendo al deputato X"; not "rispondendo a X",
   * which says nothing of what X said).
   */
  according: string;
  /** Postpositions with the same meaning ("X zufolge"). */
  accordingAfter?: string;
  /** What a `press` verb presses someone on ("presses the minister on police numbers"). */
  pressPreps?: string;
  /** Verbs of a reporter's own line ("Jennifer Rankin reports from Brussels"). */
  bylineVerbs?: string;
  /** Subjects commonly follow the verb ("ha detto il ministro X", "sagte Scholz"). */
  inversion: boolean;
  /** Words for "and" between two names ("Anna and Erik Berg", "Van Hollen e Blumenthal"). */
  conj: string;
  /** Words for "but" that open a second main clause with its own subject (", but judge X gave"). */
  contrast?: string;
  /** Prepositions of a passive's agent ("as announced by X", "annunciato dal capo X"). */
  agentPreps: string;
  /** Prepositions naming a document's author ("a statement from X", "una nota di X", "eine Erklärung von X"). */
  byWords?: string;
  /** Participles between a document and its author ("signed by X", "firmata da X"). */
  signed?: string;
  /** Interview words: an interview "of X" names no author, and who interviews is a journalist. */
  interviews?: string;
  /** Parenthetical "the document reads" phrases (`|`-separated): "– si legge –", "heißt es". */
  readsAs?: string;
  /** Prepositions that attribute an opinion when they open the sentence: "Pour X, « … »". */
  forLead?: string;
  /** Present-tense copulas and modals of a judgement: with them "Para X, el decreto es un error" needs no quotation; `-ending`s of participles after them make an event ("è cominciata"). */
  judgements?: string;
  /** "my colleague X", "our critic X", "nasz analityk X": with `ours`, the blog's own staff (they narrate or analyse: no speakers). */
  colleagues?: string; ours?: string;
  /** A reflexive that stays right after its verb ('„…” – uśmiecha się X'): the subject follows it. */
  reflexives?: string;
  /** The speaker's own "to me" next to a verb of saying ("me dijo", "mi diceva", "powiedziała mi"): someone told the speaker. */
  toMe?: string;
  /** A journalist's own writing: "a piece by X", "un articolo di X". */
  pieces?: string;
  /** "what X said": speech as an object, with no words of its own. */
  whatWords?: string;
  /** The two words around a relaying agency: "quoted (by agency X) as saying". */
  quotedAs?: string;
  /** Forms of a verb whose object is the person quoted ("quoting X as saying"), and the object pronouns it may take. */
  quoteVerbs?: string; objectPronouns?: string;
  /** Endings that make a word an adjective ("called the plan unworkable"), and nouns of time ("called again a day later"). */
  adjectiveEndings?: string; timeNouns?: string;
  /** Nouns of a claim that name their author and take a reported clause ("X's announcement that …"). */
  claimNouns?: string;
  /** Prepositions between a person and their employer: "X of City Index", "X at ING". */
  workPreps?: string;
  /** Articles of an object case, which start no subject ("sagte dem Sender"). */
  objectDets?: string;
  /** Reporting phrases (`|`-separated): "made it clear", "wants to know", "ha fatto sapere". */
  verbPhrases?: string;
  /** Words that name the person after them: "a voter called Gemma", "a man named Peter". */
  namedWords?: string;
  /** Nouns a surname names a group with, so that it is no person there: "the Steenkamp family". */ groupNouns?: string;
  /** Participles close the clause, after the subject ("Das habe X … gesagt"). */
  verbFinal?: boolean;
  /** A correspondent filing from a place: `verb verb … | from-word …` ("writes X from Rome", "schreibt X aus Rom"). */
  filing?: string;
  /** The letters that open questions and answers of a Q&A ("q a", "f a", "q r", "d r", "p r", "p o"). */
  qaMarks?: string;
  /** First-person words: after "Name:" they show the speaker's own words ("Colvin: no, I don't ..."). */
  firstPerson?: string;
  /**
   * Finite verbs of the plural that a singular name cannot take, where an organisation's name can
   * ("Goldman Sachs have responded", British usage): a name right before one is a body, not a
   * person. Base forms of reporting verbs count too ("Fitch warn") where `regular` is `en`.
   */
  pluralAgreement?: string;
  /** Titles that stand before a given name alone ("Sir Martin" of "Martin Moore-Bick"). */
  givenTitles?: string;
  /** Every noun is capitalised, so a lower-case word after "das" is a verb ("Das sagte X"). */
  capitalNouns?: boolean;
  /** Colon leads run long ("X sprach nach dem Treffen ... vor den Journalisten:"): the lead may hold up to this many words. */
  longColonLead?: number;
  /** Prepositions that give speech its topic: "spoke about", "habló de", "ha parlato di". */
  topicPreps?: string;
  /** Case endings of names (longest first), stripped when comparing ("Tuska" ~ "Tusk"). */
  nameEndings?: string;
  /** Rewrites `oblique>nominative` of a name word seen only in an oblique case ("Dudy>Duda"). */
  nominative?: string;
  /**
   * Given names as they are written ("Emma Hamid"), from a published list (its source and licence
   * are in `given/<lang>.ts`): where a run of capitals reaches one, the person's name starts there.
   */
  givenNames?: string;
  /** Subject pronouns joined to a verb after a quotation ("déclare-t-il", "dit-elle"). */
  clitics?: string;
  /** Subjects may be left out, and an adverbial may stand between subject and verb (Polish): `free-order.ts`. */
  proDrop?: boolean;
  /**
   * Where subjects are left out, the auxiliaries and verb endings (`-ending`) of the first person
   * and the plural, whose left-out subject is not the one person just named ("abbiamo parlato",
   * "hanno detto", "dijeron").
   */
  otherPersons?: string;
  /** Relative pronouns after a comma: the person before them speaks ("X, che ha detto", "X, que afirmó"). */
  relatives?: string;
  /** Relative pronouns only things take, after a comma ("Brightline Care, which runs…"): the run before is no person. */
  thingRelatives?: string;
  /** Kinds of outlet that name the title next to them ("the news show X", "the X newspaper"): no person. */
  outletNouns?: string;
  /** Nouns that name an act of speaking, not what was said ("said a prayer", "asking the questions"): `no-content.ts`. */
  emptySpeech?: string;
  /** Words that make the verb after them a request to the reader ("please note"), not someone's report. */
  requests?: string;
  /** Prepositions that date a sentence by an event ("following X's statement"): the speech is an earlier one. */
  eventPreps?: string;
  /** "according to" phrases whose person is a pronoun (`|`-separated): "jego zdaniem", "selon lui". */
  accordingPronoun?: string;
  /**
   * A person carries two surnames and is called by the first ("Montes" of "Javier Montes Arribas",
   * Spanish): a lone word may be the middle word of a three-word name.
   */
  pairedSurnames?: boolean;
  /**
   * Sex, where the language says it: given names of one sex only (`given/<lang>-sex.ts`), and words
   * that say it of a person: titles and roles before a name ("Mrs", "Kanzlerin"), pronouns ("she",
   * "elle", "a-t-elle") and verb endings of a left-out subject (`-ending`: Polish "-ła"). "He"/"she"
   * never goes to a person of the other sex (`sex.ts`).
   */
  femaleNames?: string;
  maleNames?: string;
  femaleWords?: string;
  maleWords?: string;
  /** Pronouns that are feminine only beside a singular verb (German "sie": also "they" and "you"). */
  singularOnly?: string;
  /** Auxiliaries after which a participle agrees with its subject ("è intervenuta", not "ha detto"): the endings of `femaleWords`/`maleWords` count only there. */
  agreeAfter?: string;
  /** Given names in the nominative, masculine then feminine, declined by `inflection-pl.ts` (Polish). */
  declinedNames?: { masculine: string; feminine: string };
}
