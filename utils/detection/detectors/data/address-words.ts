/** Street vocabulary for the address heuristics. Regex sources are built from these lists. */

/** English street types, written after the street name ("12 Baker Street", "5 Elm St."). */
export const STREET_SUFFIXES = [
  'street', 'st', 'avenue', 'ave', 'av', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'ln', 'drive', 'dr', 'way', 'court', 'ct',
  'place', 'pl', 'square', 'sq', 'terrace', 'ter', 'parkway', 'pkwy', 'highway', 'hwy', 'circle', 'cir', 'crescent', 'cres',
  'close', 'grove', 'gardens', 'gdns', 'mews', 'row', 'walk', 'hill', 'trail', 'trl', 'path', 'pike', 'alley', 'plaza',
  'loop', 'run', 'crossing', 'xing', 'expressway', 'freeway', 'turnpike', 'view', 'point', 'pt', 'ridge', 'park', 'green',
  'heights', 'meadows', 'glen', 'commons', 'junction', 'estates', 'village', 'manor', 'falls', 'harbor', 'harbour', 'port',
  'station', 'wharf', 'quay', 'rise', 'vale', 'wynd', 'str', 'pass', 'passage', 'fork', 'forks', 'cove', 'creek', 'island',
  'ulica', 'utca', 'út', 'tee', 'caddesi', 'sokak', 'sokağı', 'cesta', 'ulice',
  'shore', 'shores', 'spring', 'springs', 'summit', 'track', 'tunnel', 'union', 'valley', 'well', 'wells', 'causeway',
  // Australia Post's abbreviations ("7/4 Marine Tce", "12 Ocean Pde", "3 Banksia Cct").
  'tce', 'pde', 'cct',
] as const;

/** Abbreviated suffixes, the ones a dot after belongs to ("Baker St."); after a full word it ends the sentence. */
export const ABBREVIATED_STREET_SUFFIXES: ReadonlySet<string> = new Set([
  'st', 'ave', 'av', 'rd', 'blvd', 'ln', 'dr', 'ct', 'pl', 'sq', 'ter', 'pkwy', 'hwy', 'cir', 'cres', 'gdns', 'trl', 'xing', 'pt', 'str',
  'tce', 'pde', 'cct',
]);

/**
 * The rest of the US Postal Service's street suffixes, plurals included ("Treutel Roads", "Lana
 * Skyway"). Most are everyday nouns as well ("top 3 Key Points", "2 Data Centers"), so they make a
 * street after a house number of three digits or more, or after a shorter one when a postcode
 * follows.
 */
export const RARE_STREET_SUFFIXES = [
  'annex', 'arcade', 'bayou', 'beach', 'bend', 'bluff', 'bluffs', 'bottom', 'branch', 'bridge', 'brook', 'brooks', 'burg',
  'burgs', 'bypass', 'camp', 'canyon', 'cape', 'center', 'centers', 'circles', 'cliff', 'cliffs', 'club', 'common', 'corner',
  'corners', 'course', 'courts', 'coves', 'crest', 'crossroad', 'crossroads', 'curve', 'dale', 'dam', 'divide', 'drives',
  'estate', 'extension', 'extensions', 'field', 'fields', 'flat', 'flats', 'ford', 'fords', 'forest', 'forge', 'forges',
  'gateway', 'glens', 'greens', 'groves', 'harbors', 'haven', 'hills', 'hollow', 'inlet', 'islands', 'isle', 'junctions',
  'key', 'keys', 'knoll', 'knolls', 'lake', 'lakes', 'land', 'landing', 'light', 'lights', 'loaf', 'lock', 'locks', 'lodge',
  'mall', 'manors', 'meadow', 'mill', 'mills', 'mission', 'motorway', 'mount', 'mountain', 'mountains', 'neck', 'orchard',
  'oval', 'overpass', 'parks', 'parkways', 'pine', 'pines', 'plain', 'plains', 'points', 'ports', 'prairie', 'radial', 'ramp',
  'ranch', 'rapid', 'rapids', 'rest', 'ridges', 'river', 'roads', 'route', 'shoal', 'shoals', 'skyway', 'spur', 'spurs',
  'squares', 'stravenue', 'stream', 'streets', 'throughway', 'trace', 'trafficway', 'underpass', 'unions', 'valleys', 'viaduct',
  'views', 'villages', 'ville', 'vista', 'walks', 'wall', 'ways',
  // British ones ("2 Everett Croft", "8 Kyler Yard").
  'garth', 'croft', 'drove', 'bank', 'side', 'yard', 'fold', 'gate', 'mead', 'nook', 'parade', 'broadway', 'approach', 'grange',
  'chase', 'dell',
] as const;

