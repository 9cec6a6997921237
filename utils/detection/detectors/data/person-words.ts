/** Vocabulary for the person-name heuristics (all lower case). */
import { words } from './word-list';

export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lady', 'lord', 'madam', 'mme', 'mlle',
  'herr', 'frau', 'señor', 'señora', 'sr', 'sra', 'srta', 'signor', 'signora', 'dott', 'rev', 'fr', 'capt', 'sgt', 'col', 'gen',
  'pani', 'mevr', 'mevrouw', 'dhr', 'meneer', 'sig', 'sigra', 'dña', 'doña', 'shri', 'shrimati', 'smt', 'kumari', 'monsieur',
  'madame', 'mademoiselle', 'senhor', 'senhora', 'herrn',
  // Academic and professional titles written before names in Dutch, Italian, German and Polish.
  'ing', 'ir', 'drs', 'msc', 'bsc', 'mgr', 'inż', 'avv', 'arch', 'dipl',
]);

/** E-mail header labels: cues only where they open their line ("due to: Authentication failed" is prose). */
export const HEADER_CUES = ['to:', 'from:', 'cc:', 'bcc:'] as const;

/** Phrases that introduce a person's name right after them; strong ones alone justify a finding. */
export const STRONG_NAME_CUES = [
  'my name is', 'name is', "name's", 'name:', 'names:', 'full name', 'last name', 'last name:', 'surname', 'surname:',
  'family name', 'family name:', 'maiden name', 'dear', 'signed', 'sincerely,', 'regards,', 'patient',
  'employee', 'attn:', 'attn', 'attention:', 'calls me', 'call me', 'named', 'called', "i'm", 'i am', 'this is', 'contact:',
  'contact person', 'account holder', 'cardholder', 'applicant', 'candidate', 'customer', 'client', 'tenant', 'user:',
  'beneficiary', 'guardian', 'maiden name is', 'cc:', 'from:', 'to:', 'author:', 'assigned to', 'signed by', 'prepared by', 'reviewed by', 'approved by', 'spoke with',
  'spoke to', 'talked to', 'met with', 'add', 'married', 'son', 'daughter', 'wife', 'husband', 'mother', 'father', 'brother',
  'sister', 'colleague', 'manager', 'boss', 'friend', 'partner', 'ceo', 'cto', 'cfo', 'director',
  // The same relations as form fields ("Line manager: Anneliese Koch", "Spouse: …"); not "partner:"
  // or "director:", which name firms and films as often as people, nor a bare "manager:" or
  // "reviewer:", which end software labels ("Package Manager: Pacman", "Reviewer: Renovate").
  'line manager:', 'hiring manager:', 'reports to:', 'boss:', 'colleague:', 'spouse:', 'wife:', 'husband:', 'son:',
  'daughter:', 'mother:', 'father:', 'next of kin:', 'emergency contact:', 'interviewer:', 'recruiter:', 'ceo:', 'cfo:', 'cto:',
  // Surname fields of forms in other languages, which hold a surname alone ("Cognome: Lombardo").
  'cognome:', 'nachname:', 'familienname:', 'apellidos:', 'apellido:', 'achternaam:', 'sobrenome:', 'apelido:',
  // Letter closings, which a signature follows ("Warm wishes,⏎Babatunde Balogun"). Cues are compared
  // without their comma, so not "thanks", "best" or adverbs ("truly", "warmly"), said mid-sentence too.
  'wishes,', 'cheers,', 'cordialement,',
  'grüße,', 'grüßen,', 'gracias,', 'saludos,', 'atentamente,', 'saluti,', 'groet,', 'groeten,', 'pozdrawiam,', 'hälsningar,', 'hilsen,',
] as const;

/**
 * Salutations, in English and the other languages people write to customers and colleagues in.
 * At the start of a line they cue even an unknown name ("Hi Cordell,"); elsewhere several are
 * ordinary words ("der beste Grafiker", "cher" = expensive) and cue nothing.
 */
