/**
 * Spanish: "dijo X", "según X", "afirmó el presidente X", "—…—, señaló". Loaded in the page only
 * on Spanish blogs.
 */
import type { LexiconData } from '../lang';
import { GIVEN_ES, GIVEN_ES_REGIONAL } from '../given/es';
import { FEMALE_ES, MALE_ES } from '../given/es-sex';

export const es: LexiconData = {
  lang: 'es',
  common: `el la los las de del y en que a un una por con para es no se su al lo como más pero sus le ha
    según este esta fue`,
  titles: `sr sr. sra sra. señor señora don doña presidente presidenta ministro ministra secretario
    secretaria general director directora jefe jefa portavoz alcalde alcaldesa senador senadora diputado
    diputada embajador embajadora comisario comisaria gobernador gobernadora líder canciller dr dra
    doctor doctora profesor profesora entrenador técnico seleccionador capitán delantero centrocampista
    portero fiscal juez jueza coronel comandante almirante exministro exministra expresidente
    expresidenta ex vicepresidente vicepresidenta consejero consejera consejera delegado delegada
    conselleiro conselleira conseller consellera lehendakari
    cardenal rabino imán jeque`,
  occupations: `médico médica enfermero enfermera profesor profesora estudiante abogado abogada activista
    economista analista experto experta escritor escritora actor actriz cantante soldado investigador
    investigadora historiador historiadora vecino vecina testigo superviviente ingeniero ingeniera
    geólogo geóloga meteorólogo meteoróloga sismólogo sismóloga climatólogo climatóloga científico científica
    sindicalista voluntario voluntaria bombero bombera agricultor agricultora`,
  keepTitles: 'rey reina papa príncipe princesa lord lady duque duquesa emir',
  postNominals: 'jr sr',
  particles: 'von van der den de del della di da dos du la le al el bin ibn ben ter ten abu y',
  stopCaps: `el la los las un una unos unas lo y o pero que quien quienes cual donde cuando como si él
    ella ellos ellas nosotros se su sus este esta estos estas ese esa esos esas según tras ante en de del
    a al por para con sin sobre entre desde hasta lunes martes miércoles jueves viernes sábado domingo
    enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre hoy ayer
    mañana además también asimismo mientras aunque sin embargo así ya más menos muy todo todos toda
    todas directo vídeo video última hora ha han había habían hemos le les me te nos no sí
    reunión cumbre encuentro duelo`,
  acronyms: 'ee uu eeuu ue onu oms otan idf efe afp ap cnn bbc rtve psoe pp ong ccoo ugt csif cgt aemet ume dgt fc cf',
  orgWords: `bar restaurante cafetería hotel tienda gobierno ministerio ejército policía partido comisión consejo agencia oficina organización
    naciones unidas onu oms moncloa kremlin casa blanca parlamento congreso senado tribunal corte
    fiscalía hospital universidad fundación asociación roja hamás hizbulá efe reuters prensa medios
    cadena radio diario comité mando estado estados unión europea autoridad sanidad sindicato banco
    grupo sociedad guardia civil tormenta huracán ciclón borrasca
    ayuntamiento concello xunta generalitat junta diputación cabildo consell consejería delegación subdelegación
    bomberos emergencias samur mossos ertzaintza plataforma federación confederación colegio club real atlético deportivo sporting athletic`,
  placeFirst: 'nueva norte sur este oeste san santa los las tel hong sri costa puerto buenos',
  places: `españa madrid barcelona sevilla valencia israel gaza cisjordania líbano siria egipto irán irak
    rusia ucrania estados unidos francia alemania italia polonia reino unido europa china japón qatar
    méxico argentina colombia chile perú washington moscú kiev jerusalén bruselas londres parís berlín
    roma beirut teherán`,
  nationalities: `español española israelí palestino palestina estadounidense ruso rusa ucraniano ucraniana
    francés francesa alemán alemana británico británica italiano italiana europeo mexicano argentino`,
  parties: 'psoe pp vox sumar podemos ciudadanos republicanos demócratas',
  kin: 'hijo hija esposa mujer marido esposo hermano hermana padre madre viuda',
  publicRoles: `presidente presidenta ministro ministra secretario secretaria director directora jefe
    jefa portavoz alcalde alcaldesa senador senadora diputado diputada embajador comisario gobernador
    líder canciller rey reina papa príncipe entrenador seleccionador capitán delantero fiscal juez
    general comandante vicepresidente vicepresidenta candidato candidata consejero consejera
    conselleiro conselleira conseller consellera lehendakari`,
  anonRoles: 'portavoz',
  journalistRoles: `periodista corresponsal enviado enviada reportero reportera columnista
 presentador presentadora redactor redactora comentarista`,
  publications: 'país mundo abc vanguardia razón confidencial post times guardian',
  speechNouns: 'declaración declaraciones comunicado mensaje carta palabras discurso entrevista tuit',
  locative: 'en a',
  pronouns: 'él ella',
  indefinite: 'un una unos unas varios varias',
  paradigms: {
    ar: '=ar a an ó aron aba ^ado ^ada %ando',
    er: '=er e en ió ieron ía ^ido ^ida %iendo',
    ir: '=ir e en ió ieron ía ^ido ^ida %iendo',
  },
  verbs: {
    strong: `decir:=decir,dice,dicen,dijo,dijeron,decía,^dicho,%diciendo afirm/ar declar/ar asegur/ar
      explic/ar subray/ar añad/ir advertir:=advertir,advierte,advierten,advirtió,^advertido,%advirtiendo
      insist/ir
      manifestar:=manifestar,manifiesta,manifestó,^manifestado denunci/ar critic/ar conden/ar
      pedir:=pedir,pide,piden,pidió,^pedido,%pidiendo reclam/ar respond/er
       tuite/ar precis/ar
       agreg/ar lament/ar promet/er exig/ir
      comment/ar coment/ar exhort/ar reiter/ar zanj/ar
      expres/ar calific/ar pregunt/ar replic/ar contest/ar interpel/ar
      repetir:=repetir,repite,repiten,repitió,repetía,^repetido,%repitiendo
      agradecer:=agradecer,agradece,agradecen,agradeció,^agradecido,%agradeciendo acus/ar tild/ar
      resumir:=resumir,resume,resumen,resumió,^resumido,%resumiendo reivindic/ar matiz/ar abog/ar alert/ar avis/ar`,
    semi: `contar:=contar,cuenta,cuentan,contó,contaron,^contado,%contando relat/ar indic/ar anunci/ar confirm/ar reconocer:=reconocer,reconoce,reconocen,reconoció,^reconocido admit/ir
      destac/ar recordar:=recordar,recuerda,recordó,^recordado,%recordando señal/ar apunt/ar escribir:=escribir,escribe,escriben,escribió,^escrito,%escribiendo
      rechaz/ar defend/er valor/ar incid/ir`,
    weak: `opin/ar consider/ar creer:=creer,cree,creen,creyó estim/ar esper/ar tem/er
      sostener:=sostener,sostiene,sostienen,sostuvo,^sostenido,%sosteniendo`,
    issue: 'public/ar difund/ir',
    inverted: 'sonreír:sonríe,sonrió,^sonreído reír:ríe,rió suspir/ar brome/ar',
    speak: 'habl/ar',
  },
  fillers: `ha han había habían habría también además ya hoy ayer este lunes martes miércoles jueves
    viernes sábado domingo por la mañana tarde noche nuevamente de nuevo luego después asimismo se le
    lo les nos posteriormente previamente finalmente igualmente seguidamente`,
  blockers: `va van no nunca podría podrían debería deberían quiere quieren pretende tiene tienen
    dirá`,
  passiveAux: 'sido fue fueron',
  clauseStart: 'que si cómo por qué él ella ellos ellas',
  complementizers: 'que',
  issued: 'comunicado declaración mensaje carta tuit vídeo',
  tributes: 'condolencias pésame felicitaciones',
  legal: 'cargos acusación asesinato',
  platforms: 'x twitter facebook instagram telegram tiktok linkedin bluesky youtube redes',
  speechContainers: 'comunicado declaración entrevista mensaje carta tuit vídeo discurso rueda conferencia',
  abbrev: 'sr sra dr dra gral col',
  dets: 'el la los las un una unos unas lo',
  nounDets: 'el la los las un una unos unas su sus este esta ese esa',
  preps: `a al de del en con por para sobre entre hacia desde hasta tras ante contra sin`,
  ofWords: 'de del',
  possDets: 'su sus',
  aux: 'es son era eran ha han había habían será serán sería habría fue',
  npWords: 'el la los las un una ex nuevo nueva actual',
  functionHeads: 'y pero o que quien él ella ellos ellas se le lo la les los nosotros esto eso',
  npBoundary: `el la los las un una y o pero que de del a al en con por para ha han es son no se`,
  afterInversion: `en a al durante tras antes después ante desde según con y hoy ayer este esta citado
    recogido entre por sobre frente junto`,
  adverbs: 'también además ya luego después',
  nounNext: 'son eran han habían de del',
  topicPreps: 'de sobre acerca',
  filing: 'escribe cuenta informa | desde',
  qaMarks: 'p r',
  toMe: 'me',
  firstPerson: `yo me mi mis nosotros nosotras nos nuestro nuestra nuestros nuestras`,
  according: `según | de acuerdo con | a juicio de | en respuesta al | en respuesta a la | respondiendo al | respondiendo a la | interpelado por | interpelada por | interpelado por el | interpelada por la
    | como ha dicho | como ha explicado | como ha recordado | como ha señalado | como ha asegurado | como ha afirmado
    | como ha advertido | como explica | como recuerda | como señala`,
  bylineVerbs: 'informa',
  conj: 'y e',
  contrast: 'pero mientras',
  agentPreps: "por",
  verbPhrases: 'ha dejado claro | dejó claro | ha puesto de manifiesto | puso de manifiesto | ha hecho saber',
  namedWords: 'llamado llamada',
  workPreps: 'de del',
  colleagues: 'colega colegas compañero compañera crítico crítica analista',
  ours: 'mi nuestro nuestra',
  pieces: 'artículo columna',
  byWords: 'de del por',
  signed: 'firmado firmada firmados firmadas',
  interviews: 'entrevista entrevistas entrevistado entrevistada entrevistó',
  readsAs: 'se lee | puede leerse',
  forLead: 'para',
  judgements: `es son está están sería serían debe deben hay supone suponen resulta constituye representa
    -ado -ada -ados -adas -ido -ida -idos -idas`,
  inversion: true,
  // "Afirmó que …": the person the entry just named.
  proDrop: true,
  relatives: 'que quien',
  // A plural verb right after a name that opens its clause: a body or a group ("Fuentes de Génova aseguran").
  pluralAgreement: 'han habían aseguran afirman explican dicen señalan insisten advierten denuncian indican apuntan sostienen piden reclaman',
  otherPersons: `han hemos habían habíamos son somos eran -an -en -ron -amos -emos -imos -ban -ían`,
  streets: 'calle avenida plaza paseo glorieta',
  givenNames: `${GIVEN_ES} ${GIVEN_ES_REGIONAL}`,
  femaleNames: FEMALE_ES,
  maleNames: MALE_ES,
  femaleWords: 'ella sra sra. señora doña presidenta ministra reina princesa',
  maleWords: 'él sr sr. señor don ministro rey príncipe',
  pairedSurnames: true,
};