/** Street-type words written before the name in Romance and other languages ("12 rue de la Paix", "Via Roma 5"). */
export const STREET_PREFIXES = [
  'rue', 'avenue', 'av.', 'boulevard', 'bd', 'chemin', 'allée', 'impasse', 'place', 'quai', 'route', 'cours', 'via', 'viale',
  'piazza', 'piazzale', 'corso', 'largo', 'vicolo', 'calle', 'avenida', 'avda', 'paseo', 'plaza', 'carrera', 'carretera',
  'camino', 'rua', 'r.', 'travessa', 'praça', 'largo', 'estrada', 'alameda', 'carrer', 'ulica', 'ul.', 'aleja', 'al.',
  'strada', 'bulevardul', 'str.', 'odos', 'οδός', 'leoforos', 'λεωφόρος', 'jalan', 'jl.', 'rambla', 'travesía', 'ronda', 'trg', 'c/',
  'calleja', 'callejón', 'cuesta', 'glorieta', 'pasaje', 'urbanización', 'urb.', 'avinguda', 'passeig', 'plaça', 'bajada', 'subida',
  'polígono', 'os.', 'osiedle', 'pl.', 'plac', 'rondo', 'skwer', 'rynek', 'bulwar', 'bulw.', 'wybrzeże', 'wyb.', 'droga', 'borgo',
  'contrada', 'vico', 'salita', 'lungomare', 'località', 'frazione', 'rodovia', 'rod.', 'marginal', 'ladeira', 'beco', 'viela',
  'passagem', 'sentier', 'passage', 'esplanade', 'faubourg', 'promenade', 'square',
  'senda', 'rincón', 'ferrocarril', 'explanada', 'extrarradio', 'poblado', 'jardines', 'masía', 'vía', 'vereda', 'cañada',
  'prolongación', 'rotonda', 'incrocio', 'traversa', 'piazzetta', 'voie', 'cité', 'hameau', 'résidence', 'chaussée', 'parvis',
  'wyspa', 'szosa', 'ogród', 'pasaż', 'avda.', 'pza.', 'ctra.',
] as const;

/** Germanic/Nordic/Dutch street words glued to the name ("Hauptstraße 12", "Storgatan 3", "Kerkstraat 7"). */
export const GLUED_STREET_ENDINGS = [
  'straße', 'strasse', 'str.', 'gasse', 'weg', 'platz', 'allee', 'ring', 'damm', 'ufer', 'chaussee', 'steig', 'pfad',
  'straat', 'laan', 'plein', 'gracht', 'kade', 'singel', 'dijk', 'gata', 'gatan', 'vägen', 'vagen', 'väg', 'veien', 'vei',
  'vegen', 'gade', 'vej', 'stræde', 'torget', 'torg', 'katu', 'tie', 'kuja', 'polku', 'gränd', 'backe', 'brekka', 'stígur',
  'braut', 'utca', 'út', 'tér', 'ulice', 'náměstí', 'třída', 'cesta', 'gaten', 'plass', 'veg',
] as const;

/**
 * Endings of GLUED_STREET_ENDINGS that are also written as a word of their own after a capitalised
 * name ("Rosenheimer Straße 5", "Bartók Béla út 61"); the others ("ring", "weg") alone are words.
 */