export const SALUTATION_CUES = [
  'dear', 'hi', 'hello', 'hey', 'good morning', 'good afternoon', 'good evening', 'bonjour', 'bonsoir', 'cher', 'chère', 'beste',
  'geachte', 'hallo', 'liebe', 'lieber', 'sehr geehrte', 'sehr geehrter', 'hola', 'estimado', 'estimada', 'querido',
  'querida', 'caro', 'cara', 'buongiorno', 'buonasera', 'gentile', 'egregio', 'ciao', 'olá', 'prezado', 'prezada', 'dzień dobry', 'szanowny',
  'szanowna', 'witaj', 'hej', 'namaste', 'guten tag', 'guten morgen', 'guten abend', 'grüezi', 'bom dia', 'boa tarde',
  'buenos días', 'buenas tardes',
] as const;

/**
 * Words of field labels and contact headings ("Home Phone", "Billing Address", "Help Desk"): a
 * capitalised run with one of them is a label, whatever data follows it.
 */
export const FIELD_LABEL_WORDS: ReadonlySet<string> = new Set(
  words`phone phones telephone tel mobile cell fax number no nr email e-mail mail address addresses billing shipping home work
  office desk help helpdesk hotline service services support sales team department dept contact contacts emergency details
  info information date birth name names id account card iban ssn code ref reference invoice order ticket total amount
  payment main general head reception front customer client personal private business primary secondary alternate
  other direct line extension
  administration accounts lettings amministrazione contabilità fatturazione segreteria ufficio personale
  administración administracion contabilidad facturación departamento secretaría comptabilité facturation secrétariat
  buchhaltung verwaltung hausverwaltung personalabteilung kundenservice kundendienst afdeling administratie boekhouding
  debiteurenbeheer klantenservice secretariaat
  attendees présents absents excusés apologies minutes actions anwesend teilnehmende aanwezig afwezig presenti assenti
  asistentes ausentes
  geburtsdatum geboortedatum fødselsdato födelsedatum syntymäaika nacimiento naissance narození urodzenia
  status stav stato estado statut telefon telefone teléfono telefono téléphone puhelin epost e-post sähköposti`,
);

/** A phone number as it follows a name: international, bracketed area code, 0 + at least 7 more digits, or North American 3-3-4 digits (no dates). */
const PHONE_VALUE = String.raw`(?:\+\d{1,3}[ .-]?\(?\d{2}|00\d{1,3}[ .-]\d|\(\d{2,5}\)[ .-]?\d{3}|0\d{1,4}[ .-]?\d{3,4}[ .-]?\d{3,}|[2-9]\d{2}[ .-]\d{3}[ .-]\d{4}(?!\d))`;
/** Labels of personal data; after one, a value must follow (a table header "Name,Email,Phone" has none). */
const DATA_LABEL = String.raw`(?:ssn|dob|d\.o\.b|born|date of birth|birthday|phone|tel|mobile|cell|national insurance(?: number)?|nino|bsn|pesel|codice fiscale|dni|cpf|aadhaar|passport (?:no|number)|geb\.|nata|nato|urodz)`;

/** What stands between a name and its data on one line: ", ", " (", " <", " | ", a tab, a dash. */
export const DATA_SEPARATOR = '[,(<|\\t–—-]';

/**
 * What follows a person's name in records, signatures and CRM notes: a labelled personal value
 * ("Jane Roe, SSN 078-…", "Jane Roe (DOB: …)", "Jane Roe\nPhone: 056 …"), a relation in brackets
 * ("(spouse)"), or a phone number or e-mail address itself ("Jane Roe - +44 …", "Jane Roe
 * <jane@…>", "Jane Roe at 0031 6 …"). Right after a run of capitalised words it says the run is
 * someone, whatever the words are, unless one of them is a field label's. A colon is not a
 * separator ("Home Phone: …" is a label), a value alone on the next line is not someone's ("Quick
 * Start\n+1 800 …"), and "at"/"via" take a phone number only ("Report Bugs via bugs@…").
 */
