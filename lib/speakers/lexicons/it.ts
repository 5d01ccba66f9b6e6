/**
 * Italian: "ha detto X", "Lo ha detto il ministro X", "secondo X", "- sottolinea il Dg -". Subjects
 * often follow the verb; articles elide ("dell'Oms"). Loaded in the page only on Italian blogs.
 */
import type { LexiconData } from '../lang';
import { GIVEN_IT } from '../given/it';
import { FEMALE_IT, MALE_IT } from '../given/it-sex';

export const it: LexiconData = {
  lang: 'it',
  common: `il la di che è e per un una non con del della sono ha hanno anche come nel alla gli le dei
    delle più ma si lo al da in sul dalla negli degli stato questo`,
  titles: `sig sig. signor signora dott dott. dottor dottoressa prof prof. professor professoressa on on.
    onorevole avv avvocato ing presidente presidentessa premier ministro ministra vicepremier viceministro
    sottosegretario segretario segretaria generale direttore direttrice capo portavoce sindaco sindaca
    senatore senatrice deputato deputata ambasciatore ambasciatrice commissario commissaria governatore
    governatrice leader dg ad cancelliere cancelliera don padre suor monsignor cardinale colonnello
    comandante ammiraglio consigliere consigliera assessore assessora procuratore procuratrice giudice pm
    magistrato allenatore tecnico ct attaccante centrocampista difensore portiere capitano fondatore ex
    neo vice rabbino imam sceicco generale`,
  occupations: `medico infermiere infermiera insegnante studente studentessa avvocato attivista
    economista analista esperto esperta scrittore scrittrice attore attrice cantante tennista calciatore
    calciatrice pilota soldato militare imprenditore imprenditrice ricercatore ricercatrice storico
    residente testimone sopravvissuto sopravvissuta negoziatore ingegnere ingegnera geologo geologa
    meteorologo meteorologa sismologo sismologa vulcanologo vulcanologa climatologo climatologa virologo
    virologa scienziato scienziata docente professore professoressa avvocata sindacalista volontario volontaria`,
  keepTitles: 're regina papa principe principessa lord lady duca duchessa emiro',
  postNominals: 'jr sr',
  particles: 'von van der den de del della di da dos du la le al el bin ibn ben ter ten abu',
  stopCaps: `il lo la i gli le un uno una l' dell' all' nell' sull' dall' d' un' di a da in con su per
    tra fra e ed o ma anche non che chi cui come dove quando mentre se perché però quindi ieri oggi
    domani stamani stamattina stasera stanotte secondo stando lunedì martedì mercoledì giovedì venerdì
    sabato domenica gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre
    dicembre questo questa questi queste quello quella quel nel nella nei negli nelle al alla ai agli alle
    dal dalla dai dagli dalle sul sulla sui sugli sulle dopo prima durante ecco intanto inoltre tuttavia
    oltre sono è era ci ne si lui lei loro noi voi io tutti tutto tutta ogni alcuni molti nessuno altri
    bilaterale vertice incontro telefonata colloquio summit duello faccia scontro
    altro altra via video foto diretta live aggiornamento ultime ultim'ora è' e' cosa qui lì là ora già
    così invece infatti mai sempre ancora poi però neppure neanche nemmeno circa almeno oltre più meno
    ha hanno aveva avevano abbiamo avrebbe`,
  acronyms: `usa ue onu oms idf ap afp cnn bbc nato anp unrwa unicef cpj hrw fao ong ansa tass rai tg tv ss cgil cisl uil fiom flc ugl usb cobas anci asl inps fc`,
  orgWords: `ristorante trattoria pizzeria caffè albergo hotel negozio governo ministero esercito forze forza polizia partito commissione consiglio agenzia ufficio
    organizzazione nazioni unite onu oms unicef unrwa casa bianca cremlino parlamento senato camera
    tribunale corte procura ospedale università fondazione associazione mezzaluna rossa hamas
    hezbollah hezbollah idf tass ansa adnkronos reuters afp ap cnn bbc guardian times politico stampa media
    tv radio emittente sito comitato comando marina aeronautica brigate jihad movimento fronte lega
    federazione banca gruppo società spa srl protezione civile difesa dipartimento stato stati unione
    europea commissione autorità palestinese ministero salute esteri interni ufficio stampa casa
    tempesta uragano ciclone palazzo comune regione provincia prefettura questura vigili carabinieri
    sindacato confindustria coldiretti codacons federazione club`,
  placeFirst: `nord sud est ovest san santa santo los las tel hong sri costa puerto buenos arabia gaza
    striscia cisgiordania`,
  places: `italia israele gaza cisgiordania libano siria egitto iran iraq russia ucraina usa francia
    germania spagna regno unito gran bretagna europa cina giappone qatar giordania turchia arabia
    saudita washington mosca kiev gerusalemme tel aviv roma milano napoli londra parigi berlino bruxelles
    cairo beirut teheran rafah jabalia khan yunis bureij striscia medioriente palestina australia minnesota`,
  nationalities: `italiano italiana italiani israeliano israeliana israeliani palestinese palestinesi
    libanese americano americana statunitense russo russa ucraino ucraina francese tedesco tedesca
    britannico britannica inglese europeo egiziano iraniano giapponese cinese turco saudita giordano
    australiano australiana siriano iracheno`,
  parties: `pd lega fratelli forza m5s movimento likud dem democratici repubblicani`,
  kin: 'figlio figlia moglie marito fratello sorella padre madre vedova nipote',
  publicRoles: `responsabile coordinatore coordinatrice presidente premier ministro ministra vicepremier segretario segretaria direttore
    direttrice capo portavoce sindaco sindaca senatore senatrice deputato deputata ambasciatore
    commissario governatore leader dg cancelliere cancelliera re regina papa principe allenatore tecnico
    attaccante capitano fondatore comandante procuratore giudice tennista dirigente negoziatore attivista
    candidato candidata assessore assessora consigliere consigliera`,
  anonRoles: 'portavoce',
  journalistRoles: `giornalista corrispondente inviato inviata cronista editorialista
 conduttore conduttrice reporter redattore redattrice opinionista commentatore commentatrice`,
  publications: 'corriere repubblica stampa messaggero giornale sole fatto post times guardian politico',
  speechNouns: 'dichiarazione dichiarazioni post tweet messaggio lettera parole intervista nota comunicato discorso risposta',
  locative: 'a in presso',
  pronouns: 'lui lei egli ella',
  indefinite: 'un uno una alcuni alcune',
  paradigms: {
    are: '=are a ano ò arono ava avano ^ato ^ata ^ati ^ate %ando',
    ire: '=ire isce iscono ì irono iva ^ito ^ita %endo',
  },
  verbs: {
    strong: `dire:=dire,dice,dicono,disse,dissero,diceva,^detto,^detta,%dicendo dichiar/are afferm/are
      spieg/are sottoline/are ribad/ire aggiungere:=aggiungere,aggiunge,aggiungono,aggiunse,^aggiunto,^aggiunta,%aggiungendo
      avvertire:=avvertire,avverte,avvertono,avvertì,^avvertito,%avvertendo precis/are comment/are
      denunci/are accus/are chiedere:=chiedere,chiede,chiedono,chiese,^chiesto,%chiedendo
       rifer/ire raccont/are scrivere:=scrivere,scrive,scrivono,scrisse,^scritto,%scrivendo
      twitt/are esort/are insistere:=insistere,insiste,insistono,insistette,^insistito,%insistendo
      incalz/are rispondere:=rispondere,risponde,rispondono,rispose,^risposto,%rispondendo assicur/are
      condann/are riassumere:=riassumere,riassume,riassunse,^riassunto concludere:=concludere,conclude,concluse,^concluso,%concludendo
      chiar/ire lament/are
      critic/are elogi/are promettere:=promettere,promette,promise,^promesso ammon/ire avvis/are
      replic/are anticip/are smentire:=smentire,smentisce,smentiscono,smentì,^smentito,%smentendo neg/are tuon/are
      ammonire:=ammonire,ammonisce,ammonì,^ammonito sapere:sapere
      domand/are esprimere:=esprimere,esprime,esprimono,espresse,^espresso,%esprimendo defin/ire`,
    semi: `annunci/are conferm/are ammettere:=ammettere,ammette,ammise,^ammesso indic/are post/are
      osserv/are ricord/are
      escludere:=escludere,esclude,escludono,escluse,^escluso,%escludendo`,
    weak: `ritenere:=ritenere,ritiene,ritengono,ritenne,^ritenuto pens/are credere:=credere,crede,credono,^creduto
      sper/are temere:=temere,teme,temono,^temuto
      sostenere:=sostenere,sostiene,sostengono,sostenne,^sostenuto,%sostenendo`,
    inverted: 'sorridere:sorride,sorrise,^sorriso ridere:ride,rise sospir/are scherz/are',
    speak: 'parl/are',
    issue: 'pubblic/are diffondere:=diffondere,diffonde,diffuse,^diffuso affid/are postare:posta,postato condividere:condivide,condivise,^condiviso',
  },
  fillers: `ha hanno aveva avevano avrebbe avrebbero è sono era anche poi già ieri oggi stamani
    stamattina inoltre invece ancora nuovamente lo l' gli le ci ne si più volte pure tra l'altro
    successivamente subito infine quindi così`,
  blockers: `non mai dovrà dovrebbe dovrebbero potrebbe potrebbero vuole vorrebbe intende deve devono sta
    stanno starebbe dovranno potrà potranno intenzione per`,
  passiveAux: 'stato stata stati state viene vengono venne vennero',
  clauseStart: 'che se come perché quanto',
  complementizers: 'che',
  issued: 'nota comunicato dichiarazione post tweet messaggio lettera video',
  tributes: 'condoglianze cordoglio congratulazioni ringraziamenti',
  legal: 'accusa accuse reato reati omicidio',
  platforms: 'x twitter facebook instagram telegram tiktok linkedin bluesky social youtube',
  speechContainers: 'nota comunicato post tweet intervista messaggio lettera video discorso conferenza dichiarazione',
  abbrev: 'sig dott prof on avv ing gen col sen',
  elisions: `l dell all nell sull dall coll d un quell quest sull' po`,
  dets: `il lo la i gli le l' un uno una un'`,
  nounDets: `il lo la i gli le l' un uno una un' suo sua questo questa quel quella ogni alcuni`,
  preps: `a ad di da in con su per tra fra verso contro presso al alla ai agli alle allo all' dal dalla
    dai dagli dalle dall' nel nella nei negli nelle nell' sul sulla sui sugli sulle sull' col`,
  ofWords: `di del della dello dei degli delle dell' d' per al alla allo all' ai agli alle`,
  possDets: 'suo sua suoi sue',
  aux: 'è sono era erano ha hanno aveva avevano sarà saranno sarebbe sarebbero avrà avrebbe fu',
  npWords: 'il lo la i gli le un una ex neo nuovo nuova attuale vice',
  functionHeads: 'e ma o che cui lo la li le gli ci ne si questo quello io tu lui lei noi voi loro esso essa',
  npBoundary: `il lo la i gli le un una e o ma che di a da in con su per tra fra ha hanno è sono era non
    anche come quando se al alla nel nella`,
  afterInversion: `in a al alla nel nella durante dopo prima parlando intervenendo nel corso oggi ieri
    stamani su sul sulla da dal dalla con citato riportato ripreso secondo aggiungendo sottolineando
    spiegando e tramite via rivolgendosi quando mentre commentando rispondendo intervistato intervistata
    ai agli alle allo all' tra fra davanti per`,
  adverbs: 'anche poi inoltre già ancora ieri oggi infatti invece',
  nounNext: 'sono erano hanno avevano di del della',
  topicPreps: 'di su',
  filing: 'scrive racconta riferisce | da',
  qaMarks: 'd r',
  toMe: 'mi',
  firstPerson: `io mi me mio mia miei mie noi ci nostro nostra nostri nostre`,
  according: `secondo | stando a | a detta di | a giudizio di | rispondendo al | rispondendo alla | rispondendo allo | in risposta al | in risposta alla | interpellato da | interpellata da
    | come ha detto | come ha spiegato | come ha ricordato | come ha sottolineato | come ha affermato | come ha dichiarato
    | come ha riferito | come ha precisato | come ha osservato | come ha scritto | come ricorda | come spiega | come sottolinea`,
  bylineVerbs: 'riferisce',
  conj: 'e ed',
  contrast: 'ma mentre però',
  agentPreps: "da dal dalla dallo dai dagli dalle dall'",
  verbPhrases: `ha fatto sapere | hanno fatto sapere | fa sapere | fanno sapere | ha messo in guardia | ha reso noto
    | ha tenuto a precisare | ha voluto sottolineare
    ${['dirlo', 'spiegarlo', 'sottolinearlo', 'confermarlo', 'ribadirlo', 'annunciarlo', 'denunciarlo',
    'raccontarlo', 'chiederlo', 'ammetterlo', 'riferirlo', 'precisarlo', 'affermarlo', 'dichiararlo',
    'farle eco', 'fargli eco', 'lanciare l\' allarme', 'parlare', 'commentare', 'replicare', 'rispondere', 'intervenire']
      .flatMap((v) => [`| a ${v} è`, `| a ${v} sono`, `| ad ${v} è`]).join(' ')}`,
  namedWords: 'chiamato chiamata nome',
  workPreps: 'di del della dell\' dei degli delle',
  colleagues: 'collega colleghi colleghe critico critica analista',
  ours: 'mio mia nostro nostra nostri',
  pieces: 'articolo editoriale',
  byWords: "di del della dello dei degli delle dell' da dal dalla dallo dall'",
  signed: 'firmata firmato firmate firmati',
  interviews: 'intervista interviste intervistato intervistata intervistando',
  readsAs: 'si legge | si legge ancora | si legge inoltre',
  forLead: 'per',
  judgements: `è sono sarebbe sarebbero deve devono serve servono bisogna occorre rappresenta costituisce resta
    -ato -ata -ati -ate -uto -uta -uti -ute -ito -ita -iti -ite`,
  inversion: true,
  // "Ha aggiunto che …": the person the entry just named.
  proDrop: true,
  relatives: 'che',
  // A plural verb right after a name that opens its clause: a body or a group ("Fonti di Palazzo Chigi assicurano").
  pluralAgreement: 'hanno avevano dicono affermano spiegano sostengono ribadiscono chiedono denunciano assicurano fanno',
  otherPersons: `hanno abbiamo avevano avevamo siamo sono erano eravamo avete ho -ano -ono -arono -irono -ero
    -avano -ivano -evano -iamo -ammo -emmo -immo`,
  streets: 'via viale piazza corso piazzale',
  givenNames: GIVEN_IT,
  femaleNames: FEMALE_IT,
  maleNames: MALE_IT,
  femaleWords: 'lei ella sig.ra signora dottoressa professoressa presidentessa ministra regina principessa -a',
  maleWords: 'lui egli sig sig. signor signore dottor professor re principe -o',
  agreeAfter: 'è era sarà sarebbe fu',
};
