/** Context vocabularies (lower case) used to raise or lower confidence of weak pattern matches. */

export const PHONE_CONTEXT = [
  'phone', 'phones', 'tel', 'tel.', 'telephone', 'call', 'called', 'calling', 'mobile', 'cell', 'cellphone', 'fax',
  'office', 'home', 'work', 'whatsapp', 'sms', 'text me', 'reach', 'reach me', 'contact', 'number', 'answering',
  'dial', 'ring', 'hotline', 'landline', 'telefon', 'téléphone', 'teléfono', 'telefono', 'handy', 'portable', 'ph',
  'mob', 'direct', 'ext', 'extension', 'voicemail', 'tél', 'tél.', 'tlf', 'telefone', 'celular', 'móvil', 'movil', 'cellulare',
  'llamo al', 'llámame al', 'llamar al', 'ligue para', 'ruf mich', 'rufen sie', 'chiamami al', 'appelle-moi au', 'appelez le',
  'callback', 'call back', 'reachable', 'ping me', 'text from', 'texted', 'm:', 't:', 'mob:', 'cell:',
  'telefoon', 'telefoonnummer', 'mobiel', 'gsm', 'rappeler', 'appeler', 'joindre', 'chiamare', 'richiamare', 'anrufen',
  'telefonnummer', 'handynummer', 'mobilnummer', 'rufnummer', 'mobil', 'give us a bell', 'give me a bell', 'give me a ring',
  'support line', 'helpline', 'help line', 'phone line', 'be reached', 'reached at', 'reached on',
  // Abbreviated labels of Spanish and Portuguese signatures and forms, and Italian 'call me back'.
  'tfno', 'tfno.', 'tlfno', 'tlm', 'tlm.', 'tlf.', 'richiamarmi', 'chiamarmi',
  // Calling verbs and number words in Spanish, Portuguese, Italian and French, as people write in chat and letters.
  // "número" alone also labels order and invoice numbers: only the phrases that speak of one's own number.
  'llámeme', 'llamarme', 'llámame', 'llama a', 'llame al', 'llamar', 'mi número', 'mi nuevo número', 'meu número',
  'meu novo número', 'número novo', 'mon numéro', 'nouveau numéro', 'mio numero', 'nuovo numero', 'al numero', 'telemóvel',
  'telemovel', 'contacto', 'contato', 'ligar', 'liga-me', 'chiamatemi', 'chiamami', 'chiamate', 'recapito', 'appelez',
  'appelez-moi', 'appelle-moi', 'erreichbar', 'telefonisch',
  // The plural and "us" forms of the same calls: "llamadme al …", "llámanos al …", "appelez-nous au …".
  'llamadme', 'llamadnos', 'llámanos', 'llámenos', 'chiamateci', 'appelez-nous', 'ligue-me', 'liguem', 'ruft mich', 'ruf uns', 'rufen sie uns',
  // Dutch calls and the mobile's own name ("06-nummer"), German callback numbers, texting in Portuguese and
  // Spanish, and the "T." of Spanish signatures.
  'bellen', 'bel me', 'bel ons', 'terugbellen', '06-nummer', 'rückrufnummer', 'rückruf', 'mensagem para', 'sms para', 'mensaje al', 't.',
  // One's own (new) number in Dutch, German, Swedish, Danish, Norwegian and Polish, as "mi número" above; a callback asked for.
  'mijn nummer', 'nieuw nummer', 'nieuwe nummer', 'meine nummer', 'neue nummer', 'mitt nummer', 'nytt nummer', 'mit nummer',
  'nyt nummer', 'mój numer', 'nowy numer', 'teruggebeld', 'mi richiama', 'richiama', 'richiamatemi',
  // A voicemail's caller, and the fields of contact cards in Swedish, Dutch, Danish and Polish (work, home, mobile).
  'mensaje de voz', 'messaggio vocale', 'mensagem de voz', 'message vocal', 'sprachnachricht', 'voicemailbericht',
  'röstmeddelande', 'telefonsvarer', 'arbete', 'werk', 'arbejde', 'komórka', 'tel. kom.',
  // Being reachable and contacting in Italian, Spanish, Portuguese, French, German and the Nordic languages ("sono
  // raggiungibile al …", "pueden contactarme en el …", "podem contactar-me pelo …"); calling in Polish and Finnish.
  'raggiungibile', 'reperibile', 'contattarmi', 'contattami', 'contattateci', 'contactarme', 'contáctame', 'contácteme',
  'contactarnos', 'contáctenos', 'contactar-me', 'contactar-nos', 'contatar-me', 'contactez-moi', 'contactez-nous', 'joignable',
  'kontakt', 'kontaktieren', 'kontakta', 'kontakte', 'bereikbaar', 'nåbar', 'träffas på', 'dzwoń', 'dzwońcie', 'zadzwoń',
  'zadzwonić', 'puhelin', 'puh.', 'soita', 'soitto',
  // Someone's number given in a sentence ("rörmokarens nummer är …", "il numero dell'idraulico è …"), and a message left on one.
  'nummer är', 'nummer er', 'nummer is', 'nummer ist', 'numero è', 'número es', 'número é', 'numéro est', 'numer to',
  'mensagem deixada', 'deixei mensagem', 'recado', 'mensaje dejado', 'messaggio lasciato',
  // Plural labels ("Teléfonos: 683 219 615, 96 322 06 99"), and the operators' name of a mobile number.
  'teléfonos', 'telefonos', 'telefones', 'telefoni', 'téléphones', 'telefoons', 'telefonnummern', 'telefonnumre', 'msisdn',
  // The telephone and mobile emoji that CVs and profiles put before a number.
  '📞', '☎', '📱',
  // Japanese, Chinese and Korean: telephone (number), mobile, contact.
  '電話', '電話番号', '携帯', '携帯電話', '連絡先', '电话', '電話號碼', '电话号码', '手机', '手機', '联系电话', '전화', '전화번호', '휴대폰', '연락처',
] as const;