export const PERSONAL_DATA_AFTER_NAME = new RegExp(
  String.raw`[ \t]{0,2}(?:` +
    String.raw`[,(<|\t\n–—-][ \t]{0,2}(?:${DATA_LABEL}[ \t]{0,2}(?:[:=#.]|no\.?|number)?[ \t]{0,3}(?:(?:on|in|is)[ \t])?[\dA-Z+(]|e-?mail[ \t]{0,2}:?[ \t]{0,3}[\w.+-]{1,64}@)` +
    String.raw`|\([ \t]?(?:spouse|wife|husband|partner|son|daughter|mother|father)\b` +
    String.raw`|${DATA_SEPARATOR}[ \t]{0,2}(?:${PHONE_VALUE}|[\w.+-]{1,64}@[\w-]{1,63}\.)` +
    String.raw`|(?:at|on|via)[ \t]${PHONE_VALUE}` +
    `)`,
  'iy',
);

/**
 * The strong cues that also take a run in capitals: ones that only ever introduce a person. "Name:",
 * "Author:" or "Add" also head project, prompt and tool names ("Name: AST Analysis"), which
 * are often written in capitals.
 */
export const CAPS_NAME_CUES = [
  'my name is', 'dear', 'regards,', 'sincerely,', 'signed by', 'spoke with', 'spoke to', 'talked to', 'met with',
  'contact person', 'account holder', 'cardholder', 'beneficiary', 'married', 'wife', 'husband', 'patient', 'employee',
  'applicant', 'candidate', 'tenant', 'holder:', 'card holder', 'name on card', 'recipient', 'full name', 'ship to',
  'deliver to', 'attn:', 'passenger', 'policyholder', 'insured',
  // The card or account holder on statements and forms in other languages ("Titular: Jordi Etxeberria").
  'titular', 'titulaire', 'titolare', 'intestatario', 'kaarthouder', 'rekeninghouder', 'karteninhaber', 'kontoinhaber',
] as const;

/** Cues after which even an unknown capitalised word is most likely a person ("starring Cavazos"). */
export const MEDIUM_NAME_CUES = [
  'starring', 'directed by', 'written by', 'produced by', 'composed by', 'played by', 'sung by', 'featuring', 'feat.', 'says',
  'said', 'according to', 'interview with', 'commenter', 'coach', 'singer', 'actor', 'actress', 'author', 'novelist', 'poet',
  'player', 'painter', 'professor', 'senator', 'president', 'minister', 'judge', 'officer', 'agent', 'detective', 'nurse',
] as const;

/** Frequent English words that can follow a lower-case given name without being its surname. */
export const COMMON_LOWER_WORDS: ReadonlySet<string> = new Set(
  words`a an the and or but to from at in on for of with by as is was are were be been has had have will would can could should
  so if then than that this these those who what when where why how here there not no yes just also very too really
  said says told asked went came got get gets made make spent will be talking is from has to did does do don't didn't
  i you he she it we they me him her us them my your his its our their about after before into over under again
  au aux al ao à et y e ou per para pour por con avec com mit und even op il mio mi mon ma meu minha sono est es è é ist bin`,
);

/**
 * Cues before a name written in lower case ("to mr. larry lombardo", "my name is tom"). Honorifics
 * must not follow a letter and may take a dot; greeting words need a word boundary before them;
 * phrases match anywhere.
 */
