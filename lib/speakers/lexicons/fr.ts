/**
 * French: "a déclaré X", "selon X", "d'après X", "estime que", "« … », a affirmé le ministre".
 * Articles elide ("l'ancien", "d'Emmanuel"). Loaded in the page only on French blogs.
 */
import type { LexiconData } from '../lang';
import { GIVEN_FR } from '../given/fr';
import { FEMALE_FR, MALE_FR } from '../given/fr-sex';

export const fr: LexiconData = {
  lang: 'fr',
  common: `le la les de des du un une et est à en que qui pour dans sur pas au aux il elle ne par avec
    ce se son sa ses a ont été plus selon`,
  titles: `m m. mme mme. mlle me maître monsieur madame président présidente ministre secrétaire général générale
    porte-parole directeur directrice chef cheffe maire sénateur sénatrice député députée ambassadeur
    ambassadrice commissaire gouverneur dirigeant dirigeante leader chancelier chancelière dr pr
    professeur professeure entraîneur sélectionneur capitaine attaquant défenseur gardien procureur
    procureure juge colonel commandant amiral ancien ancienne ex patron patronne pdg premier première
    vice-président vice-présidente adjoint adjointe préfet préfète cardinal rabbin imam cheikh`,
  occupations: `médecin infirmier infirmière enseignant enseignante étudiant étudiante avocat avocate
    militant militante économiste analyste expert experte écrivain écrivaine acteur actrice chanteur
    chanteuse soldat chercheur chercheuse historien historienne habitant habitante témoin survivant
    climatologue météorologue prévisionniste sociologue politologue épidémiologiste ingénieur
    agriculteur agricultrice ostréiculteur pêcheur commerçant commerçante syndicaliste ingénieure
    géologue sismologue volcanologue virologue scientifique chercheuse bénévole pompier`,
  keepTitles: 'roi reine pape prince princesse lord lady duc duchesse émir',
  postNominals: 'jr sr',
  particles: 'von van der den de del della di da dos du la le al el bin ibn ben ter ten abu',
  stopCaps: `le la les l' un une des du de d' et ou mais donc car ni que qu' qui quoi dont où quand comme
    si il elle ils elles on nous vous je tu ce cet cette ces son sa ses leur leurs selon après avant
    pendant depuis lors dans en au aux à par pour sur sous chez vers contre entre sans lundi mardi
    mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août septembre
    octobre novembre décembre hier aujourd'hui demain ainsi alors aussi enfin toutefois cependant
    pourtant néanmoins encore déjà plus moins très tout tous toute toutes vidéo direct live cela ceci
    voici voilà
    rencontre sommet tête-à-tête face-à-face duel entrevue`,
  acronyms: 'usa ue onu oms otan nato idf afp ap cnn bbc tf1 rfi ong sncf ps lr rn lfi cgt cfdt unsa sdis samu psg fc',
  orgWords: `café restaurant brasserie hôtel boulangerie gouvernement ministère armée police parti commission conseil agence bureau organisation
    nations unies onu oms élysée matignon kremlin maison blanche parlement assemblée sénat tribunal cour
    parquet hôpital université fondation association croix rouge hamas hezbollah tsahal afp reuters
    presse médias chaîne radio journal comité commandement état états union européenne autorité
    ministère santé syndicat banque groupe société tempête ouragan cyclone mairie préfecture région
    département pompiers gendarmerie club fédération confédération`,
  placeFirst: 'nord sud est ouest san santa los las tel hong sri costa saint sainte',
  places: `france paris lyon marseille israël gaza cisjordanie liban syrie égypte iran irak russie
    ukraine états-unis allemagne italie espagne pologne royaume-uni europe chine japon qatar jordanie
    turquie washington moscou kiev jérusalem bruxelles londres berlin rome beyrouth téhéran
    bretagne normandie alsace lorraine provence corse occitanie bourgogne aquitaine auvergne picardie
    champagne savoie finistère morbihan gironde vendée île-de-france`,
  nationalities: `français française israélien israélienne palestinien palestinienne américain américaine
    russe ukrainien ukrainienne allemand allemande britannique italien italienne européen libanais
    espagnol espagnole belge suisse danois danoise néerlandais néerlandaise norvégien norvégienne suédois
    suédoise slovène portugais portugaise polonais polonaise autrichien autrichienne irlandais irlandaise
    colombien colombienne australien australienne canadien canadienne japonais japonaise chinois chinoise
    savoyard savoyarde breton bretonne basque corse normand normande alsacien alsacienne lorrain lorraine
    provençal provençale auvergnat auvergnate lyonnais lyonnaise marseillais marseillaise parisien parisienne
    toulousain toulousaine bordelais bordelaise nantais nantaise niçois niçoise lillois lilloise`,
  parties: 'renaissance rn lr ps lfi insoumis écologistes républicains socialistes modem',
  kin: 'fils fille épouse femme mari frère sœur père mère veuve',
  publicRoles: `président présidente ministre secrétaire porte-parole directeur directrice chef maire
    sénateur sénatrice député députée ambassadeur commissaire gouverneur dirigeant leader chancelier roi
    reine pape prince entraîneur sélectionneur capitaine attaquant procureur procureure juge général
    commandant patron pdg premier première préfet`,
  anonRoles: 'porte-parole',
  journalistRoles: `journaliste correspondant correspondante envoyé envoyée reporter
 éditorialiste chroniqueur chroniqueuse présentateur présentatrice rédacteur rédactrice`,
  publications: 'monde figaro libération parisien échos croix post times guardian',
  speechNouns: 'déclaration communiqué message lettre propos mots discours entretien interview tweet',
  locative: 'à en au aux dans',
  // "« … », a-t-il déclaré", "s'est-elle réjouie": the auxiliary carries the subject pronoun.
  pronouns: 'il elle a-t-il a-t-elle est-il est-elle',
  clitics: 'il elle',
  indefinite: 'un une des quelques plusieurs',
  paradigms: {
    er: '=er e ent a ait aient ^é ^ée ^és ^ées %ant',
  },
  verbs: {
    strong: `dire:=dire,dit,disent,disait,%disant déclar/er affirm/er expliqu/er soulign/er ajout/er
      insist/er avertir:=avertir,avertit,averti,%avertissant prévenir:prévient,prévenu,%prévenant
      assur/er dénonc/er critiqu/er
      demand/er répondre:=répondre,répond,répondent,^répondu,%répondant
      tweet/er précis/er martel/er exclam/er accus/er promettre:=promettre,promet,promettent,^promis
      réclam/er exhort/er racont/er témoign/er fustig/er salu/er regrett/er
      démentir:dément,^démenti assén/er ni/er
      exprim/er qualifi/er interrog/er questionn/er interpell/er rétorqu/er répliqu/er
      féliciter:félicite,^félicité,^félicitée réjouir:réjouit,^réjoui,^réjouie indigner:indigne,^indigné,^indignée
      inquiéter:inquiète,^inquiété,^inquiétée étonner:étonne,^étonné,^étonnée
      réagir:=réagir,réagit,réagissent,^réagi,%réagissant résum/er`,
    semi: `annoncer:=annoncer,annonce,annoncent,annonça,^annoncé,^annoncée,%annonçant confirm/er
      reconnaître:=reconnaître,reconnaît,reconnaissent,^reconnu,%reconnaissant indiqu/er admettre:admet,^admis
      remerci/er
      lanc/er confi/er condamn/er rappeler:=rappeler,rappelle,rappellent,^rappelé,%rappelant écrire:=écrire,écrit,écrivent,écrivait,%écrivant plaid/er`,
    weak: `estim/er pens/er croire:croit,croient,^cru jug/er considér/er espér/er craindre:craint,^craint`,
    inverted: `poursuivre:poursuit,^poursuivi conclure:conclut,^conclu ajoute
      sourire:sourit,^souri rire:rit soupir/er plaisant/er`,
    issue: 'publi/er diffus/er post/er partag/er',
    speak: 'parl/er',
  },
  fillers: `a ont avait avaient aurait auraient est sont était également aussi ensuite encore déjà hier
    aujourd'hui lundi mardi mercredi jeudi vendredi samedi dimanche matin soir notamment ainsi
    publiquement lui-même elle-même par ailleurs l' s' se lui leur y en nous vous m' me`,
  blockers: `va vont devrait devraient pourrait pourraient doit doivent veut veulent compte souhaite ne
    pas n' jamais refusé refuse`,
  passiveAux: 'été',
  clauseStart: `que qu' si comment pourquoi il elle ils elles on`,
  complementizers: `que qu'`,
  issued: 'communiqué déclaration message lettre tweet vidéo',
  tributes: 'condoléances hommage félicitations',
  legal: 'charges accusations meurtre',
  platforms: 'x twitter facebook instagram telegram tiktok linkedin bluesky youtube',
  speechContainers: 'communiqué déclaration entretien interview message lettre tweet vidéo discours conférence',
  abbrev: 'm mme mlle dr pr st gén col',
  elisions: `l d qu j n s c m t jusqu lorsqu puisqu`,
  dets: `le la les l' un une`,
  nounDets: `le la les l' un une son sa ses ce cette ces leur leurs`,
  preps: `à au aux de du des d' en dans avec par pour sur sous chez vers contre entre sans après avant
    pendant depuis`,
  ofWords: `de du des d'`,
  possDets: 'son sa ses',
  aux: 'est sont était étaient a ont avait avaient sera seront serait aurait a-t-il a-t-elle est-il est-elle',
  npWords: 'le la les l\' un une ancien ancienne nouveau nouvelle actuel actuelle',
  functionHeads: 'et mais ou que qui il elle ils elles on nous vous je tu ce cela',
  npBoundary: `le la les un une et ou mais que qui de du des à au aux en dans par pour sur a ont est sont
    ne pas`,
  afterInversion: `auprès à au aux en dans lors pendant après avant devant sur selon dans sur citant ajoutant
    soulignant et hier aujourd'hui entre par face`,
  adverbs: 'aussi également ensuite encore déjà',
  nounNext: 'sont étaient ont avaient de du des',
  topicPreps: 'de du des sur',
  filing: 'écrit raconte rapporte | depuis',
  qaMarks: 'q r',
  firstPerson: `je j' moi me m' mon ma mes nous notre nos`,
  according: `selon | d' après | de l' avis de | en réponse au | en réponse à la | répondant au | répondant à la | interpellé par | interpellée par | interpellé par le | interpellée par la | interpellé par la | interpellée par le`,
  bylineVerbs: 'rapporte',
  conj: 'et',
  contrast: 'mais tandis',
  agentPreps: "par",
  verbPhrases: `a fait savoir | fait état | a fait état | ont fait état | ont fait savoir | fait savoir | a mis en garde | a rappelé que | a tenu à préciser
    | a présenté ses excuses | ont présenté leurs excuses | présente ses excuses
    | a appelé à | a appelé au | a appelé aux | ont appelé à | ont appelé au | ont appelé aux | appelle à | appelle au
    | appelle aux | appellent à | a lancé un appel`,
  accordingPronoun: `selon lui | selon elle | selon eux | selon elles | d' après lui | d' après elle | pour lui | pour elle`,
  namedWords: 'prénommé prénommée nommé nommée',
  workPreps: "de du d' des",
  colleagues: 'collègue collègues analyste',
  ours: 'mon ma notre nos',
  pieces: 'article éditorial chronique',
  byWords: "de du des d' par",
  signed: 'signé signée signés signées',
  interviews: 'entretien entretiens interview interviews interviewé interviewée interroge interrogé',
  readsAs: "peut-on lire | lit-on | peut on lire",
  forLead: 'pour',
  judgements: `est sont serait seraient doit doivent faut constitue représente reste
    -é -ée -és -ées -i -ie -is -ies -u -ue -us -ues`,
  inversion: true,
  relatives: 'qui',
  streets: 'rue avenue boulevard quai',
  givenNames: GIVEN_FR,
  femaleNames: FEMALE_FR,
  maleNames: MALE_FR,
  femaleWords: 'elle elle-même mme mme. madame mlle mademoiselle présidente directrice reine princesse duchesse',
  maleWords: 'il lui-même m m. monsieur président directeur roi prince duc',
};
