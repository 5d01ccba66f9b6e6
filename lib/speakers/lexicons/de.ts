/**
 * German: "sagte X", "laut X", "X zufolge", "…, so X", "teilte … mit". Every noun is capitalised,
 * so roles and organisations are also known by their compound endings ("Regierungssprecher",
 * "Gesundheitsbehörde"), and common-noun endings ("-ung", "-ische") mark words no name has.
 */
import type { LexiconData } from '../lang';
import { GIVEN_DE } from '../given/de';
import { FEMALE_DE, MALE_DE } from '../given/de-sex';

export const de: LexiconData = {
  lang: 'de',
  common: `der die das und ist nicht sich mit den dem des ein eine zu von auf für im es sie er wurde sei
    habe hat haben auch als nach bei wie aus am zum zur dass über sagte werden`,
  titles: `herr frau dr dr. prof prof. präsident präsidentin kanzler kanzlerin bundeskanzler
    bundeskanzlerin minister ministerin premier premierminister premierministerin regierungschef
    regierungschefin sprecher sprecherin chef chefin direktor direktorin generalsekretär
    generalsekretärin botschafter botschafterin bürgermeister bürgermeisterin abgeordnete abgeordneter
    senator senatorin general gouverneur kommandeur leiter leiterin vorsitzende vorsitzender parteichef
    parteichefin trainer coach ex ehemalige ehemaliger frühere früherer stellvertretende
    stellvertretender staatschef staatschefin papst könig königin prinz prinzessin scheich landrat
    landrätin oberbürgermeister oberbürgermeisterin`,
  roleSuffixes: `minister ministerin kanzler kanzlerin präsident präsidentin sprecher sprecherin chef
    chefin direktor direktorin sekretär sekretärin botschafter botschafterin meister meisterin leiter
    leiterin politiker politikerin vorsitzende vorsitzender berater beraterin kommandeur befehlshaber trainer gouverneur
    abgeordnete abgeordneter rat rätin senator senatorin
    ologe ologin experte expertin forscher forscherin wissenschaftler wissenschaftlerin`,
  occupations: `arzt ärztin lehrer lehrerin student studentin anwalt anwältin aktivist aktivistin experte
    expertin ökonom ökonomin analyst analystin autor autorin schauspieler schauspielerin sänger sängerin
    pilot soldat unternehmer unternehmerin forscher forscherin historiker historikerin zeuge zeugin rentner rentnerin
    kapitän kapitänin kommandant kommandantin lotse lotsin
    anwohner anwohnerin bewohner bewohnerin landwirt landwirtin ingenieur ingenieurin geologe geologin
    meteorologe meteorologin klimaforscher klimaforscherin virologe virologin wissenschaftler wissenschaftlerin
    rechtsanwalt rechtsanwältin verteidiger verteidigerin staatsanwalt staatsanwältin richter richterin
    professor professorin feuerwehrmann gewerkschafter gewerkschafterin`,
  keepTitles: 'könig königin prinz prinzessin papst lord lady herzog herzogin emir',
  postNominals: 'jr sr',
  particles: 'von van der den de del della di da dos du la le al el bin ibn ben ter ten abu zu',
  stopCaps: `der die das den dem des ein eine einen einem einer eines er sie es wir ihr ich du man und
    oder aber doch auch in im am an auf aus bei mit nach seit von vom zu zur zum für gegen über unter vor
    laut so wie wo wann was wer warum dies diese dieser dieses jener nun heute gestern morgen montag
    dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai juni juli august
    september oktober november dezember zudem demnach allerdings jedoch bereits außerdem ausserdem weiter
    weitere zuvor bisher dabei damit dazu darauf deshalb daher denn dann als ob dass wenn während nachdem
    bevor trotz wegen mindestens rund etwa nur noch erst schon sein seine ihre ihren unser alle viele
    einige mehrere zahlreiche etliche manche beide kein keine nicht bei beim ins unterdessen inzwischen insgesamt angaben informationen
    berichten bericht zufolge video live ticker update erste erster ersten zweite dritte letzte
    neue neuer neuen
    treffen gipfel telefonat spitzentreffen duell
    danach daraufhin deswegen trotzdem später anschließend anschliessend bislang jetzt zuletzt zunächst
    schließlich schliesslich dennoch immerhin hierzu hierbei dafür dagegen darüber davor seitdem vorher
    nachher ebenfalls gleichzeitig offenbar zugleich`,
  acronyms: `usa eu uno un nato who idf nna cnn bbc ard zdf dpa afp ap hrw unrwa ngo cia fbi spd cdu csu
    fdp afd bsw svp sp fdp thw drk dgb fc sc vfb vfl tsv bvb db gdl evg`,
  orgWords: `regierung armee militär polizei partei ministerium behörde agentur organisation gruppe
    miliz hamas hizbullah hisbollah idf kommando gericht amt büro verband bank stiftung institut zentrum
    dienst sender zeitung uno nato eu kreml weisses weißes haus pentagon parlament bundestag senat
    kongress kabinett truppen streitkräfte luftwaffe marine rat kommission beobachtungsstelle
    rundfunk sturm orkan hurrikan taifun stadt gemeinde landkreis kreis feuerwehr rathaus gewerkschaft
    verein klub club bahnhof hauptbahnhof flughafen opposition koalition fraktion
    borussia werder eintracht hertha fortuna arminia hansa dynamo`,
  orgSuffixes: `behörde agentur ministerium kommando miliz armee regierung organisation partei hilfswerk
    gericht amt büro militär polizei verband bank stiftung institut zentrum dienst gruppe sender zeitung
    streitkräfte beobachtungsstelle rat kommission`,
  nonNameSuffixes: `ung ungen heit keit schaft tion ismus ität isches ische ischen ischer isch liche lichen
    licher liches nahme nisse weise`,
  placeFirst: 'nord süd ost west san santa los las tel hong sri costa new',
  places: `israel gaza gazastreifen westjordanland libanon syrien ägypten iran irak russland ukraine usa
    deutschland schweiz österreich frankreich italien spanien polen china japan katar jordanien türkei
    europa washington moskau kiew jerusalem berlin bern zürich wien paris london brüssel rafah beirut
    teheran nahost khan yunis nuseirat ashdod bekaa
    nordrhein-westfalen niedersachsen bayern baden-württemberg hessen sachsen sachsen-anhalt thüringen
    brandenburg mecklenburg-vorpommern schleswig-holstein rheinland-pfalz saarland hamburg bremen
    münchen köln frankfurt stuttgart düsseldorf dortmund essen leipzig dresden hannover nürnberg
    duisburg bochum bonn kiel rostock magdeburg erfurt mainz wiesbaden potsdam schwerin saarbrücken`,
  nationalities: `israeli israelis palästinenser amerikaner deutsche deutscher russe russen ukrainer
    franzose schweizer österreicher libanese libanesen syrer iraner`,
  parties: 'spd cdu csu fdp afd grüne grünen linke bsw svp likud demokraten republikaner',
  kin: 'sohn tochter frau ehefrau mann ehemann bruder schwester vater mutter witwe',
  publicRoles: `präsident präsidentin kanzler kanzlerin minister ministerin premier sprecher sprecherin
    chef chefin direktor direktorin botschafter botschafterin bürgermeister bürgermeisterin abgeordnete
    abgeordneter general gouverneur leiter leiterin vorsitzende vorsitzender trainer papst könig
    königin prinz diplomat diplomatin landrat landrätin`,
  anonRoles: 'sprecher sprecherin',
  journalistRoles: `korrespondent korrespondentin reporter reporterin journalist journalistin redakteur
 redakteurin moderator moderatorin kommentator kommentatorin`,
  publications: 'zeitung zeitung post times guardian spiegel welt bild nzz faz',
  speechNouns: 'erklärung mitteilung stellungnahme interview post tweet brief rede worte',
  locative: 'in im bei nahe',
  pronouns: 'er sie',
  indefinite: 'ein eine einen einem einer eines einige mehrere',
  verbs: {
    strong: `sagen:sagte,sagt,sagten,^gesagt,sagen erklären:erklärte,erklärt,erklärten
      betonen:betonte,betont,betonten warnen:warnte,warnt,warnten,^gewarnt
      fordern:forderte,fordert,forderten,^gefordert kritisieren:kritisierte,kritisiert,kritisierten
      schreiben:schrieb,schreibt,schrieben,^geschrieben twittern:twitterte,twittert meinen:meinte,meint
      bekräftigen:bekräftigte,bekräftigt unterstreichen:unterstrich,unterstreicht,^unterstrichen
      äussern:äusserte,äussert,äußerte,äußert,^geäussert,^geäußert hinzufügen:fügte>hinzu,fügt>hinzu,fügten>hinzu,hinzufügte,hinzufügten,^hinzugefügt
      mitteilen:teilte>mit,teilt>mit,teilten>mit,mitteilte,mitteilten,^mitgeteilt einräumen:räumte>ein,räumt>ein,einräumte,^eingeräumt
      antworten:antwortete,antwortet versichern:versicherte,versichert mahnen:mahnte,mahnt
      appellieren:appellierte,appelliert beklagen:beklagte,beklagt
      loben:lobte,lobt dementieren:dementierte,dementiert bestreiten:bestritt,bestreitet
      behaupten:behauptete,behauptet erläutern:erläuterte,erläutert ergänzen:ergänzte,ergänzt
      vorwerfen:warf>vor,wirft>vor,vorwarf,^vorgeworfen bezeichnen:bezeichnete,bezeichnet,^bezeichnet kommentieren:kommentierte,kommentiert
      fragen:fragte,fragt,fragten,^gefragt entgegnen:entgegnete,entgegnet,entgegneten
      erwidern:erwiderte,erwidert nachhaken:hakte>nach,hakt>nach widersprechen:widersprach,widerspricht,^widersprochen erzählen:erzählte,erzählt,erzählten
      zurückweisen:wies>zurück,weist>zurück,wiesen>zurück,zurückwies,^zurückgewiesen kontern:konterte,kontert
      hervorheben:hob>hervor,hebt>hervor,hervorhob,^hervorgehoben
      klarstellen:stellte>klar,stellt>klar,klarstellte,^klargestellt
      vorrechnen:rechnete>vor,rechnet>vor,vorrechnete,^vorgerechnet bilanzieren:bilanzierte,bilanziert
      resümieren:resümierte,resümiert versprechen:versprach,verspricht,^versprochen
      aufrufen:rief>auf,ruft>auf,riefen>auf,aufrief,^aufgerufen raten:riet,rät,^geraten bitten:bat,bittet,baten,^gebeten
      danken:dankte,dankt,dankten,^gedankt`,
    semi: `bestätigen:bestätigte,bestätigt ankündigen:kündigte>an,kündigt>an,kündigten>an,ankündigte,^angekündigt bekanntgeben:gab>bekannt,gibt>bekannt,bekanntgab,^bekanntgegeben verkünden:verkündete,verkündet
      zugeben:gab>zu,gibt>zu,zugab,^zugegeben berichten:berichtete,berichteten
      erinnern:erinnerte,erinnert verurteilen:verurteilte,verurteilt beruhigen:beruhigte,beruhigt jubeln:jubelte,jubelt`,
    weak: 'glauben:glaubt,glaubte hoffen:hofft,hoffte fürchten:fürchtet,fürchtete',
    inverted: `so strahlen:strahlt,strahlte lachen:lacht,lachte seufzen:seufzt,seufzte
      scherzen:scherzt,scherzte schmunzeln:schmunzelt,schmunzelte`,
    speak: 'sprechen:sprach,spricht,sprachen,^gesprochen',
    call: 'nennen:nannte,nennt,nannten,^genannt',
  },
  fillers: `hat haben hatte hatten habe hätten ist sind war waren auch zudem bereits heute gestern nun
    erneut zuvor dann später noch wiederum ebenfalls jedoch aber allerdings demnach sich am montag
    dienstag mittwoch donnerstag freitag samstag sonntag abend morgen dabei laut`,
  blockers: `wird werden würde würden soll sollen sollte will wollen wollte kann können könnte müsse muss
    nicht nie kein keine zu`,
  passiveAux: 'wurde wurden worden',
  clauseStart: 'dass ob er sie es wir ich wie warum was',
  complementizers: 'dass ob',
  issued: 'erklärung mitteilung stellungnahme post tweet brief video',
  tributes: 'beileid glückwünsche',
  legal: 'anklage tat mord',
  platforms: 'x twitter facebook instagram telegram tiktok linkedin bluesky youtube',
  speechContainers: 'erklärung mitteilung stellungnahme interview post tweet brief rede pressekonferenz',
  abbrev: 'dr prof nr st gen bzw ca vgl',
  dets: 'der die das den dem des ein eine einen einem einer eines',
  nounDets: 'der die das den dem des ein eine einen einem einer eines sein seine ihr ihre dieser diese',
  preps: `an auf aus bei mit nach seit von zu zur zum gegen gegenüber für um über unter vor hinter neben
    zwischen durch ohne im am vom beim ins`,
  ofWords: 'des der von vom für',
  possDets: 'sein seine ihr ihre',
  aux: 'ist sind war waren hat haben hatte hatten wird werden würde sei seien habe',
  npWords: 'der die das den dem des ein eine ehemalige ehemaliger frühere früherer neue neuer',
  functionHeads: 'und aber oder dass das es sie er wir ich man dies diese',
  npBoundary: `der die das den dem und oder aber hat haben ist sind war waren wird werden von mit zu für
    in im am an auf bei nach dass als wie`,
  afterInversion: `am an auf in im bei nach vor gegenüber laut bei während zufolge zudem dem der den
    einem auf vor am und gestern heute aus
    hinzu mit ein zurück bekannt klar hervor zu`,
  adverbs: 'auch zudem bereits nun erneut zuvor dann später noch',
  nounNext: 'sind waren haben hatten',
  according: 'laut | nach angaben von | nach worten von | nach ansicht von | nach einschätzung von | nach auffassung von | nach meinung von | auf die frage von',
  accordingAfter: 'zufolge',
  bylineVerbs: 'berichtet',
  conj: 'und',
  contrast: 'aber doch während jedoch',
  agentPreps: "von vom",
  verbPhrases: 'wollte wissen | wollten wissen | will wissen | machte deutlich | macht deutlich | stellte klar | stellt klar | wies darauf hin | weist darauf hin | verwies darauf | verweist darauf | zeigte sich | zeigt sich | zeigten sich | berichtete von | berichtet von',
  namedWords: 'namens',
  workPreps: 'von vom aus',
  objectDets: 'dem den einem einen',
  colleagues: 'kollege kollegin kollegen kritiker kritikerin analyst analystin',
  ours: 'mein meine meinem unser unsere unserem',
  pieces: 'artikel kommentar',
  byWords: 'von vom des der',
  signed: 'unterzeichnet unterzeichneten unterzeichnete unterschriebenen',
  interviews: 'interview interviews interviewte interviewt befragte befragt',
  readsAs: 'heißt es | hieß es | heisst es | hiess es',
  verbFinal: true,
  capitalNouns: true,
  filing: 'schreibt schrieb berichtet berichtete | aus',
  qaMarks: 'f a',
  firstPerson: `ich mir mich mein meine meinen meinem wir uns unser unsere unseren unserem`,
  topicPreps: 'über von',
  inversion: true,
  longColonLead: 20,
  givenNames: GIVEN_DE,
  femaleNames: FEMALE_DE,
  maleNames: MALE_DE,
  femaleWords: 'sie frau kanzlerin bundeskanzlerin präsidentin ministerin bundesministerin ministerpräsidentin sprecherin regierungssprecherin parteichefin bürgermeisterin oberbürgermeisterin chefin königin prinzessin',
  maleWords: 'er herr kanzler bundeskanzler präsident minister bundesminister ministerpräsident sprecher regierungssprecher parteichef bürgermeister oberbürgermeister chef könig prinz',
  singularOnly: 'sie',
};