export const LOWER_CUE_HONORIFICS = ['mr', 'mrs', 'ms', 'dr'] as const;
export const LOWER_CUE_GREETINGS = ['hi', 'hello', 'add'] as const;
export const LOWER_CUE_PHRASES = [
  'my name is', 'name is', "partner's name", 'i am', "i'm", 'this is', 'dear', 'named', 'calls me', 'call me', 'why is', 'producer', 'to a',
  // Field labels ("Full name: anna smith"); the first word must still be a listed given name. Not a
  // bare "name:", which YAML and configs use for everything ("name: build").
  'full name:', 'full_name:', 'customer name:', 'name on card:', 'cardholder:', 'account holder:', 'holder:', 'recipient:',
  'attn:', 'contact:', 'patient:', 'tenant:', 'applicant:', 'employee:',
  // Words for a person's role right before the name ("her manager yasmin haddad agrees", "candidate adaeze okonkwo").
  'colleague', 'manager', 'boss', 'candidate', 'customer', 'client', 'tenant', 'landlord', 'landlady', 'attendees:',
  'participants:', 'emergency contact', 'contact person', 'spoke with', 'spoke to', 'talked to', 'met with', 'recommendation for',
  'reference for', 'subscription for', 'account for', 'refund to', 'invoice for',
] as const;

export const WEAK_NAME_CUES = [
  'hi', 'hello', 'hey', 'thanks', 'thank you', 'starring', 'directed by', 'written by', 'by', 'with', 'to', 'from', 'and', 'said',
  'asked', 'told', 'tell', 'ask', 'contact', 'meet', 'invite', 'email', 'call', 'for', 'of', 'about', 'unlike the', 'commenter',
  // Form and ticket fields: a person or often a company or a team ("Client: Initech", "Owner: Facilities Team").
  'customer:', 'client:', 'patient:', 'employee:', 'candidate:', 'applicant:', 'tenant:', 'guest:', 'passenger:', 'recipient:',
  'owner:', 'requester:', 'reporter:', 'assignee:', 'sender:', 'driver:', 'member:', 'student:', 'buyer:', 'seller:',
  'manager:', 'supervisor:', 'reviewer:', 'approver:', 'mentor:',
] as const;

/** Capitalised words that are never a person name on their own. */
/**
 * Words that open a run of capitalised words without being part of a name ("Die Mandantin …",
 * "Guten Tag Frau …", "Social Insurance Number"), but that are surnames after a given name
 * ("Priya Das", "Jonas Tag", "Jerry Lieber"): dropped only at the head of a run.
 */
export const LEADING_NOT_A_NAME: ReadonlySet<string> = new Set(['die', 'das', 'dem', 'guten', 'tag', 'liebe', 'lieber', 'social']);

export const NOT_A_NAME: ReadonlySet<string> = new Set(
  words`i a an the this that these those there here he she it we they you my your our their his her its who what when where why how
  sir madam team all everyone everybody anyone someone world support customer customers user users admin mom dad god lord
  monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun feb sept oct nov dec
  january february march april may june july august september
  october november december today tomorrow yesterday mr mrs ms dr please thanks thank hello hi hey dear yes no ok okay
  english french german spanish italian chinese japanese american british european african asian christmas easter
  chatgpt gpt openai claude copilot microsoft google apple amazon facebook meta twitter linkedin youtube instagram tiktok
  windows linux android iphone ipad mac macos excel word powerpoint outlook teams slack zoom github python java javascript
  typescript react node docker kubernetes aws azure sql html css json api ceo cto cfo hr it qa pm usa uk eu un
  north south east west street road avenue lane city state county university college school hospital bank company inc ltd llc
  corp group church park river lake mount mountain island bay beach valley hill airport station hotel
  chapter section article figure table appendix part step note example question answer act scene
  act acts also and but or if then so as at by for from in into of on onto to with without
  however therefore meanwhile although because since while after before during until unless
  new old big small great good best first last next other another every each some any many much more most
  can could would should shall might must will may
  is are was were be been being have has had do does did
  subject re fwd fw attachment regards sincerely best cheers
  reason season person lesson poison prison comparison unison crimson gemini
  republic democratic kingdom united states islands saint federation emirates
  unlike one two three four five six seven eight nine ten national
  guys folks devs gang crew siri alexa cortana cursor mundo welt monde
  ask call email tell meet met invite remind contact cc notify forward introduce draft text message follow
  congratulate hire interview greet visit visited saw pay paid called emailed told asked invited hired thanked
  install use run explain create build write check update implement generate summarize summarise translate review
  analyze analyse compare describe deploy configure refactor
  additionally finally basically generally usually actually personally ideally technically honestly really clearly
  unfortunately fortunately hopefully alternatively similarly importantly obviously essentially currently recently
  lastly firstly secondly thirdly optionally ultimately typically specifically notably furthermore moreover
  nevertheless nonetheless hence thus accordingly consequently regardless overall instead otherwise anyway
  nurses physician physicians doctors teachers engineers developer developers designer
  filipino filipina indian chinese korean vietnamese indonesian malaysian brazilian mexican canadian australian
  sorry welcome agreed morning evening afternoon congrats congratulations cheers right well great sure nice awesome perfect
  wow oh ah indeed absolutely exactly honestly seriously listen look wait remember goodbye bye greetings buddy mate
  facilities operations finance legal security procurement payroll accounting accounts compliance logistics
  reception warehouse housekeeping helpdesk servicedesk engineering marketing shift night department dept office desk
  salary valued grüße grüsse gruß gruss grüßen kolleginnen kollegen damen herren
  whatsapp telegram signal subtotal total clinique tierarztpraxis zuhause thuis maison hjemme fecha dato datum jag`,
);

