/**
 * English: the shape of news English (titles, roles, organisation words, reporting verbs) rather
 * than a gazetteer of people. Built into the reader; the other languages load on demand.
 */
import type { LexiconData } from '../lang';
import { GIVEN_EN } from '../given/en';
import { FEMALE_EN, MALE_EN } from '../given/en-sex';

export const en: LexiconData = {
  lang: 'en',
  common: `the and of is was are were for on that with said says he she it by from at has have be not
    will we they this but would there been after who their our you his her about can if what when over
    told which`,
  // Titles and role words that precede a name and are not part of it ("President Zelenskyy").
  titles: `mr mrs ms miss mx dr prof professor sir dame madame rev reverend rabbi imam father cardinal
    archbishop bishop sheikh president vice-president premier chancellor minister secretary senator
    sen rep representative congressman congresswoman governor gov mayor councillor cllr alderman
    judge justice ambassador general gen lt lieutenant col colonel maj major capt captain cdr
    commander adm admiral sgt sergeant officer constable pc dc ds di dci det detective supt insp ch con
    superintendent inspector chief commissioner coach manager chairman chairwoman chair chairperson
    director speaker leader fm pm ceo cfo coo deputy acting interim former foreign defence defense
    health home prime vice attorney solicitor advocate marshal pastor spokesman spokeswoman
    spokesperson secretary-general head executive founder president-elect sen. dr. mr. mrs. ms.
    prof. minister-president striker midfielder defender goalkeeper forward winger boss skipper
    exchequer taoiseach tanaiste tánaiste first shadow mp mep msp ms mla td airman aircraftman
    corporal cpl trooper`,
  occupations: `clerk farmer teacher nurse doctor driver pensioner resident student lawyer businessman
    businesswoman shopkeeper worker owner landlord tenant parent mother father grandmother
    grandfather volunteer survivor witness victim neighbour neighbor midwife paramedic firefighter
    soldier veteran pilot engineer scientist researcher economist analyst strategist trader expert professor lecturer
    historian author writer artist singer rapper actor actress comedian musician photographer
    campaigner activist protester protestor organiser organizer fan supporter shopper commuter
    passenger motorist cyclist runner athlete player footballer cricketer golfer boxer swimmer
    manager coach captain chef baker butcher councillor mp mayor vicar priest pastor imam rabbi
    judge juror prosecutor barrister solicitor detective sergeant constable inspector officer
    spokesman spokeswoman spokesperson director chairman chairwoman founder boss entrepreneur
    billionaire influencer youtuber streamer blogger podcaster ambassador envoy minister senator
    governor president presenter anchor postmaster postmistress astronaut cosmonaut`,
  keepTitles: 'lord lady baroness baron king queen prince princess duke duchess earl pope emir',
  postNominals: 'mp mep msp ms am td mla mbe obe cbe kbe dbe kc qc jr sr ii iii phd frs',
  particles: 'von van der den de del della di da dos du la le al el dela bin ibn ben ter ten abu ap ab',
  stopCaps: `the a an this that these those in on at for from with by to of as after before during
    since until while when where why how what who whom whose which if but and or nor so yet also
    meanwhile however earlier later today yesterday tomorrow tonight now here there he she it we
    they i you his her its our their my your asked speaking according following despite among
    although though unlike like under over ahead amid outside inside near behind beyond across around beside within throughout towards toward upon onto beneath read more full some many most all both each
    every no not one two three four five six seven eight nine ten first last next new latest
    breaking update updates live watch video analysis exclusive please thanks thank dear yes oh
    christmas easter monday tuesday wednesday thursday friday saturday sunday january february march june july
    august september october november december let lets let's there's here's it's that's we've
    we're i'm i've instead once still just even only then thus hence indeed perhaps maybe other
    such another any never always sources reports report police officials nobody everyone someone
    everybody anybody anyone nothing something everything people god speaking writing asked
    does did is are was were has have had should would could shall must might`,
  acronyms: 'us uk eu un ap pa tv fm pm ai uae usa nhs bbc cnn who nato gmp ira idf snp dup ukip gb',
  orgWords: `police council association federation office ministry department university college
    school hospital trust foundation institute agency committee commission club party government
    company corporation group union service services news times post journal radio tv television
    monitor network bank court centre center church mosque museum library authority board fund
    society organisation organization international inc ltd plc league fc army navy force forces
    brigade guard command cabinet parliament senate congress assembly house kremlin pentagon street
    road square avenue lane tower stadium airport station bridge park palace hall live media press
    mail express mirror guardian telegraph independent herald tribune gazette observer chronicle
    review magazine daily weekly sky reuters interfax tass xinhua afp bloomberg data state states
    kingdom republic emirates coast valley island islands city county region province strip public
    management markets capital economics securities investments holdings
    health world global national federal royal united academy charity alliance movement campaign
    coalition airlines airways rail railway railways transport bus buses lab labs studios records x
    rugby cricket football hockey netball athletic athletics
    twitter facebook instagram tiktok youtube telegram whatsapp truth social threads bluesky
    linkedin pub inn arms tavern bar cafe café restaurant hotel shop store bakery brewery storm
    hurricane typhoon cyclone
    supermarket ltd limited co`,
  placeFirst: `new north south east west northern southern eastern western central upper lower great
    greater san santa los las saint st mount lake port fort sri hong tel saudi costa puerto buenos
    latin middle gaza`,
  places: `england scotland wales ireland britain uk europe america africa asia australia canada
    france germany italy spain poland russia ukraine china india japan israel gaza palestine iran
    iraq syria lebanon egypt turkey greece sweden norway denmark finland netherlands belgium
    switzerland austria hungary romania portugal mexico brazil argentina chile ukraine korea taiwan
    pakistan afghanistan qatar yemen libya sudan nigeria kenya ethiopia somalia london cardiff
    edinburgh glasgow belfast dublin manchester birmingham liverpool leeds bristol newcastle
    sheffield westminster whitehall holyrood stormont brussels paris berlin rome madrid warsaw
    moscow kyiv kiev washington beijing tokyo delhi jerusalem tehran ankara cairo geneva strasbourg
    brexit ulster munster leinster connacht cornwall devon kent essex yorkshire lancashire`,
  nationalities: `scottish welsh irish english british american french german italian spanish polish
    russian ukrainian chinese indian japanese israeli palestinian iranian iraqi syrian lebanese
    egyptian turkish greek swedish norwegian danish finnish dutch belgian swiss austrian hungarian
    portuguese mexican brazilian canadian australian european african asian arab northern
    korean pakistani afghan saudi qatari nigerian kenyan cornish`,
  parties: `labour conservative conservatives tory tories lib dem dems liberal liberals democrat
    democrats democratic republican republicans snp plaid cymru green greens reform ukip dup sinn
    fein féin fianna fáil fail fine gael alliance independent independents unionist unionists
    nationalist nationalists socialist socialists`,
  districtWords: 'west east north south central north-west north-east south-west south-east and',
  kin: 'son daughter wife husband brother sister father mother widow widower grandson granddaughter nephew niece',
  // Role nouns that a definite description can use to point back at a named person ("the striker").
  publicRoles: `president president-elect vice-president minister premier chancellor secretary senator
    lawmaker legislator congressman congresswoman mp leader chairman chairwoman chair governor mayor
    councillor commissioner constable chief general commander ambassador envoy diplomat king queen
    prince princess pope monarch boss coach manager captain striker forward midfielder defender
    goalkeeper keeper player footballer cricketer athlete star singer rapper musician actor actress
    entertainer comedian founder ceo executive director head oilman businessman businesswoman
    billionaire tycoon epidemiologist scientist expert professor economist campaigner activist
    candidate nominee veteran champion skipper winger officer-in-charge spokesman spokeswoman
    spokesperson taoiseach tanaiste tánaiste lady`,
  anonRoles: 'spokesman spokeswoman spokesperson',
  // Roles that make a person a journalist: their words are reporting, not speech to attribute.
  journalistRoles: `reporter correspondent journalist editor
 columnist presenter anchor newsreader broadcaster blogger
 writer commentator interviewer`,
  publications: `post times journal monitor guardian telegraph herald tribune gazette observer chronicle
    review magazine daily weekly mail express mirror independent news atlantic spectator economist
    star standard sun record courier bbc sky itv cnn nbc abc cbs fox msnbc rte reuters
    bloomberg ft politico axios cnbc npr pbs lbc jazeera huffpost buzzfeed newsnight`,
  speechNouns: 'statement statements tweet tweets post message letter remarks comments words speech reply response answer interview quote quotes apology',
  locative: 'in at across near outside inside throughout around',
  pronouns: 'he she',
  indefinite: 'a an one another some several',
  regular: 'en',
  verbs: {
    strong: `say:=say,says,^said,%saying tell:=tell,tells,^told,%telling add warn insist stress urge
      write:=write,writes,^wrote,%writing,^written tweet claim argue explain note reply respond answer
      ask describe criticise criticize praise condemn slam:=slam,slams,^slammed,%slamming hail laud
      reiterate reveal suggest state declare predict promise pledge vow accuse demand question recall
      remark comment observe concede caution clarify emphasise emphasize maintain repeat thunder
      express deny acknowledge complain testify quip:=quip,quips,^quipped,%quipping joke boast
      lament brand blast counter retort plead appeal implore mention assert allege contend
      reckon:=reckon,reckons,^reckoned,%reckoning mourn tout applaud decry denounce lambast lambaste
      rebuke berate reaffirm underline`,
    // Semi verbs also name plain acts ("defended his title", "welcomed guests"): they report
    // words only before a clause, a colon or a quotation (communication verbs as VerbNet lists them).
    semi: `admit:=admit,admits,^admitted,%admitting announce confirm post agree indicate wonder
      hint:=hint,hints,^hinted,%hinting signal:=signal,signals,^signalled,%signalling,^signaled
      accept disclose welcome reject defend dismiss apologise blame confess reassure assure
      inform remind`,
    weak: `think:=think,thinks,^thought,%thinking believe hope feel:=feel,feels,^felt,%feeling expect
      fear suspect know:=know,knows,^knew,%knowing,^known`,
    call: 'call',
    speak: 'speak:=speak,speaks,^spoke,%speaking,^spoken',
    issue: 'issue release publish',
    tribute: 'send:=send,sends,^sent,%sending offer pay:=pay,pays,^paid,%paying',
    press: 'press:=press,presses,^pressed,%pressing quiz:=quiz,quizzes,^quizzed,%quizzing grill challenge',
    address: 'thank congratulate',
  },
  pressPreps: 'on over about',
  fillers: `has have had also then later earlier previously again once repeatedly today yesterday
    tonight this morning afternoon evening night on monday tuesday wednesday thursday friday saturday
    sunday last week separately further himself herself themselves publicly privately reportedly
    recently initially subsequently quickly swiftly immediately just directly simply strongly flatly
    firmly angrily only first finally now already still who as quoted starts started began begins
    opened by went goes both too jointly previously since repeatedly openly personally formally
    officially specifically explicitly did does`,
  blockers: `will would shall 'll could may might should must expected set due going about plans
    planned plan intends intended intend wants wanted want likely scheduled poised ready able unable
    refused refuses refuse declined declines decline failed fails fail not n't never cannot can't
    didn't doesn't don't won't wouldn't hasn't haven't hadn't isn't wasn't aren't weren't to`,
  passiveAux: 'is are was were be been being',
  clauseStart: 'that he she they it we i there this these those whether how why what if',
  complementizers: 'that',
  issued: 'statement statements tweet letter message video post',
  tributes: 'tribute tributes condolences condolence sympathy sympathies congratulations thanks',
  legal: 'charge charges count counts offence offences offense offenses murder manslaughter possessing assault affray burglary theft guilt',
  platforms: 'x twitter facebook instagram tiktok telegram threads bluesky linkedin social media youtube',
  speechContainers: 'statement tweet post letter email interview video message speech briefing blog op-ed article',
  abbrev: 'mr mrs ms dr st prof sen gen gov rep lt col sgt capt jr sr no vs mt ft cllr supt insp det rev hon cdr adm',
  dets: 'the a an one another his her their its our this that',
  nounDets: 'a an the his her their its our my your this these those some any no every each own',
  preps: `with by to of for about from at in on into against than like as met between among after
    before during over under and or via`,
  ofWords: 'of for',
  possDets: 'his her their',
  aux: 'is are was were has have had will would can could should may might must do does did be been',
  npWords: 'the a an former top acting chief senior deputy current outgoing incoming veteran then new interim shadow',
  functionHeads: 'and but or that which it they we i you this there them',
  npBoundary: `the a an and or but has have had is are was were be been will would of with by to for
    from in on at that who which as ahead than about after before when while where if then also not
    said says say speak told`,
  afterInversion: `earlier today yesterday tonight on in at during after before when while as from of
    last this recently previously adding according speaking writing told to via who with without
    referring noting`,
  adverbs: 'also later previously repeatedly now just then earlier once again',
  nounNext: 'are were have had will would can could should may might must of',
  topicPreps: 'about of',
  thingRelatives: 'which',
  emptySpeech: 'prayer prayers grace blessing goodbye goodbyes farewell farewells question questions',
  requests: 'please kindly',
  eventPreps: 'following after before since until ahead',
  outletNouns: 'newspaper newspapers tabloid broadsheet paper channel broadcaster station show programme program site website agency outlet',
  filing: 'writes wrote reports reported reporting | from on',
  qaMarks: 'q a',
  firstPerson: `i i'm i've i'd i'll me my we we're we've we'd we'll us our`,
  givenTitles: 'sir dame',
  // With replies to someone, who asked: "replying to Labour's X" (X spoke too).
  according: 'according to | replying to | responding to | in reply to | in response to',
  bylineVerbs: 'reports reporting',
  conj: 'and',
  contrast: 'but while whereas yet',
  agentPreps: "by",
  verbPhrases: `made it clear | make it clear | makes it clear | making it clear | pointed out | points out | point out
    | wants to know | wanted to know | want to know | hit back | hits back | spoke out | speaks out
    | gives his take | gives her take | gives their take | gave his take | gave her take | gave their take`,
  namedWords: 'named called',
  workPreps: 'of at from',
  groupNouns: 'family families camp administration campaign government clan household',
  colleagues: 'colleague colleagues',
  ours: 'my our',
  pieces: 'piece article column op-ed essay',
  whatWords: 'what',
  quotedAs: 'quoted as',
  quoteVerbs: 'quote quotes quoted quoting',
  objectPronouns: 'him her',
  claimNouns: 'announcement suggestion assertion insistence admission declaration prediction claim allegation accusation argument promise pledge assurance complaint',
  adjectiveEndings: 'able ible ous ive ful less ic ical',
  timeNouns: `time times day days week weeks month months year years hour hours minute minutes moment second few couple while
    morning evening night weekend summer spring autumn winter season`,
  byWords: 'from by',
  signed: 'signed',
  interviews: 'interview interviews interviewing interviewed',
  pluralAgreement: 'have are were',
  inversion: false,
  givenNames: GIVEN_EN,
  femaleNames: FEMALE_EN,
  maleNames: MALE_EN,
  femaleWords: 'she her hers herself mrs ms dame lady queen princess duchess baroness countess madam madame sister mother wife daughter grandmother aunt niece actress chairwoman spokeswoman congresswoman businesswoman sportswoman policewoman headmistress',
  maleWords: 'he him his himself mr sir lord king prince duke baron earl brother father husband son grandfather uncle nephew chairman spokesman congressman businessman sportsman policeman headmaster',
};