/**
 * Words that label the number right after them as a phone number. Closer to the number than a word
 * of NOT_PHONE_CONTEXT, they win: "SSN: 476426347, phone: 3128893600". Not "number" or "contact",
 * which label order and account numbers as often.
 */
export const PHONE_LABELS = [
  'phone', 'tel', 'tel.', 'telephone', 'mobile', 'cell', 'cellphone', 'fax', 'whatsapp', 'sms', 'call', 'calls', 'callback',
  'ring', 'reachable', 'ping me', 'text me', 'telefon', 'téléphone', 'teléfono', 'telefono', 'handy', 'tél', 'tél.', 'mob',
  'móvil', 'celular', 'cellulare', 'm:', 't:', '📞', '☎', '📱', 'tfno', 'tlm', 'telefonnummer', 'handynummer', 'mobilnummer', 'mobil', 'hotline', 'helpline', '06-nummer', 'rückrufnummer', '電話', '電話番号',
  '携帯', '电话', '手机', '전화', '전화번호', '휴대폰',
] as const;

/**
 * Emergency-contact labels. Their value is a person and a number ("Contacto de emergência: Marta
 * Antunes (irmã), 922 639 004"), so the number stands further from the label than a phone word's
 * reach; on the label's own line it is still the contact's phone. Not "emergency" alone: an
 * emergency fund or budget is an amount.
 */
export const EMERGENCY_CONTACT_LABELS = [
  'emergency contact', 'emergency contacts', 'in case of emergency', 'ice contact', 'next of kin', 'contacto de emergência',
  'contacto de emergencia', 'contato de emergência', 'contato de emergencia', 'contacto en caso de emergencia',
  'notfallkontakt', 'notfallkontakte', 'im notfall', 'noodcontact', 'in geval van nood', 'contatto di emergenza',
  'contatto d\'emergenza', "contact d'urgence", "contact en cas d'urgence", 'personne à prévenir', 'nödkontakt',
  'nødkontakt', 'pårørende', 'närmast anhörig', 'anhörig', 'kontakt alarmowy', 'w nagłych wypadkach', 'lähiomainen',
  'hätätilanteessa',
] as const;