/** Words after a capitalised run that make it an organisation or a place rather than a person. */
/**
 * Words that end a firm's name ("Brightpath Insurance", "Kestrel Freight", "Rheinblick Versicherung").
 * Only as the last word: first, they open a job title ("Software Engineer", "Insurance Broker").
 */
export const ORGANISATION_TAILS: ReadonlySet<string> = new Set(
  words`insurance analytics payments freight logistics infotech management software capital ventures realty properties
  telecom networks pharma versicherung versicherungen assicurazioni household`,
);

export const NON_PERSON_FOLLOWERS: ReadonlySet<string> = new Set(
  words`inc inc. ltd ltd. llc llp plc corp corp. corporation company co co. group gmbh ag sa sarl bv nv oy ab spa srl
  university college school institute academy hospital clinic bank foundation association society council ministry
  street st st. road rd rd. avenue ave ave. boulevard blvd lane ln drive dr. court ct place pl way square sq park
  river lake mountain island bay valley hill city county state province airport station hotel center centre museum
  church cathedral bridge tower hall stadium arena mall market brothers bros partners associates holdings labs systems
  technologies solutions services consulting
  marketing engineering operations finance legal security compliance recruiting recruitment resources infrastructure
  procurement accounting payroll admissions communications partnerships
  laws model principle theorem effect method scale test index distribution equation algorithm rule paradox constant
  syndrome disease curve conjecture hypothesis criterion prize award medal lecture substitution segregation
  guide guides committee olympics assumptions depth
  sons daughters banco banca banque grupo groupe gruppo industries enterprises ventures`,
);

/** Lower-case particles that sit inside surnames ("Donald van der Voet", "Maria de la Cruz"). */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set(
  ['van', 'der', 'den', 'de', 'del', 'della', 'da', 'das', 'dos', 'di', 'du', 'la', 'le', 'von', 'zu', 'ter', 'ten', 'bin', 'ibn', 'al', 'el', 'ben', 'y', 'mac', 'st.'],
);

/** Surname endings distinctive enough to suggest a family name when a capitalised word ends with them. */
export const SURNAME_SUFFIXES: readonly string[] = [
  'ov', 'ova', 'ev', 'eva', 'ovich', 'ovic', 'ović', 'evich', 'ević', 'ić', 'enko', 'chenko', 'uk', 'yk', 'ski',
  'ska', 'sky', 'skaya', 'wicz', 'czyk', 'sson', 'ssen', 'sen', 'son', 'dottir', 'dóttir', 'sdóttir', 'poulos',
  'opoulou', 'akis', 'idis', 'ides', 'escu', 'eanu', 'oglu', 'oğlu', 'yan', 'ashvili', 'adze', 'berg', 'stein',
  'mann', 'meyer', 'maier', 'ez', 'elli', 'etti', 'otti', 'ucci', 'ardi', 'ano', 'ino', 'ato', 'ollo', 'aki', 'ishi',
  'uchi', 'moto', 'mura', 'kawa', 'yama', 'ida', 'ada', 'aga', 'nen', 'inen', 'lainen', 'quist', 'qvist', 'strom',
  'ström', 'gaard', 'kov', 'kova',
];

