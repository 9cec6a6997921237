/**
 * Words for a national ID of any country ("national_id: 86 472 930 531" in a database dump): with
 * a checksum that holds, they say as much as the country's own word.
 */
const ANY_NATIONAL_ID = ['national id', 'national identity number', 'national identification number', 'nationalid', 'national id number'];

/** Context vocabularies for national identifiers (lower case). */
export const NATIONAL_ID_CONTEXT: Readonly<Record<string, readonly string[]>> = {
  uk_nino: ['national insurance', 'nino', 'ni number', 'ni no', 'ni no.', 'nin'],
  ca_sin: ['sin', 's.i.n.', 'sin#', 'social insurance', 'numéro d\'assurance sociale', 'nas', 'n.a.s.', ...ANY_NATIONAL_ID],
  fr_nir: ['nir', 'sécurité sociale', 'securite sociale', 'numéro de sécu', 'insee', 'carte vitale', 'social security'],
  de_tax_id: ['steuer-id', 'steuerid', 'steuer id', 'steuernummer', 'steuerliche identifikationsnummer', 'identifikationsnummer', 'steueridentifikationsnummer', 'steuer-identifikationsnummer', 'steuer-identnummer', 'steueridentnummer', 'identnummer', 'steuer-idnr', 'idnr', 'tax id', 'tin', ...ANY_NATIONAL_ID],
  nl_bsn: ['bsn', 'burgerservicenummer', 'bsn-nummer', 'citizen service number', 'sofinummer', 'sofi', ...ANY_NATIONAL_ID],
  es_dni: ['dni', 'd.n.i.', 'nif', 'documento nacional', 'documento de identidad', 'nie'],
  it_codice_fiscale: ['codice fiscale', 'cf', 'tax code'],
  in_aadhaar: ['aadhaar', 'aadhar', 'uidai', 'uid', ...ANY_NATIONAL_ID],
  in_pan: ['pan', 'permanent account number', 'income tax'],
  br_cpf: ['cpf', 'cadastro de pessoas físicas', 'cadastro de pessoa física', 'cadastro de pessoas fisicas'],
  pl_pesel: ['pesel', 'numer pesel', 'nr pesel', ...ANY_NATIONAL_ID],
};

/** Two-letter NINO prefixes that HMRC never issues. */
export const NINO_BAD_PREFIXES: ReadonlySet<string> = new Set(['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']);
