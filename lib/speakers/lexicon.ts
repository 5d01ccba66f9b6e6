/**
 * Closed word lists for name recognition and role resolution. They are small on purpose: the
 * speaker finder runs in the content script on every entry, so it relies on the shape of news
 * English (titles, roles, organisation words) rather than on a gazetteer of people.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/**
 * Titles and role words that precede a name and are not part of it ("President Zelenskyy",
 * "US defence secretary Pete Hegseth"), lower-cased. Capitalised or not, they end a name.
 */
export const TITLES = set(`
  mr mrs ms miss mx dr prof professor sir dame rev reverend rabbi imam father cardinal archbishop
  bishop sheikh president vice-president premier chancellor minister secretary senator sen rep
  representative congressman congresswoman governor gov mayor councillor cllr alderman judge
  justice ambassador general gen lt lieutenant col colonel maj major capt captain cdr commander
  adm admiral sgt sergeant officer constable pc dc ds di dci det detective supt superintendent
  inspector chief commissioner coach manager chairman chairwoman chair chairperson director
  speaker leader fm pm ceo cfo coo deputy acting interim former foreign defence defense health
  home prime vice attorney solicitor advocate marshal pastor spokesman spokeswoman spokesperson
  secretary-general head executive founder president-elect sen. dr. mr. mrs. ms. prof. minister-president
  striker midfielder defender goalkeeper forward winger boss skipper exchequer`);

/**
 * Occupations that open a sentence before a name ("Farmer Luis Gomez said"): capitalised there,
 * but not part of the name.
 */
export const OCCUPATIONS = set(`
  farmer teacher nurse doctor driver pensioner resident student lawyer businessman businesswoman
  shopkeeper worker owner landlord tenant parent mother father grandmother grandfather volunteer
  survivor witness victim neighbour neighbor midwife paramedic firefighter soldier veteran pilot
  engineer scientist researcher economist analyst expert professor lecturer historian author
  writer artist singer rapper actor actress comedian musician photographer campaigner activist
  protester protestor organiser organizer fan supporter shopper commuter passenger motorist
  cyclist runner athlete player footballer cricketer golfer boxer swimmer manager coach captain
  chef baker butcher councillor mp mayor vicar priest pastor imam rabbi judge juror prosecutor
  barrister solicitor detective sergeant constable inspector officer spokesman spokeswoman
  spokesperson director chairman chairwoman founder boss entrepreneur billionaire influencer
  youtuber streamer blogger podcaster ambassador envoy minister senator governor president`);

/** Titles that stay in the name when only one more word follows: peers and royals ("Lord Cameron"). */
export const KEEP_TITLES = set('lord lady baroness baron king queen prince princess duke duchess earl pope emir');

/** Post-nominal letters and suffixes dropped from the end of a name ("Amira Haddad MP"). */
export const POST_NOMINALS = set('mp mep msp ms am td mla mbe obe cbe kbe dbe kc qc jr sr ii iii phd frs');

/** Lower-case particles inside names ("Ursula von der Leyen", "Erik ten Hag", "Ahmed al Rashid"). */
export const PARTICLES = set('von van der den de del della di da dos du la le al el bin ibn ben ter ten abu');

/**
 * Capitalised words that are never part of a person's name: function words that are capitalised
 * at the start of a sentence, pronouns, days and months.
 */
export const STOP_CAPS = set(`
  the a an this that these those in on at for from with by to of as after before during since
  until while when where why how what who whom whose which if but and or nor so yet also
  meanwhile however earlier later today yesterday tomorrow tonight now here there he she it we
  they i you his her its our their my your asked speaking according following despite among
  although though unlike like under over ahead amid read more full some many most all both each
  every no not one two three four five six seven eight nine ten first last next new latest
  breaking update updates live watch video analysis exclusive please thanks thank dear yes oh
  monday tuesday wednesday thursday friday saturday sunday january february march june july
  august september october november december let lets let's there's here's it's that's we've
  we're i'm i've instead once still just even only then thus hence indeed perhaps maybe other
  such another any never always sources reports report police officials nobody everyone someone
  everybody anybody anyone nothing something everything people god`);