export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'januar', 'februar', 'märz', 'mai', 'juni', 'juli', 'oktober', 'dezember', 'janvier', 'février', 'mars', 'avril', 'juin',
  'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio',
  'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre', 'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno',
  'luglio', 'settembre', 'ottobre', 'dicembre', 'januari', 'februari', 'maart', 'mei', 'augustus',
  // Portuguese (abril and agosto are shared with Spanish).
  'janeiro', 'fevereiro', 'março', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'novembro', 'dezembro',
  // Swedish, Danish and Norwegian where they differ from the above; Polish in the genitive, as a date writes them ("3 sierpnia 1984").
  'maj', 'augusti', 'marts', 'stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września',
  'października', 'listopada', 'grudnia',
  // Czech and Slovak in the genitive ("1. června 2003"), Finnish in the partitive ("4. maaliskuuta 1985"), Romanian, Norwegian.
  'ledna', 'února', 'března', 'dubna', 'května', 'června', 'července', 'srpna', 'září', 'října', 'listopadu', 'prosince',
  'januára', 'februára', 'apríla', 'mája', 'júna', 'júla', 'augusta', 'septembra', 'októbra', 'novembra', 'decembra',
  'tammikuuta', 'helmikuuta', 'maaliskuuta', 'huhtikuuta', 'toukokuuta', 'kesäkuuta', 'heinäkuuta', 'elokuuta', 'syyskuuta',
  'lokakuuta', 'marraskuuta', 'joulukuuta',
  'ianuarie', 'februarie', 'martie', 'aprilie', 'iunie', 'iulie', 'septembrie', 'octombrie', 'noiembrie', 'decembrie', 'desember',
] as const;

/**
 * Role nouns that, capitalised at the start of a run ("Employee Olga Smith", "Patient Ana Lima"),
 * introduce the name after them rather than belong to it. Only a run that already has name
 * evidence is lifted: "Patient Safety Report" and "Client Services Director" are titles.
 */
export const ROLE_WORDS: ReadonlySet<string> = new Set(
  words`employee patient applicant candidate customer client tenant beneficiary guardian colleague manager director contact
  student pupil resident member driver passenger guest caller recipient sender owner landlord witness defendant plaintiff
  claimant policyholder borrower debtor supplier consultant contractor intern trainee volunteer attendee participant
  mitarbeiter mitarbeiterin kunde kundin patientin bewerber bewerberin mieter cliente paciente empleado empleada
  salarié salariée candidat candidate locataire paziente dipendente candidato klant medewerker huurder
  mandant mandantin teilnehmer teilnehmerin participante segurado segurada asegurado asegurada assicurato assicurata
  assuré assurée`,
);

/**
 * Labels of a transcript's lines that are roles or prompt headings, not people ("Agent: …",
 * "Task: …"): never taken for speakers' names.
 */
export const SPEAKER_ROLES: ReadonlySet<string> = new Set(
  words`agent bot assistant system ai human interviewer interviewee host guest moderator speaker narrator me you support operator
  caller chatbot model input output prompt response question answer title summary subject note tip step example context task
  goal role format style tone audience rules constraints instructions source translation result error warning info debug
  action items decisions decision agenda notes next steps status update updates risks issues blockers owner owners
  attendees date time location follow`,
);

/** Lower-case words after a capitalised word that make it a place: "the Eugene office", "the Madison trade fair". */
export const PLACE_FOLLOWERS: readonly string[] = [
  'office', 'offices', 'plant', 'branch', 'campus', 'store', 'warehouse', 'headquarters', 'factory', 'site', 'trade fair',
  'airport', 'area', 'region', 'market', 'hub', 'depot',
  // London's railway lines are named after people and places: "take the Elizabeth line".
  'line',
];