/** Words that make a digit run look like something other than a phone number. */
export const NOT_PHONE_CONTEXT = [
  'order', 'invoice', 'isbn', 'tracking', 'version', 'serial', 'sku', 'part', 'ticket', 'account', 'ssn',
  'social security', 'card', 'zip', 'postal', 'postcode', 'id', 'ref', 'reference', 'total', 'price', 'population',
  'license', 'licence', 'passport', 'iban', 'routing', 'swift', 'isbn-10', 'isbn-13', 'batch', 'po number', 'po#', 'po no', 'purchase order', 'replaces',
  'supersedes', 'bsn', 'dni', 'nie', 'social insurance', 'travel document', 'mmsi', 'conf.', 'confirmation',
  // Catalogue, model and lot numbers on parts lists and labels ("Catalog No. 384-622-4703 — M6 hex bolt").
  'catalog', 'catalogue', 'cat. no', 'model no', 'model number', 'lot no', 'lot number', 'lot #', 'artikelnummer', 'inode', 'ino:',
  // German, Dutch and Nordic compounds for order, customer, invoice and contract numbers.
  'bestellnummer', 'kundennummer', 'rechnungsnummer', 'auftragsnummer', 'vertragsnummer', 'bestelnummer', 'klantnummer',
  'factuurnummer', 'ordernummer', 'kundnummer', 'fakturanummer', 'kundenummer', 'kundennr', 'kd.-nr',
  'klantnr', 'kontonummer', 'konto', 'blz', 'rechnung', 'pzn',
  // Parcel numbers on a courier's stop list ("Pakete: 96695885705").
  'parcel', 'parcels', 'paket', 'pakete', 'pakket', 'pakketten',
  // Tax, identity-document and claim numbers, grouped like phones in many countries ("numéro fiscal 071 590 7018").
  'tax', 'fiscal', 'fiscale', 'steuernummer', 'steuer-id', 'ausweisnummer', 'personalausweis', 'identità', 'identité',
  'identidad', 'documento', 'dl', 'claim', 'sinistro', 'siniestro', 'policy', 'apólice', 'polizza',
  // Order, invoice, account and file numbers in Spanish, Portuguese, Italian and French.
  'pedido', 'factura', 'fatura', 'cuenta', 'conta', 'ordine', 'fattura', 'conto', 'commande', 'facture', 'compte',
  'contribuinte', 'nif', 'nipc', 'siret', 'siren', 'serie', 'série', 'pratica', 'dossier', 'expediente', 'referencia', 'riferimento',
  'référence', 'sécurité sociale', 'seguridad social',
] as const;

/**
 * Words before a bare 10- or 13-digit run that make it a Unix timestamp (seconds or milliseconds)
 * rather than a phone number: "Call log 1685492117", "ts=1685492117000".
 */
export const TIMESTAMP_CONTEXT = [
  'log', 'logs', 'logged', 'timestamp', 'timestamps', 'epoch', 'ts', 'unix', 'time', 'created', 'updated', 'modified',
  'expires', 'exp', 'iat', 'nbf',
] as const;

export const SSN_CONTEXT = [
  'ssn', 'ssns', 'social security', 'social-security', 'social sec', 'ss#', 'ss #', 'ssn#', 'taxpayer', 'tin', 'itin',
  'social', 'security number',
] as const;

/**
 * Words that introduce a reference number rather than an SSN: case, ticket and order numbers are
 * often written ddd-dd-dddd ("Case 435-74-0010"), and nothing but the word before tells them apart.
 */
export const NOT_SSN_CONTEXT = [
  'reference', 'ref', 'ref.', 'case', 'ticket', 'order', 'invoice', 'tracking', 'confirmation', 'booking',
  'reservation', 'serial', 'sku', 'part', 'model', 'docket', 'receipt', 'transaction', 'shipment', 'batch',
  'account', 'acct',
  // The same labels as log and record fields ("case_ref=302-83-5954").
  'case_ref', 'case_id', 'ref_id', 'ref_no', 'reference_id', 'ticket_id', 'order_id', 'request_id', 'claim_id',
] as const;