export const SEPARATE_STREET_ENDINGS = [
  'straße', 'strasse', 'str.', 'allee', 'platz', 'gasse', 'utca', 'út', 'tér', 'straat', 'laan', 'plein', 'ulice', 'náměstí',
  'třída',
] as const;

/**
 * Street words only ever written apart from the name, never glued to it: Hungarian abbreviations
 * and types ("Petőfi Sándor u. 108.", "Szent István krt. 19.", "Rákóczi köz 59", "Szent István
 * körút 12"). Glued, "u." would end any word ("Menu. 5 items").
 */
export const APART_ONLY_STREET_ENDINGS = ['u.', 'krt.', 'köz', 'körút', 'fasor', 'sétány', 'rakpart'] as const;

/** Unit designators on a separate line or after the street ("Apt. 4", "Suite 200"). */
export const UNIT_WORDS = [
  'apt', 'apartment', 'suite', 'ste', 'unit', 'flat', 'floor', 'fl', 'room', 'rm', 'bldg', 'building', 'po box', 'p.o. box', 'box',
  'piso', 'apto', 'andar', 'zimmer', 'etage', 'étage', 'bâtiment', 'escalera', 'puerta', 'interno', 'scala', 'lokal', 'm.',
  'appartamento', 'app.', 'sala', 'bloco',
  // French flats and buildings as forms abbreviate them: "appt 26", "Bât. C".
  'appt', 'appart', 'bât', 'bât.', 'bat.', 'lgh', 'lejl.',
] as const;

/** Words introducing an address. */
export const ADDRESS_CUES = [
  'address', 'addresses', 'lives at', 'live at', 'living at', 'located at', 'resides at', 'reside at', 'ship to', 'deliver to',
  'mail to', 'send it to', 'moved to', 'move to', 'zip', 'zip code', 'postcode', 'postal code', 'adresse', 'dirección', 'indirizzo',
  'anschrift', 'street', 'home', 'office at', 'visit us at', 'find us at', 'billing', 'shipping', 'residence',
  'adresa', 'adres', 'adress', 'bydliště', 'bydlisko', 'osoite', 'endereço', 'morada', 'woonadres',
] as const;

export const US_STATES = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD', 'MA',
  'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN',
  'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY', 'DC', 'PR',
] as const;

/**
 * Words that number a part of something rather than a house: a line "Chapter 3," or "Step 2" is
 * a heading even when a count that looks like a postcode follows ("Chapter 3, 25000 Words").
 */
export const NUMBERED_PART_WORDS = [
  'chapter', 'section', 'part', 'step', 'page', 'table', 'figure', 'fig.', 'appendix', 'level', 'phase', 'round', 'day', 'week',
  'lesson', 'module', 'episode', 'season', 'volume', 'vol.', 'issue', 'item', 'question', 'task', 'exercise', 'grade', 'version',
  'release', 'sprint', 'iteration', 'stage', 'tier', 'option', 'case', 'example', 'rule', 'article', 'clause', 'schedule',
  'exhibit', 'annex', 'slide', 'line', 'row', 'column', 'note', 'point', 'act', 'scene', 'book', 'track', 'game', 'match', 'test',
  'problem', 'lab', 'quiz', 'year', 'quarter', 'month', 'milestone', 'ticket', 'story', 'epic', 'batch', 'group', 'team', 'lot',
] as const;

/** Last words of British house names, written as a line or segment before the street ("Rose Cottage, Mill Lane, …"). */
export const HOUSE_NAME_WORDS = [
  'cottage', 'cottages', 'house', 'lodge', 'farm', 'farmhouse', 'barn', 'rectory', 'vicarage', 'hall', 'manor', 'grange', 'mill',
  'view', 'villa', 'court', 'barns', 'croft', 'oast', 'chapel', 'school house', 'coach house', 'stables', 'orchard', 'end',
] as const;