/** Acronyms that look like initials but are organisations or places. */
export const ACRONYMS = set('us uk eu un ap pa tv fm pm ai uae usa nhs bbc cnn who nato gmp ira idf');

/**
 * Words that make a capitalised phrase an organisation, outlet or place rather than a person
 * ("Devon and Cornwall Police", "Sky News", "Downing Street").
 */
export const ORG_WORDS = set(`
  police council association federation office ministry department university college school
  hospital trust foundation institute agency committee commission club party government company
  corporation group union service services news times post journal radio tv television monitor
  network bank court centre center church mosque museum library authority board fund society
  organisation organization international inc ltd plc league fc army navy force forces brigade
  guard command cabinet parliament senate congress assembly house kremlin pentagon street road
  square avenue lane tower stadium airport station bridge park palace hall live media press
  mail express mirror guardian telegraph independent herald tribune gazette observer chronicle
  review magazine daily weekly sky reuters interfax tass xinhua afp bloomberg data state states
  kingdom republic emirates coast valley island islands city county region province strip
  public health world global national federal royal united academy charity alliance movement
  campaign coalition airlines airways rail railway
  railways transport bus buses lab labs studios records x twitter
  facebook instagram tiktok youtube telegram whatsapp truth social threads bluesky linkedin`);

/** First words of two-word place names that would otherwise look like a person ("New Zealand"). */
export const PLACE_FIRST = set(`
  new north south east west northern southern eastern western central upper lower great greater
  san santa los las saint st mount lake port fort sri hong tel saudi costa puerto buenos latin
  middle gaza`);

/** Kinship nouns: "his son Tomas" names a relative who shares the family name. */
export const KIN = set('son daughter wife husband brother sister father mother widow widower grandson granddaughter nephew niece');

/**
 * Role nouns that a definite description can use to point back at a named person ("the striker
 * said", "the prime minister said"). Anything else ("the teacher", "the force") is anonymous.
 */
export const PUBLIC_ROLES = set(`
  president president-elect vice-president minister premier chancellor secretary senator
  lawmaker legislator congressman congresswoman mp leader chairman chairwoman chair governor
  mayor councillor commissioner constable chief general commander ambassador envoy diplomat king
  queen prince princess pope monarch boss coach manager captain striker forward midfielder
  defender goalkeeper keeper player footballer cricketer athlete star singer rapper musician
  actor actress entertainer comedian founder ceo executive director head oilman businessman
  businesswoman billionaire tycoon epidemiologist scientist expert professor economist
  campaigner activist candidate nominee veteran champion skipper winger officer-in-charge
  spokesman spokeswoman spokesperson`);

/** Roles that resolve only to a person named with that role, never to "whoever spoke last". */
export const ANON_ROLES = set('spokesman spokeswoman spokesperson');

/** Roles that make a person a journalist: their words are reporting, not speech to attribute. */
export const JOURNALIST_ROLES = set(`
  reporter reporters correspondent correspondents journalist journalists editor editors
  columnist presenter anchor newsreader broadcaster blogger writer writers`);

/** Last words of publications: "X writes in the Evening Herald" is a journalist writing. */
export const PUBLICATIONS = set(`
  post times journal monitor guardian telegraph herald tribune gazette observer chronicle review
  magazine daily weekly mail express mirror independent news atlantic spectator economist star
  standard sun record courier`);

/** Nouns for someone's own words: "Okafor's statement:", "a statement from Okafor". */
export const SPEECH_NOUNS = set('statement statements tweet tweets post message letter remarks comments words speech reply response answer interview');

/** Handle suffixes of reporters' social accounts ("@janeholtBBC"): their posts relay news. */
export const MEDIA_HANDLE_SUFFIX = /(cnn|bbc|nyt|wsj|ft|ap|afp|reuters|abc|cbs|nbc|fox|sky|itv|news|times|post|guardian)$/;

/** Words before a capitalised word that show it names a place ("in Dover", "at Balmoral"). */
export const LOCATIVE = set('in at across near outside inside throughout around');

/** Personal pronouns that can stand for a speaker. */
export const PRONOUNS = set('he she');

/** Determiners that make a role description anonymous ("a spokesperson", "one woman"). */
export const INDEFINITE = set('a an one another some several');
