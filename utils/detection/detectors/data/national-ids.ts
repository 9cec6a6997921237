/** Context vocabularies for national identifiers (lower case). */
export const NATIONAL_ID_CONTEXT: Readonly<Record<string, readonly string[]>> = {
  uk_nino: ['national insurance', 'nino', 'ni number', 'ni no', 'ni no.', 'nin'],
  ca_sin: ['sin', 's.i.n.', 'sin#', 'social insurance', 'numéro d\'assurance sociale', 'nas', 'n.a.s.'],
  fr_nir: ['nir', 'sécurité sociale', 'securite sociale', 'numéro de sécu', 'insee', 'carte vitale', 'social security'],
  de_tax_id: ['steuer-id', 'steuerid', 'steuer id', 'steuernummer', 'steuerliche identifikationsnummer', 'identifikationsnummer', 'steueridentifikationsnummer', 'steuer-identifikationsnummer', 'steuer-identnummer', 'steueridentnummer', 'identnummer', 'steuer-idnr', 'idnr', 'tax id', 'tin'],
  nl_bsn: ['bsn', 'burgerservicenummer', 'bsn-nummer', 'citizen service number', 'sofinummer', 'sofi'],
  es_dni: ['dni', 'd.n.i.', 'nif', 'documento nacional', 'documento de identidad', 'nie'],
  it_codice_fiscale: ['codice fiscale', 'cf', 'tax code'],
  in_aadhaar: ['aadhaar', 'aadhar', 'uidai', 'uid'],
  in_pan: ['pan', 'permanent account number', 'income tax'],
  br_cpf: ['cpf', 'cadastro de pessoas físicas', 'cadastro de pessoa física', 'cadastro de pessoas fisicas'],
  pl_pesel: ['pesel', 'numer pesel', 'nr pesel'],
};

/** Two-letter NINO prefixes that HMRC never issues. */
export const NINO_BAD_PREFIXES: ReadonlySet<string> = new Set(['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']);
