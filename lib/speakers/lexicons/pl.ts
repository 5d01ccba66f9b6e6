/**
 * Polish: "powiedział X", "– dodała premier", "według X" and "zdaniem X" (with the name in the
 * genitive: "według Jarosława Kaczyńskiego"). Names inflect, so they are compared by stem and
 * shown in the nominative. Loaded in the page only on Polish blogs.
 */
import type { LexiconData } from '../lang';
import { GIVEN_PL } from '../given/pl';
import { FEMALE_PL, MALE_PL } from '../given/pl-sex';

export const pl: LexiconData = {
  lang: 'pl',
  common: `i w z na do się nie że to jest o od po jak za przez dla oraz ale jego jej ich był była było
    są został została który która które także już`,
  titles: `pan pani komendant komendantka wojewoda prezydent prezydenta premier premiera minister ministra ministrem wicepremier
    wiceminister rzecznik rzecznika rzeczniczka szef szefa szefowa prezes prezesa prezeska dyrektor
    dyrektora dyrektorka sekretarz przewodniczący przewodnicząca poseł posła posłanka senator
    senatorka marszałek marszałka ambasador burmistrz wójt trener trenera kapitan kapitana zawodnik
    zawodnika zawodniczka gen gen. generał generała dr prof prof. ks ks. ksiądz były była byłego
    wiceprezes menedżer selekcjoner lider liderka kierownik komendant burmistrza wojewoda wojewody
    komendanta selekcjonera`,
  occupations: `lekarz lekarka nauczyciel nauczycielka student studentka adwokat prawnik aktywista
    aktywistka ekonomista analityk ekspert ekspertka pisarz aktor aktorka piosenkarz żołnierz badacz
    historyk mieszkaniec mieszkanka świadek żużlowiec związkowiec związkowczyni inżynier inżynierka
    geolog geolożka meteorolog synoptyk synoptyczka klimatolog sejsmolog naukowiec naukowczyni ekonomistka
    analityczka prawniczka lekarz ratownik ratowniczka strażak górnik wolontariusz wolontariuszka`,
  keepTitles: 'król królowa książę księżna papież lord lady',
  postNominals: 'jr sr',
  particles: 'von van der den de del della di da dos du la le al el bin ibn ben ter ten abu',
  stopCaps: `mieszkaniec mieszkanka mieszkańcy w we z ze na do od o po za przez dla przy pod nad przed u i a ale lub oraz czy że iż to ten
    ta te tego tej jest był była są jak gdy kiedy który która które według zdaniem jednak także
    słowa słów wypowiedź wypowiedzi wpis wpisu komunikat oświadczenie list apel decyzja decyzję
    również też już wczoraj dziś dzisiaj jutro poniedziałek wtorek środa środę czwartek piątek sobota
    sobotę niedziela niedzielę stycznia lutego marca kwietnia maja czerwca lipca sierpnia września
    października listopada grudnia on ona oni one my wy ja jego jej ich się nie tak co gdzie dlaczego
    bo więc zatem potem teraz tutaj tam relacja wideo na żywo bieg wynik
    spotkanie szczyt debata`,
  acronyms: 'usa ue onz nato who pap tvn tvp pis po psl kpr ms',
  orgWords: `restauracja kawiarnia hotel rząd ministerstwo wojsko policja partia komisja rada agencja biuro organizacja kancelaria
    sejm senat sąd prokuratura szpital uniwersytet fundacja stowarzyszenie klub drużyna zespół związek
    legia wisła korona pogoń jagiellonia górnik zagłębie śląsk raków cracovia widzew arka lechia stal motor puszcza warta odra miedź
    kreml biały dom parlament armia straż komitet bank grupa spółka telewizja radio gazeta portal
    orkan huragan cyklon urząd urzędu starostwo starostwa gmina gminy ratusz magistrat komenda komendy
    inspektorat instytut instytutu centrum zarząd izba sztab nadleśnictwo ministerstwa policji straży
    sądu szpitala komisji rady partii agencji fundacji organizacji kancelarii prokuratury spółki
    izby komitetu związku banku sztabu zarządu biura klubu`,
  placeFirst: 'nowy nowa nowe stary stara san santa los las zielona',
  places: `polska polski warszawa kraków gdańsk wrocław poznań łódź leszno gorzów toruń lublin
    rzeszów częstochowa grudziądz zielona góra niemcy rosja ukraina usa francja włochy hiszpania europa
    izrael gaza chiny kijów moskwa waszyngton berlin bruksela londyn paryż płock kielce szczecin białystok
    zabrze lubin mielec radom legnica katowice gliwice chorzów sosnowiec bydgoszcz olsztyn opole gdynia sopot`,
  // Nationality nouns of both sexes (sports blogs name athletes by them: "Austriak Felix Moser").
  nationalities: `polak polka polacy niemiec niemka rosjanin rosjanka ukrainiec ukrainka amerykanin amerykanka
    francuz francuzka duńczyk dunka szwed szwedka norweg norweżka fin finka austriak austriaczka
    szwajcar szwajcarka słoweniec słowenka czech czeszka słowak słowaczka japończyk japonka
    australijczyk australijka brytyjczyk brytyjka anglik angielka włoch włoszka hiszpan hiszpanka
    holender holenderka belg belgijka węgier węgierka litwin litwinka łotysz estończyk chorwat
    chorwatka serb serbka rumun rumunka bułgar grek greczynka turek turczynka gruzin białorusin
    kazach kanadyjczyk kanadyjka brazylijczyk argentyńczyk portugalczyk chińczyk koreańczyk`,
  parties: 'pis po psl lewica konfederacja polska 2050 koalicja obywatelska',
  kin: 'syn córka żona mąż brat siostra ojciec matka wdowa',
  publicRoles: `prezydent premier minister wicepremier rzecznik rzeczniczka szef szefowa prezes dyrektor
    sekretarz przewodniczący przewodnicząca poseł posłanka senator marszałek ambasador burmistrz
    trener kapitan zawodnik zawodniczka generał lider menedżer selekcjoner komendant`,
  anonRoles: 'rzecznik rzeczniczka',
  journalistRoles: `dziennikarz dziennikarka reporter reporterka korespondent korespondentka
 redaktor redaktorka komentator komentatorka publicysta publicystka`,
  publications: 'gazeta rzeczpospolita polityka newsweek fakt onet interia wp',
  speechNouns: 'oświadczenie komunikat wpis list słowa wypowiedź wywiad przemówienie',
  locative: 'w we na mieszkaniec mieszkanka mieszkańcy mieszkańców mieszkańcom mieszkańcami',
  pronouns: 'on ona',
  indefinite: 'jeden jedna pewien pewna kilku',
  paradigms: {
    ł: 'ł ła ło li ły',
  },
  verbs: {
    strong: `powiedzieć:powiedział,powiedziała,powiedzieli,powiedziały,%mówiąc,mówi,mówią,mówił,mówiła,mówili
      stwierdzi/ł doda/ł dodawać:dodaje,dodają,%dodając oświadczy/ł podkreśli/ł podkreślać:podkreśla,podkreślają,%podkreślając
      zaznaczy/ł zaznaczać:zaznacza,zaznaczają,%zaznaczając przekonywa/ł przekonywać:przekonuje,przekonują
      wyjaśni/ł wyjaśniać:wyjaśnia,%wyjaśniając oceni/ł oceniać:ocenia,oceniają skomentowa/ł komentowa/ł
        zapewni/ł zapewniać:zapewnia ostrzec:ostrzegł,ostrzegła,ostrzegli,ostrzega
      zaapelowa/ł apelowa/ł apelować:apeluje tłumaczy/ł tłumaczyć:tłumaczy,%tłumacząc skrytykowa/ł
      krytykowa/ł ujawni/ł przypomnia/ł przypomnieć:przypomniał,przypomniała,przypomnieli
      przypominać:przypomina,przypominają,%przypominając wskazywać:wskazuje,wskazują stwierdzać:stwierdza,stwierdzają
      komentować:komentuje,komentują opisywać:opisywał,opisywała,opisywali,opisuje,opisują
      pytać:pyta,pytają podkreśla/ł zaznacza/ł wyjaśnia/ł dodawa/ł zapewnia/ł ostrzega/ł uspokaja/ł uspokajać:uspokaja
      odpowiada/ł ocenia/ł przypomina/ł wskazywa/ł
      odpowiedzieć:odpowiedział,odpowiedziała,odpowiedzieli,odpowiada zdradzi/ł podsumowa/ł
      twierdzić:twierdzi,twierdzą,twierdził,twierdziła zadeklarowa/ł deklarowa/ł
      relacjonowa/ł mówić:mówił,mówiła przyznać:przyznaje
      nazwa/ł wyrazi/ł zapyta/ł pyta/ł odpar/ł
      wyliczy/ł wyliczać:wylicza,wyliczają zauważy/ł zauważać:zauważa,zauważają relacjonować:relacjonuje,relacjonują
      zarzuci/ł zarzucać:zarzuca,zarzucają argumentowa/ł argumentować:argumentuje,argumentują zaprzeczy/ł
      przestrzega/ł przestrzegać:przestrzega alarmowa/ł alarmować:alarmuje`,
    semi: `przyzna/ł poinformowa/ł informowa/ł przekaza/ł potwierdzi/ł ogłosi/ł informować:informuje,informują
      przekazywać:przekazuje,przekazują potwierdzać:potwierdza,potwierdzają ogłaszać:ogłasza,ogłaszają
      zapowiadać:zapowiada,zapowiadają poda/ł
      napisa/ł pisać:pisze,piszą wskaza/ł zapowiedzieć:zapowiedział,zapowiedziała`,
    weak: 'uważać:uważa,uważają,uważał,uważała sądzi/ł sądzić:sądzi liczy/ł obawia',
    inverted: `uśmiecha uśmiechnął uśmiechnęła cieszy cieszył cieszyła śmieje wzdycha westchnął westchnęła żartuje żartował żartowała`,
  },
  fillers: `też także również już wcześniej wczoraj dziś dzisiaj potem następnie ponadto jeszcze zaś
    natomiast później ponownie publicznie otwarcie krótko wprost`,
  blockers: 'nie będzie będą może mogą miał miała ma mają chce chcą zamierza planuje powinien powinna',
  passiveAux: 'został została zostali zostało',
  clauseStart: 'że iż czy jak dlaczego on ona oni one',
  complementizers: 'że iż',
  issued: 'oświadczenie komunikat wpis list',
  tributes: 'kondolencje gratulacje',
  legal: 'zarzut zarzuty winy',
  platforms: 'x twitterze twitter facebooku facebook instagramie instagram linkedinie linkedin bluesky',
  speechContainers: 'oświadczeniu komunikacie wpisie liście wywiadzie rozmowie',
  abbrev: 'gen prof dr ks ul np tzw min godz św',
  dets: 'ten ta to',
  nounDets: 'ten ta to jego jej ich swój swoja',
  preps: 'w we z ze na do od o po za przez dla przy pod nad przed u ku bez między wobec',
  ofWords: '',
  possDets: 'jego jej',
  aux: 'jest są był była było byli będzie będą został została',
  npWords: 'były była nowy nowa obecny obecna',
  functionHeads: 'i a ale lub że to on ona oni one się mu jej im go',
  npBoundary: 'i a ale lub że to jest są był była w z na do od o po za przez dla nie się',
  afterInversion: `w we na po przed podczas po tuż dla z ze i a to który która cytowany cytowana`,
  adverbs: 'też także również już wcześniej',
  nounNext: 'są byli mają mieli',
  topicPreps: 'o',
  filing: 'pisze relacjonuje relacjonował relacjonowała | z',
  qaMarks: 'p o',
  // Polish shows the first person in the verb: its frequent forms ("Dudek: Jestem zadowolony").
  toMe: 'mi mnie',
  firstPerson: `ja mnie mi mój moja moje my nas nam nasz nasza nasze jestem jesteśmy byłem byłam byliśmy
    mam mamy miałem miałam chcę chcemy muszę musimy mogę możemy wiem wiemy będę będziemy uważam
    myślę sądzę cieszę cieszymy dziękuję dziękujemy zrobiłem zrobiłam zrobiliśmy zdobyłem zdobyliśmy`,
  // "jak przekazał nam rzecznik X": the source after "jak" and its verb; a reply to an MP names who asked
  // (a reply to a bare name says nothing of what that person said: "odpowiadając Nowakowi").
  according: `według | zdaniem | odpowiadając posłowi | odpowiadając posłance | odpowiadając senatorowi | odpowiadając senatorce
    | odpowiadając na pytanie | odpowiadając na pytania
    | jak przekazał | jak przekazała | jak poinformował | jak poinformowała | jak podał | jak podała
    | jak powiedział | jak powiedziała | jak zaznaczył | jak zaznaczyła | jak podkreślił | jak podkreśliła
    | jak mówi | jak twierdzi | jak przekonuje | jak pisze | jak podaje | jak informuje | jak relacjonuje`,
  accordingPronoun: 'jego zdaniem | jej zdaniem | ich zdaniem | według niego | według niej | według nich',
  proDrop: true,
  relatives: 'który która',
  bylineVerbs: 'relacjonuje',
  conj: 'i oraz',
  contrast: 'ale lecz natomiast',
  agentPreps: "przez",
  verbPhrases: 'dał do zrozumienia | dała do zrozumienia | zwrócił uwagę | zwróciła uwagę | zwrócił się do | zwróciła się do | złożył kondolencje | złożyła kondolencje',
  namedWords: 'imieniem',
  workPreps: 'z ze',
  reflexives: 'się',
  colleagues: 'kolega koleżanka analityk analityczka krytyk krytyczka',
  ours: 'mój moja nasz nasza',
  pieces: 'artykuł felieton',
  interviews: 'wywiad wywiadzie wywiadu',
  readsAs: 'czytamy',
  inversion: true,
  longColonLead: 20,
  // Case endings of names, longest first after folding (ą → a, ę → e, ł → l).
  nameEndings: 'iego ego emu iem em owi om ami ach iej ej ie a u y i e',
  nominative: 'skiego>ski ckiego>cki dzkiego>dzki iego>i ego>y skiej>ska ckiej>cka iej>a ii>ia y>a a> ą>a',
  streets: 'ulica ulicy ulicę ul aleja alei alejach al plac placu placem rondo rondzie most moście osiedle osiedlu',
  givenNames: GIVEN_PL,
  femaleNames: FEMALE_PL,
  maleNames: MALE_PL,
  femaleWords: 'ona pani królowa -ła',
  maleWords: 'on pan król -ł',
  // Frequent Polish given names (a common-knowledge list, not taken from any source), declined in
  // every case by inflection-pl.ts: a name in any case tells where a person's name starts, whether
  // it is an object, and its nominative.
  declinedNames: {
    masculine: `adam adrian alan albert aleksander aleksy alfred andrzej antoni arkadiusz arnold artur bartek
      bartosz bartłomiej benedykt bernard bogdan bogusław borys błażej cezary czesław damian daniel
      dariusz dawid dominik donald dorian edgar edmund edward emil ernest eryk eugeniusz fabian feliks
      filip florian franciszek fryderyk gabriel grzegorz gustaw henryk herbert hieronim hubert ignacy
      igor ireneusz jacek jakub jan janusz jarosław jerzy joachim julian juliusz józef kacper kamil
      karol kazimierz klemens konrad konstanty kordian kornel krystian krzysztof kuba lech leon
      leonard leszek lucjan ludwik maciej maksym maksymilian marcin marek marian mariusz mateusz
      maurycy michał mieczysław mikołaj mirosław miłosz natan nikodem norbert olaf oleg oliwier oskar
      patryk paweł piotr przemysław radosław rafał robert roland roman rudolf ryszard samuel sebastian
      seweryn stanisław stefan sylwester szczepan szymon sławomir tadeusz teodor tomasz tymoteusz
      wacław waldemar walenty wiesław wiktor wilhelm wincenty witold wojciech władysław włodzimierz
      zbigniew zdzisław zenon zygmunt łukasz bolesław bronisław bogumił marcel milan olgierd remigiusz tymon`,
    feminine: `agata agnieszka aleksandra alicja alina amanda anastazja aneta angelika anna antonina barbara
      beata bożena cecylia danuta daria diana dominika dorota edyta eleonora eliza elżbieta emilia
      eugenia ewa ewelina franciszka gabriela grażyna halina hanna helena ida iga ilona irena iwona
      izabela jadwiga janina joanna jolanta julia justyna kamila karolina katarzyna kinga klara
      klaudia kornelia krystyna laura lidia liliana lucyna ludwika luiza magdalena maja malwina maria
      marianna marta martyna marzena matylda małgorzata melania michalina milena monika natalia nina
      olga oliwia patrycja paula paulina regina renata roksana sabina sara stefania sylwia tamara
      teodora teresa urszula walentyna waleria wanda weronika wiktoria wioletta zofia zuzanna łucja
      lena amelia jagoda blanka nikola pola stanisława wiesława bogumiła bogusława mirosława magda dagmara adrianna
      anita celina nadia sandra
      żaneta`,
  },
};