export const CARD_CONTEXT = [
  'card', 'credit', 'debit', 'visa', 'mastercard', 'master card', 'amex', 'american express', 'discover', 'cc',
  'cc#', 'ccn', 'pan', 'payment', 'expiry', 'exp', 'cvv', 'cvc', 'diners', 'jcb', 'maestro', 'unionpay',
  // The card itself and paying in Spanish, French, German, Italian, Portuguese and Dutch.
  'tarjeta', 'pago', 'carte', 'paiement', 'karte', 'kreditkarte', 'zahlung', 'carta', 'pagamento', 'cartão', 'kaart', 'betaling',
] as const;

/** An English month abbreviation in capitals, as machine-written dates print it. Regex source. */
export const UPPER_MONTH = '(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)';

/**
 * A date as airline bookings and passports' machine zones write it, day, month, two-digit year
 * ("14DEC57"), or with four as SAS prints dates ("26JUN1985"): a date of birth after a birth label,
 * never a document number. Regex source.
 */
export const AIRLINE_DATE = String.raw`(?:0[1-9]|[12]\d|3[01])${UPPER_MONTH}(?:19|20)?\d{2}`;

export const DOB_CONTEXT = [
  'born', 'birth', 'birthday', 'birthdate', 'birth date', 'date of birth', 'dob', 'd.o.b', 'd.o.b.', 'b.', 'bday', 'b-day',
  'nasci', 'nasci em',
  'geb.', 'geboren', 'geburtsdatum', 'né', 'née', 'né le', 'née le', 'date de naissance', 'fecha de nacimiento',
  'nacido', 'nacida', 'data di nascita', 'nato', 'nata', 'age', 'aged', 'geboortedatum', 'geboren op',
  'data de nascimento', 'data nascimento', 'nascido', 'nascida', 'nascido em', 'nascida em', 'data urodzenia',
  'urodzony', 'urodzona', 'urodzenia', 'ur.', 'geburtstag', 'geboren am', 'nací', 'nací el', 'nacimiento',
  // Shortened labels of forms and column headers: "Data nascita", "Fecha nac.", "F. nac.".
  'nascita', 'nac.', 'fecha nac', 'nasc.',
  // Danish, Norwegian, Swedish and Finnish: date of birth, born; Dutch and Danish birthday (a contact card's field).
  'fødselsdato', 'født', 'fødselsdag', 'födelsedatum', 'fodelsedatum', 'född', 'syntymäaika', 'syntynyt', 'verjaardag',
  // Portuguese "birth" as a column header, the Dutch "Geb.datum", and Czech "born" / "date of birth".
  'nascimento', 'geb.datum', 'gebdatum', 'narozen', 'narozena', 'nar.', 'datum narození', 'narození',
  // Hungarian, Romanian, Croatian, Slovene, Slovak and Turkish.
  'születési idő', 'születési dátum', 'született', 'szül.', 'data nașterii', 'data nasterii', 'data naşterii', 'născut', 'născută',
  'datum rođenja', 'rođen', 'rođena', 'datum rojstva', 'rojen', 'rojena', 'dátum narodenia', 'narodený', 'narodená', 'doğum tarihi',
  // Column names as exports write them: a header is one token, so "birth" alone does not match inside it.
  'date_of_birth', 'dateofbirth', 'birth_date', 'birthdate', 'birthday', 'date_naissance', 'datenaissance', 'fecha_nacimiento',
  'data_nascita', 'geburtsdatum', 'geboortedatum', 'dob_date', 'birthdt', 'birth_dt', 'bdate',
  // Eight-letter variable names of SAS and mainframe extracts.
  'datnais', 'gebdat', 'fecnac', 'datnasc',
] as const;

/** Words after "birthday" that make it an occasion, not someone's date of birth ("the team birthday lunch is on …"). */
export const BIRTHDAY_OCCASIONS = ['party', 'lunch', 'dinner', 'cake', 'celebration', 'drinks', 'card', 'gift', 'present', 'event', 'breakfast'] as const;

export const PASSPORT_CONTEXT = [
  'passport', 'passport no', 'passport number', 'passport_no', 'passport_number', 'passportno', 'passport#', 'reisepass',
  'reisepassnummer', 'passnummer', 'pass-nr', 'pass-nr.', 'passeport', 'pasaporte', 'passaporto', 'passaporte', 'paspoort', 'paspoortnummer',
  'paspoortnr', 'paszport', 'numer paszportu', 'passinummer', 'passnr', 'pasnummer', 'passinumero', 'passin numero',
  // A visa form's "travel document" (Schengen field 13) is the passport.
  'travel document', 'reisedokument', 'reisedokuments', 'reisdocument', 'documento di viaggio', 'document de voyage',
  'documento de viaje', 'documento de viagem', 'dokumentu podróży', 'rejsedokument', 'resedokument', 'reisedokument', 'cestovního dokladu',
] as const;