/** Words that open a place name ("San Francisco", "Port Elizabeth", "Sankt Gallen"): the run is a place, not a person. */
export const PLACE_PREFIXES: ReadonlySet<string> = new Set(
  // Ships' prefixes too: "USS Gerald R. Ford" is a ship (and, with FPO after it, an address).
  'san santa santo são sao saint sainte st ste sankt puerto porto port fort mount cape lake isla hagia usns usnv uss uscgc usnh'.split(' '),
);

/**
 * Headers of a surname or a given-name column as registers, rooming lists and exports of other
 * languages write them; regex source, shared by NAME_HEADER and the contact-list columns
 * (confidential-signals.ts).
 */
export const NAME_PART_HEADERS = 'surnames?|forenames?|apelido|sobrenome|efternavn|fornavn|etternavn|efternamn|förnamn|etunimi|sukunimi|imię|nazwisko|jméno|příjmení';

/** Table column headers (lower case, whole cell) whose cells are people's names. */
export const NAME_HEADER = new RegExp('^(?:' + [
  '(?:full|first|last|given|family|customer|client|employee|contact|patient|tenant|member|guest|passenger|applicant|candidate|account holder|cardholder)[ _-]?name|name|names',
  'customer|client|employee|contact|patient|tenant|applicant|candidate|cardholder|account holder',
  'nombres?(?: completo)?|apellidos?|nom(?: complet)?|pr[ée]noms?|naam|achternaam|voorna(?:am|men)|imię i nazwisko|nome(?: completo)?|cognome|vorname[n]?|nachname|kunde|mitarbeiter(?:in)?',
  NAME_PART_HEADERS,
].join('|') + ')$');

/** Headers that name people only in a table about people ("Name" also heads products and statuses). */
export const GENERIC_NAME_HEADER = /^(?:name|names|nom|naam|nome|nombre)$/;

/** Header cells of personal-data columns: next to one of them, a bare "Name" column holds people. */
export const PERSONAL_DATA_HEADER =
  /e-?mail|\bip\b|ip address|phone|mobile|tel\b|address|street|dob|birth|ssn|social security|iban|^(?:credit )?card(?: number| no\.?| #)?$|^passport(?: number| no\.?| #| id)?$|^gender$|^sex$|salary|employee|customer|title|department|manager|geburt|naissance|nacimiento|nascita|telefon|adresse|dirección|indirizzo/;

/**
 * Teams and groups, which the lists after a people label (PEOPLE_LIST_LABELS, pii-person.ts) name as often as people ("Attendees:
 * Sales, Marketing and Support"); the department words of NON_PERSON_FOLLOWERS count as well.
 */
export const TEAM_WORDS: ReadonlySet<string> = new Set(
  words`sales support product products design frontend backend devops data research management leadership executive executives
  board staff interns vendors suppliers partners clients ops platform infra growth analytics`,
);

/**
 * Field labels whose value is a place (as `wordBefore` reads them, colon included): the word after
 * one is a town or a district, even when it is also a given name ("Location: Brooklyn",
 * "Localidade: Salvador"). Not "by:", which is a Danish town's label but "Written by:" as well.
 */
export const PLACE_LABELS: ReadonlySet<string> = new Set([
  'location:', 'city:', 'town:', 'hometown:', 'birthplace:', 'region:', 'county:', 'state:', 'province:', 'country:',
  'ville:', 'lieu:', 'localité:', 'ort:', 'wohnort:', 'stadt:', 'geburtsort:', 'land:', 'localidade:', 'cidade:', 'localidad:',
  'ciudad:', 'provincia:', 'lugar:', 'località:', 'città:', 'luogo:', 'comune:', 'plaats:', 'woonplaats:', 'stad:', 'ort:',
  'kaupunki:', 'paikkakunta:', 'miasto:', 'miejscowość:', 'bopæl:', 'bosted:',
]);