export const DRIVERS_LICENSE_CONTEXT = [
  "driver's license", 'drivers license', 'driver license', "driver's licence", 'drivers licence', 'driving licence',
  'driving license', 'dl#', 'dl no', 'dl number', 'license number', 'licence number', 'führerschein', 'permis de conduire',
  'dl:', 'licence_no', 'license_no', 'licence no.', 'license no.', 'licence no:', 'license no:', 'dl_number', 'führerscheinnummer',
  'führerschein-nr', 'rijbewijs', 'rijbewijsnummer', 'numero della patente', 'patente di guida', 'patente n.', 'patente:',
  'permiso de conducir', 'carnet de conducir', 'driver licence', 'carta de condução', 'carteira de motorista',
  // Numbered labels and the names of the licence in Brazil, Latin America and the Nordic, Polish and Czech forms.
  'n° de permis', 'nº de permis', 'numéro de permis', 'permis n°', 'rijbewijsnr', 'rijbewijsnr.', 'führerscheinkopie',
  'führerschein nr', 'cnh', 'licencia de conducir', 'licencia de conducción', 'carta de conducao', 'körkort',
  'körkortsnummer', 'körkortsnr', 'kørekort', 'kørekortnummer', 'førerkort', 'førerkortnummer', 'ajokortti',
  'ajokortin numero', 'prawo jazdy', 'prawa jazdy', 'řidičský průkaz',
] as const;

/**
 * Local parts of shared mailboxes (`support@`, `noreply@`): they reach a team or no one, not a
 * person, so such an address is reported low, like one on a reserved domain.
 */
export const ROLE_MAILBOXES = [
  'support', 'help', 'helpdesk', 'info', 'contact', 'hello', 'sales', 'billing', 'accounts', 'invoices', 'noreply', 'no-reply',
  'donotreply', 'do-not-reply', 'notifications', 'admin', 'webmaster', 'postmaster', 'hostmaster', 'abuse', 'security', 'privacy',
  'press', 'media', 'jobs', 'careers', 'recruiting', 'hr', 'team', 'office', 'service', 'customerservice', 'feedback', 'legal',
  'compliance', 'dpo', 'ops', 'devops', 'it', 'marketing', 'orders', 'bookings', 'reservations', 'enquiries', 'inquiries',
] as const;

/**
 * What a chat turn asking for a number to call says besides PHONE_CONTEXT: asked for alone, "a
 * number" is a phone number ("Un numero per il corriere?", "Unter welcher Nummer erreicht Sie …?").
 */
export const ASKED_FOR_NUMBER = ['number', 'nummer', 'numero', 'número', 'numéro', 'numer', 'erreichen', 'erreicht', 'joindre', 'contactar', 'contattare'] as const;

/**
 * Digits said one by one, as a voicemail transcript or a dictated message writes a phone number out
 * before (or instead of) the figures: "null eins fünf sieben …", "seis tres nueve …". English,
 * Spanish, Portuguese, Italian, French, German, Dutch, Swedish, Danish/Norwegian and Polish.
 */
export const DIGIT_WORDS = [
  'zero', 'oh', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'double',
  'cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve',
  'um', 'dois', 'duas', 'três', 'quatro', 'sete', 'oito', 'nove',
  'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto',
  'zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'sept', 'huit', 'neuf',
  'null', 'eins', 'zwei', 'zwo', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun',
  'nul', 'een', 'één', 'twee', 'vijf', 'zes', 'zeven', 'negen',
  'noll', 'ett', 'en', 'två', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio',
  'et', 'to', 'fire', 'seks', 'syv', 'otte', 'ni',
  'jeden', 'dwa', 'trzy', 'cztery', 'pięć', 'sześć', 'siedem', 'osiem', 'dziewięć',
] as const;
