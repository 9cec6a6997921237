/**
 * Weighted vocabulary for the business-document detectors. A document type is reported only
 * when several different signals add up, so a prompt that merely says "contract" stays clean.
 * Patterns run on the lower-cased text unless marked `cased`.
 */
import { requiredLiterals } from '../../required-literals';
import { NAME_PART_HEADERS } from './person-words';

export interface Signal {
  pattern: RegExp;
  weight: number;
  /** Count each occurrence (capped) rather than presence once. */
  perHit?: number;
  cap?: number;
  cased?: boolean;
  /**
   * Lower-case literals of which every match contains at least one; when the shared keyword pass
   * found none of them the regex is not run (it would read the whole text to find nothing).
   * Read from the pattern when left out (see required-literals.ts); given by hand only where the
   * pattern's own certain words are too common to skip anything ("this", "part", "file").
   */
  needs?: readonly string[];
}

export interface DocumentProfile {
  type: string;
  category: 'confidential' | 'financial';
  severity: 'low' | 'medium' | 'high';
  label: string;
  validation: string;
  placeholder: string;
  signals: readonly Signal[];
  /** Minimum total weight and minimum number of distinct signals that fired. */
  threshold: number;
  minDistinct: number;
  /** Minimum text length: a one-line question is not a document. */
  minLength: number;
  /** Literal pre-filter: at least one must occur (lower case) before any signal regex runs. */
  anchors: readonly string[];
  /**
   * The document is about one identified person (a name, a salutation, a staff number): advice on
   * writing reviews uses every word of a review but names nobody.
   */
  aboutSomeone?: boolean;
}

/**
 * Labels of a staff number: each is an HR signal, and an HR text that has one is about one person
 * (confidential.ts). "Employee no" only before its value, since "the employee no longer" is prose.
 */
export const EMPLOYEE_ID_LABEL = /\bemployee (?:(?:id|number|name)\b|no\.?(?=[ \t]*[:#\d]))|\bemp(?:loyee)? ?#/;
export const STAFF_NUMBER_LABEL = /\b(?:personalnummer|personalnr|matricule|n[º°o]\.? de empleado|número de empleado|personeelsnummer|matricola)\b/u;

const PROFILES: readonly DocumentProfile[] = [
  {
    type: 'contract', category: 'confidential', severity: 'medium', label: 'Contract or legal agreement', placeholder: 'CONTRACT',
    validation: 'clause structure + legal vocabulary (≥ 3 distinct signals)', threshold: 5, minDistinct: 3, minLength: 250,
    anchors: ['hereinafter', 'whereas', 'governing', 'indemnif', 'parties', 'agreement', 'witness',
      'nachfolgend', 'im folgenden', 'vertrag', 'vereinbarung', 'ci-après', 'contrat', 'en adelante', 'en lo sucesivo', 'di seguito', 'hierna', 'overeenkomst', 'parteien', 'partes', 'partijen'],
    signals: [
      { pattern: /\bhereinafter\b/g, weight: 2 },
      { pattern: /\bgoverning law\b|\bgoverned by the laws? of\b/g, weight: 2 },
      { pattern: /\bWHEREAS\b/g, weight: 2, cased: true },
      { pattern: /\bin witness whereof\b/g, weight: 2 },
      { pattern: /\bindemnif(?:y|ies|ied|ication)\b/g, weight: 1.5 },
      { pattern: /\b(?:the )?part(?:y|ies) (?:hereto|of the first part|of the second part)\b|\bthe parties\b/g, weight: 1.5, needs: ['party ', 'parties'] },
      { pattern: /\bthis (?:agreement|contract|lease|addendum)\b/g, weight: 1, perHit: 0.5, cap: 2, needs: ['this agreement', 'this contract', 'this lease', 'this addendum'] },
      { pattern: /\bshall\b/g, weight: 0, perHit: 0.3, cap: 1.5 },
      { pattern: /^\s{0,4}(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|(?:article|artikel|artículo|articolo|art\.) ?\d{1,3}|(?:cláusula|clausula|clausola) \d{1,3}|section \d{1,3}(?:\.\d{1,2})?|§ ?\d{1,3})\s+\S/gm, weight: 0, perHit: 0.4, cap: 2 },
      // A clause pasted alone has no title or recitals; what marks it is a defined party bound by a
      // modal verb, capitalised as contracts define them ("Neither Party may", "Contractor shall").
      { pattern: /\b(?:Neither|Each|Either) Party\b|\b(?:Party|Parties|Provider|Customer|Client|Contractor|Consultant|Company|Employee|Employer|Processor|Controller|Licensor|Licensee|Landlord|Tenant|Supplier|Vendor|Buyer|Seller|Recipient|Lessor|Lessee|Subscriber|Purchaser|Distributor) (?:shall|will not|may not|agrees|warrants|represents|acknowledges|hereby|undertakes)\b/g, weight: 2, perHit: 0.5, cap: 1, cased: true },
      { pattern: /\bforce majeure\b|\bseverability\b|\bentire agreement\b|\bnotwithstanding\b|\bterm(?:ination)? of (?:this|the) agreement\b/g, weight: 1 },
      { pattern: /\beffective date\b|\bexecuted (?:as of|on)\b|\bsignature\b.*\bdate\b/g, weight: 1 },
      { pattern: /\bliabilit(?:y|ies)\b|\bwarrant(?:y|ies)\b|\bbreach\b/g, weight: 0.5 },
      // The same clauses in German, French, Spanish, Italian and Dutch, one signal per concept.
      // Ordinary prose uses these words too ("im Folgenden", "en adelante", "di seguito"), so the
      // defined-term ones need the name or quote that follows in a contract. `\b` is ASCII-only:
      // a lookahead closes words that end in an accented letter.
      { pattern: /nachfolgend[^\n.]{0,40}\bgenannt|\b(?:nachfolgend|im folgenden)\s*[:„"«»]|\bci-après\s*(?:dénomm|désign|[:«"“])|\ben adelante,?\s*(?:[«"“]|denominad)|\ben lo sucesivo\b|\bdi seguito\s*(?:denominat|congiuntamente|anche|[«"“])|\bhierna(?::|\s*[„"“]|\s+(?:te noemen|genoemd))/gu, weight: 2 },
      { pattern: /\bgerichtsstand\b|\bes gilt (?:das )?(?:recht|deutsches recht)\b|\banwendbares recht\b|\bdroit applicable\b|\bsoumis au droit\b|\bjuridiction comp[ée]tente|\btribunal de commerce\b|\b(?:ley|legislación) aplicable\b|\bjuzgados y tribunales\b|\blegge applicabile\b|\bforo (?:competente|esclusivo)\b|\bregolat[oa] dalla legge\b|\btoepasselijk recht\b|\bbevoegde rechter\b/gu, weight: 2 },
      { pattern: /\b(?:entre les soussignés|il a été convenu|reunidos|de una parte|de otra parte|premesso che|si conviene e si stipula|ondergetekenden|komen (?:als volgt )?overeen|vereinbaren (?:was folgt|folgendes)|(?:wird|werden) folgende[rs]? (?:vertrag|vereinbarung))\b/gu, weight: 2 },
      { pattern: /\b(?:vertreten durch|représentée? par|en (?:nombre y )?representación de|(?:il |in persona del )?legale rappresentante|vertegenwoordigd door)\b/gu, weight: 1 },
      { pattern: /\b(?:(?:die |beide |den )?(?:vertrags)?parteien|(?:les|des|aux) parties|(?:las|ambas) partes|le parti|(?:beide )?partijen)\b/gu, weight: 1 },
      { pattern: /\b(?:dieses? vertrag(?:es|s)?|diese[rm]? (?:vertrag|vereinbarung)|(?:le|du|au) présent (?:contrat|accord)|(?:el|del|al) presente (?:contrato|acuerdo)|(?:il|del|al) presente (?:contratto|accordo)|(?:deze|dit) (?:overeenkomst|contract))\b/gu, weight: 1, perHit: 0.5, cap: 2, needs: ['vertrag', 'vereinbarung', 'présent ', 'presente ', 'overeenkomst', 'dit contract'] },
      { pattern: /\b(?:tritt [^\n.]{0,30}in kraft|unterzeichnung|entrée en vigueur|entrera en vigueur|date d'effet|entrará en vigor|fecha de (?:su )?firma|entrata in vigore|data di sottoscrizione|in werking|ondertekening)\b/gu, weight: 1 },
      { pattern: /\b(?:höhere gewalt|salvatorische|kündigungsfrist|résiliation|tacite reconduction|fuerza mayor|resolución del contrato|prorrogable tácitamente|forza maggiore|recesso|preavviso|clausola risolutiva|overmacht|opzegging|opzegtermijn|ontbinding|stilzwijgend)\b/gu, weight: 1 },
      { pattern: /\b(?:haftung|gewährleistung|responsabilit(?:é|à)|responsabilidad|incumplimiento|inadempimento|aansprakelijkheid|vrijwaring)(?![\p{L}\d])/gu, weight: 0.5 },
    ],
  },
  {
    type: 'hr_record', category: 'confidential', severity: 'high', label: 'HR record or performance review', placeholder: 'HR_RECORD',
    validation: 'HR vocabulary (≥ 3 distinct signals) about a named person or staff number', threshold: 4, minDistinct: 3, minLength: 200, aboutSomeone: true,
    anchors: ['performance', 'expectations', 'disciplinary', 'warning', 'employee', 'salary', 'probation', 'pip', 'exit interview', 'leave', 'hr ', 'hrbp', 'personnel',
      'mitarbeiter', 'abmahnung', 'leistungsbeurteilung', 'personalakte', 'salarié', 'entretien', 'avertissement', 'empleado', 'desempeño', 'amonestación', 'medewerker', 'functionerings', 'beoordelings', 'dipendente', 'valutazione', 'richiamo',
      'personalnummer', 'matricule', 'personeelsnummer', 'matricola', 'personalabteilung', 'ressources humaines', 'recursos humanos', 'risorse umane', 'personeelszaken',
      'leidinggevende', 'vorgesetzte', 'erwartungen', 'attentes', 'expectativas', 'attese', 'verwachting', 'arbeitsunfähig', 'krankengeld',
      'note rh', 'arrêt maladie', 'arrêt de travail', 'expediente', 'incapacidad temporal', 'dossiernotitie', 'ziek gemeld', 'ziekmelding', 'personeelsdossier', 'fascicolo', 'bedrijfsarts'],
    signals: [
      { pattern: /\bperformance (?:review|appraisal|evaluation|rating)\b/g, weight: 2 },
      // Cased, so that the acronym counts only in capitals ("put on a PIP", not Python's "pip install").
      { pattern: /\b[Pp]erformance [Ii]mprovement [Pp]lan\b|\bPERFORMANCE IMPROVEMENT PLAN\b|\bPIP\b/g, weight: 2, cased: true },
      { pattern: /\b(?:meets|exceeds|below|does not meet) expectations\b/g, weight: 1.5 },
      { pattern: /\bdisciplinary\b|\bwritten warning\b|\bverbal warning\b|\bmisconduct\b/g, weight: 1.5 },
      { pattern: new RegExp(EMPLOYEE_ID_LABEL.source, 'g'), weight: 1.5, needs: ['employee ', 'employee#', 'emp#', 'emp #'] },
      { pattern: /\b(?:base )?salary\b|\bcompensation\b|\bbonus\b|\bpay grade\b|\braise\b/g, weight: 1 },
      { pattern: /\b(?:manager|reviewer|supervisor)(?:'s)? (?:comments?|name|signature|feedback)\b/g, weight: 1.5 },
      { pattern: /\bprobation(?:ary)?\b|\btermination\b|\bsick leave\b|\babsence(?:s)?\b|\bpromotion\b/g, weight: 1 },
      { pattern: /\breview period\b|\bstrengths\b|\bareas? (?:for|of) (?:improvement|development)\b|\bgoals? for\b/g, weight: 1, needs: ['review period', 'strengths', 'improvement', 'development', 'goal'] },
      { pattern: /\bhire date\b|\bdate of hire\b|\bjob title\b|\bdepartment\b/g, weight: 1 },
      // Leaving, leave and the HR file: exit interviews, sick notes, the people who handle them.
      { pattern: /\bexit interview\b/g, weight: 1.5 },
      { pattern: /\breason for leaving\b|\beligible for rehire\b|\blast working day\b/g, weight: 1.5 },
      { pattern: /\bmedical leave\b|\bleave of absence\b|\bsick pay\b|\b(?:maternity|paternity|parental) leave\b/g, weight: 1.5, needs: ['medical leave', 'leave of absence', 'sick pay', 'maternity', 'paternity', 'parental'] },
      { pattern: /\bfit note\b|\bphased return\b|\boccupational health\b/g, weight: 1.5 },
      { pattern: /\bhr (?:file|note|business partner)\b|\bhrbp\b|\bpersonnel file\b|\bhead of people\b/g, weight: 1.5, needs: ['hr ', 'hrbp', 'personnel file', 'head of people'] },
      { pattern: /\bdismissal\b|\bgrievance\b|\bmerit increase\b|\bcompensation review\b|\bperformance concerns\b|\bmanager assessment\b/g, weight: 1 },
      // A letter that tells one employee their pay changes.
      { pattern: /\b(?:salary|pay) will (?:increase|rise|change|be (?:increased|adjusted))\b|\byour new (?:base salary|salary|pay grade)\b|\b(?:salary|pay) (?:increase|rise) (?:from|of)\b/g, weight: 1.5,
        needs: ['salary will', 'pay will', 'your new', 'salary increase', 'salary rise', 'pay increase', 'pay rise'] },
      // The same records in German, French, Spanish, Dutch and Italian, one signal per concept.
      { pattern: /\b(?:leistungsbeurteilung|mitarbeitergespräch|jahresgespräch|entretien (?:annuel|individuel|professionnel)|évaluation (?:annuelle|des performances)|evaluación del desempeño|evaluación de desempeño|functioneringsgesprek|beoordelingsgesprek|valutazione (?:delle prestazioni|annuale))\b/gu, weight: 2 },
      { pattern: /\b(?:abmahnung|avertissement|amonestación|officiële waarschuwing|schriftelijke waarschuwing|richiamo (?:disciplinare|scritto)|procedura disciplinare|contestazione disciplinare|procédure disciplinaire|entretien préalable|expediente disciplinario|disciplinaire maatregel)\b/gu, weight: 1.5 },
      // A note for the HR file, a sick note, and the return-to-work process are three concepts: a
      // note on someone's sick leave usually holds all three.
      { pattern: /\b(?:personalakte|dossier (?:du )?personnel|note rh|expediente (?:personal|del empleado)|nota para el expediente|personeelsdossier|dossiernotitie|fascicolo (?:personale|del dipendente))\b/gu, weight: 1.5 },
      { pattern: /\b(?:krankmeldung|arbeitsunfähig(?:keit)?|krankengeld|entgeltfortzahlung|au-bescheinigung|arrêt (?:de travail|maladie)|baja (?:médica|por enfermedad|por incapacidad temporal)|incapacidad temporal|ziekmelding|ziek gemeld|ziekteverlof|congedo per malattia|certificato di malattia)(?![\p{L}\d])/gu, weight: 1.5 },
      { pattern: /\b(?:bem-gespräch|betriebsarzt|betriebsärzt(?:in|lich)|wiedereingliederung|visite de reprise|médecine du travail|médecin du travail|parte médico|con la mutua|bedrijfsarts|re-integratie(?:advies|plan)?|poortwachter|medico competente|visita medica di rientro)(?![\p{L}\d])/gu, weight: 1.5 },
      // Staying away without notice, the usual ground of a written warning.
      { pattern: /\bunauthori[sz]ed absence\b|\bno-call,? no-show\b|\bno call,? no show\b|\bunentschuldigt(?:es|en)? (?:gefehlt|fehlen|fernbleiben)|\babsence injustifiée\b|\bsin justifica(?:ción|r)\b|\bsin causa justificada\b|\bsenza giustificat[oa] motivo\b|\bzonder afmelding\b|\bongeoorloofd verzuim\b/gu, weight: 1 },
      { pattern: /\b(?:mitarbeiter(?:in)?|salariée?|emplead[oa]|medewerker|dipendente)\b/gu, weight: 1 },
      { pattern: /\b(?:gehalt|salaire|salario|salaris|stipendio|retribuzione)\b|\b(?:gehaltserhöhung|augmentation de salaire|subida salarial|aumento (?:salariale|di stipendio)|salarisverhoging|loonsverhoging)/gu, weight: 1 },
      { pattern: new RegExp(STAFF_NUMBER_LABEL.source, 'gu'), weight: 1.5 },
      { pattern: /^[ \t]*(?:vorgesetzte[rn]?|führungskraft|responsable(?: hiérarchique)?|responsabile|leidinggevende)[ \t]*:/gmu, weight: 1 },
      { pattern: /\b(?:entspricht|übertrifft|unter) (?:den )?erwartungen\b|\b(?:dépasse|conforme aux|en deçà des|répond aux) attentes\b|\b(?:supera|cumple|por debajo de) (?:las )?expectativas\b|\b(?:superiore|inferiore|in linea con|conforme) (?:alle )?attese\b|\b(?:naar|boven|onder) verwachting\b/gu, weight: 1.5 },
      { pattern: /\b(?:entwicklungsfelder|verbesserungspotenzial|points forts|axes? (?:d'amélioration|de progrès)|fortalezas|áreas de mejora|punti di forza|aree di miglioramento|sterke punten|ontwikkelpunten|verbeterpunten)\b/gu, weight: 1, needs: ['entwicklungsfelder', 'verbesserungspotenzial', 'points forts', "d'amélioration", 'de progrès', 'fortalezas', 'de mejora', 'punti di forza', 'miglioramento', 'sterke punten', 'ontwikkelpunten', 'verbeterpunten'] },
      { pattern: /\b(?:personalabteilung|ressources humaines|recursos humanos|risorse umane|personeelszaken|hr-afdeling)\b/gu, weight: 1 },
      { pattern: /\b(?:kündigung|licenciement|despido|ontslag|licenziamento)\b/gu, weight: 1 },
      { pattern: /\b(?:probezeit|période d'essai|período de prueba|proeftijd|periodo di prova)\b/gu, weight: 1 },
    ],
  },
  {
    type: 'financial_statement', category: 'financial', severity: 'high', label: 'Financial statement or ledger', placeholder: 'FINANCIALS',
    validation: 'statement or ledger vocabulary and report columns (budget beside actual, ageing buckets, debit beside credit) + ≥ 4 lines with amounts', threshold: 4, minDistinct: 3, minLength: 150,
    anchors: ['balance sheet', 'financial position', 'income statement', 'profit', 'p&l', 'ledger', 'total assets', 'net income', 'ebitda', 'cost of', 'revenue', 'variance', 'budget', 'aging', 'ageing', '31-60', '31 - 60', '31–60', 'antigüedad', 'âgée', 'ouderdom', 'presupuesto', 'begroting',
      'bilanz', 'guv', 'verlustrechnung', 'bilan', 'compte de résultat', 'cuenta de', 'balance general', 'balans', 'verliesrekening', 'conto economico', 'stato patrimoniale', 'umsatz', "chiffre d'affaires", 'ingresos', 'omzet', 'ricavi',
      'cash flow', 'kapitalflussrechnung', 'tableau des flux', 'estado de flujos', 'kasstroomoverzicht', 'rendiconto finanziario',
      'hauptbuch', 'saldenliste', 'grootboek', 'proefbalans', 'grand livre', 'balance générale', 'libro mayor', 'balance de comprobación', 'libro mastro', 'bilancio di verifica'],
    signals: [
      { pattern: /\bbalance sheet\b|\bstatement of financial position\b|\bincome statement\b|\bprofit (?:and|&) loss\b|\bp&l\b|\bcash flow statement\b|\bgeneral ledger\b|\btrial balance\b/g, weight: 2 },
      { pattern: /\btotal (?:assets|liabilities|equity|revenue|expenses|income)\b/g, weight: 1.5 },
      { pattern: /\bnet (?:income|profit|loss|revenue|sales)\b|\bgross (?:profit|margin)\b|\bebitda\b|\boperating (?:income|expenses|profit)\b/g, weight: 1.5 },
      { pattern: /\bcost of (?:goods sold|sales|revenue)\b|\bcogs\b|\bretained earnings\b|\bdepreciation\b|\bamortization\b/g, weight: 1.5 },
      { pattern: /\baccounts? (?:receivable|payable)\b|\binventory\b|\bshareholders'? equity\b|\bcurrent (?:assets|liabilities)\b/g, weight: 1 },
      { pattern: /\b(?:debit|credit)\b.*\b(?:credit|debit|balance)\b|\bacct\.? ?(?:no|#)|\baccount (?:no|number|code)\b/g, weight: 1 },
      { pattern: /\bq[1-4] (?:20\d\d|fy)|\bfy ?20\d\d\b|\bfiscal (?:year|quarter)\b|\bytd\b/g, weight: 1, needs: ['q1 ', 'q2 ', 'q3 ', 'q4 ', 'fy', 'fiscal ', 'ytd'] },
      // Management reports: budget against actual, receivables by age.
      { pattern: /\bbudget (?:vs\.?|versus|v\.?) actual\b|\bactual (?:vs\.?|versus) (?:budget|forecast)\b|\bvariance(?: report| %)?\b|\bvar %/g, weight: 2 },
      { pattern: /\b(?:ar|ap|receivables?|payables?|debtors?) (?:aging|ageing)\b|\bdays past due\b|\b(?:31-60|61-90|90\+) days\b|\bantigüedad de saldos\b|\bbalance âgée\b|\bouderdomsanalyse\b|\bfälligkeitsanalyse\b|\boffene posten\b|\baltersstruktur\b|\bscadenziario\b/g, weight: 2,
        // Not the pattern's own 'days', which most texts hold, nor 'aging' without its space ('managing').
        needs: [' aging', ' ageing', 'days past due', '31-60', '61-90', '90+', 'antigüedad de saldos', 'balance âgée', 'ouderdomsanalyse', 'fälligkeitsanalyse', 'offene posten', 'altersstruktur', 'scadenziario'] },
      // Their column headers, which carry the report in any language when its title does not:
      // budget beside actual, or the ageing buckets side by side.
      { pattern: /\b(?:budget|presupuesto|begroting|preventivo)[ \t]*(?:[|\t,;]|  )[ \t]*(?:actual|réel|real|werkelijk|consuntivo)\b|\b31(?:-| - |–)60\b[^|\t,;\n]{0,8}(?:[|\t,;]|  )[ \t]*61(?:-| - |–)90\b/g, weight: 2, needs: ['budget', 'presupuesto', 'begroting', 'preventivo', '31-60', '31 - 60', '31–60'] },
      // Rows that end in a signed percentage (a variance), and a row of totals in two or more columns.
      { pattern: /(?<=[\s|,;/][-+]\d{1,3}(?:[.,]\d)?)%[ \t|]*$/gm, weight: 0.5, perHit: 0.5, cap: 1.5 },
      { pattern: /^[ \t|*-]*(?:grand |sub)?(?:total|gesamt|summe|totale|totaal)(?: [a-zà-ÿ]+)?[ \t]*(?:[|\t,;:]|  )[^\n\d]*\d[\d.,]*[^\d\n.,]+\(?-?\d/gm, weight: 1 },
      // The same statements in German, French, Spanish, Dutch and Italian, one signal per concept.
      { pattern: /\b(?:bilanz|gewinn- und verlustrechnung|guv|kapitalflussrechnung|compte de résultat|bilan|tableau des flux|cuenta de (?:resultados|pérdidas y ganancias)|balance general|balance de situación|estado de flujos|winst-en-verliesrekening|balans|kasstroomoverzicht|conto economico|stato patrimoniale|rendiconto finanziario)\b/gu, weight: 2 },
      // Ledgers and trial balances, and their debit and credit columns side by side.
      { pattern: /\b(?:hauptbuch(?:konto|auszug)?|(?:summen- und )?saldenliste|grootboek(?:mutaties|kaart)?|proefbalans|grand livre|balance générale|libro mayor|balance de comprobación|libro mastro|bilancio di verifica)(?![\p{L}\d])/gu, weight: 2 },
      { pattern: /\b(?:soll[ \t]*(?:[|\t,;¦]|  )[ \t]*haben|debet[ \t]*(?:[|\t,;¦]|  )[ \t]*credit|débit[ \t]*(?:[|\t,;¦]|  )[ \t]*crédit|debe[ \t]*(?:[|\t,;¦]|  )[ \t]*haber|dare[ \t]*(?:[|\t,;¦]|  )[ \t]*avere|debit[ \t]*(?:[|\t,;¦]|  )[ \t]*credit)(?![\p{L}\d])/gu, weight: 1.5 },
      { pattern: /\b(?:umsatz(?:erlöse)?|chiffre d'affaires|ingresos|(?:netto)?omzet|ricavi)\b/gu, weight: 1.5 },
      { pattern: /\b(?:jahresüberschuss|jahresfehlbetrag|rohertrag|résultat (?:net|d'exploitation)|marge brute|beneficio (?:neto|bruto)|resultado (?:neto|de explotación)|(?:netto|bruto)winst|bedrijfsresultaat|utile (?:netto|lordo|operativo)|margine (?:lordo|operativo))\b/gu, weight: 1.5 },
      { pattern: /\b(?:eigenkapital|verbindlichkeiten|abschreibungen|capitaux propres|dettes|amortissements|patrimonio neto|pasivo|amortizaciones|eigen vermogen|schulden|afschrijvingen|patrimonio netto|passività|ammortamenti)\b/gu, weight: 1.5 },
    ],
  },
];

export const DOCUMENT_PROFILES: readonly DocumentProfile[] = PROFILES.map((p) => ({
  ...p,
  signals: p.signals.map((s) => (s.needs ? s : { ...s, needs: requiredLiterals(s.pattern) ?? undefined })),
}));

/** Document-level markings. Upper-case "CONFIDENTIAL" is a label; lower-case prose mentions are not. */
/** `anchors`: lower-case literals one of which every match contains, checked before the regex runs. */
export const MARKING_PATTERNS: readonly { pattern: RegExp; cased: boolean; anchors: readonly string[] }[] = [
  { pattern: /(?<![A-Za-z])(?:STRICTLY |HIGHLY |COMPANY |BUSINESS )?CONFIDENTIAL(?![A-Za-z])/, cased: true, anchors: ['confidential'] },
  { pattern: /\b(?:for )?internal (?:use )?only\b/, cased: false, anchors: ['internal'] },
  // A notice, not an instruction in prose: it opens its line (or follows a dash, bracket or
  // "please") and ends there or after "this …", "externally", "outside …", "without …"; so
  // "Examples only (do not copy blindly)" and "do not share your screen" are not markings.
  { pattern: /(?:^|[(\[*—–:|-][ \t]*|please )do not (?:distribute|forward|share|copy|disclose)(?:[ \t]+(?:this(?: [a-z]+)?|externally|further))?(?:[ \t]+(?:outside|without|beyond)[^\n.]{1,40})?[ \t]*(?:[.!)\]*]|$)/m, cased: false, anchors: ['do not'] },
  // The same notices in the other languages people paste in: German, French, Spanish, Italian, Dutch, Portuguese.
  { pattern: /(?<![\p{L}])(?:STRENG |STRIKT )?(?:VERTRAULICH|CONFIDENTIEL(?:LE)?|CONFIDENCIAL|CONFIDENZIALE|RISERVATO|VERTROUWELIJK|NUR FÜR DEN INTERNEN GEBRAUCH|USAGE INTERNE|USO INTERNO|ALLEEN VOOR INTERN GEBRUIK)(?![\p{L}])/u, cased: true, anchors: ['vertraulich', 'confidentiel', 'confidencial', 'confidenziale', 'riservato', 'vertrouwelijk', 'internen gebrauch', 'usage interne', 'uso interno', 'intern gebruik'] },
  { pattern: /(?:^|[(\[*—–:|-][ \t]*)(?:nur für den internen gebrauch|nur zur internen verwendung|(?:à |pour )?usage interne(?: uniquement| seulement)?|(?:solo )?(?:para |per )?uso interno(?: exclusivo)?|alleen voor intern gebruik|nicht weitergeben|ne pas diffuser|ne pas transmettre|no distribuir|non divulgare|niet verspreiden)[ \t]*(?:[.!)\]*]|$)/mu, cased: false, anchors: ['internen', 'usage interne', 'uso interno', 'intern gebruik', 'nicht weitergeben', 'ne pas diffuser', 'ne pas transmettre', 'no distribuir', 'non divulgare', 'niet verspreiden'] },
  // A marking word in any case that stands alone where a marking stands: opening its line (after a
  // comment sign) or in brackets, and closing it or followed by a dash, slash or bracket
  // ("Vertraulich – nicht zur Weitergabe", "[Confidential] Project Aurora", "Diffusion restreinte").
  // "Confidential information is …" goes on as prose and is not a marking. "Internal" alone heads
  // code comments and README sections, so it counts only in brackets or before a dash.
  { pattern: /(?:^[ \t]*(?:\/\/|#|\*|<!--)?|\[)[ \t]*(?:(?:strictly|highly|streng|strikt|strettamente|strictement|estrictamente) )?(?:(?:private and )?confidential|vertraulich|confidentiel(?:le)?|confidencial|confidenziale|riservato|vertrouwelijk|diffusion restreinte|documento (?:confidencial|riservato))(?: (?:en persoonlijk|e personale|et personnel|und persönlich|y personal))?[ \t]*(?:$|[–—/\]]| - )/mu, cased: false, anchors: ['confidenti', 'confidencial', 'vertraulich', 'riservato', 'vertrouwelijk', 'restreinte'] },
  { pattern: /\[[ \t]*intern(?:al)?[ \t]*\]|^[ \t]*intern(?:al)?(?: document)?[ \t]+[–—-][ \t]/mu, cased: false, anchors: ['intern'] },
  // The notice as a sentence of its own.
  { pattern: /(?:^|[.!][ \t]+)(?:this (?:document|memo|e-?mail|message)(?: and any attachments)? (?:is|are) (?:strictly )?confidential|dieses dokument ist (?:streng )?vertraulich|ce document est (?:strictement )?confidentiel|este documento es (?:estrictamente )?confidencial|(?:il presente|questo) documento è (?:strettamente )?riservato|dit document is (?:strikt )?vertrouwelijk)/mu, cased: false, anchors: ['confidential', 'vertraulich', 'confidentiel', 'confidencial', 'riservato', 'vertrouwelijk'] },
  { pattern: /\bnot for (?:distribution|external (?:use|distribution))\b/, cased: false, anchors: ['not for'] },
  { pattern: /\b(?:proprietary (?:and|&) confidential|confidential (?:and|&) proprietary|company confidential|privileged (?:and|&) confidential|attorney[- ]client privileged?)\b/, cased: false, anchors: ['confidential', 'attorney'] },
  { pattern: /\b(?:classification|sensitivity|security level)\s?:\s?(?:confidential|internal|restricted|secret)\b/, cased: false, anchors: ['classification', 'sensitivity', 'security level'] },
  { pattern: /(?<![A-Za-z])(?:RESTRICTED|INTERNAL ONLY|PROPRIETARY)(?![A-Za-z])/, cased: true, anchors: ['restricted', 'internal only', 'proprietary'] },
];

/**
 * Column headers that make a table a list of people, with the German, French, Spanish, Italian
 * and Dutch headers of the same columns (the second line of each pattern).
 */
export const PERSON_COLUMNS = new RegExp('^(?:' + [
  '(?:first|last|full|given|family|sur|contact|customer|client|employee)[ _-]?name|name|e-?mail(?: address)?|phone(?: number)?|mobile|tel(?:ephone)?|cell|address|street|city|zip|postcode|dob|date of birth|birthday|ssn|contact',
  "vorname|nachname|familienname|pr[ée]nom|nom(?: complet)?|nombre(?: completo)?|apellidos?|nome(?: e cognome)?|cognome|naam|voornaam|achternaam|e-?mail-adresse|correo(?: electr[óo]nico)?|courriel|telefon(?:nummer)?|t[ée]l[ée]phone|tel[ée]fono|telefoon(?:nummer)?|handy|portable|m[óo]vil|cellulare|mobiel|adresse|direcci[óo]n|indirizzo|adres|geburtsdatum|date de naissance|fecha de nacimiento|data di nascita|geboortedatum",
  // Registers, rooming lists and exports of other languages name the person and their birth and papers.
  NAME_PART_HEADERS,
  'data de nascimento|fødselsdato|födelsedatum|syntymäaika|data urodzenia|datum narození|geboren op|passport(?: no\\.?| number)?|pasnummer|passnummer|n\\.º do passaporte|bsn(?:-nummer)?',
  "mitarbeiter(?:/?in)?|salarié(?:\\(e\\))?|steuer-?id(?:-?nr\\.?)?|n° de sécurité sociale|numéro de sécurité sociale|nir|nif|dni|codice fiscale|pesel|national insurance(?: no\\.?| number)?|ni number|sin|social security(?: number| no\\.?)?",
].join('|') + ')$');
export const EMPLOYEE_COLUMNS = new RegExp('^(?:' + [
  'employee(?:[ _-]?(?:id|no|number|name))?|emp[ _-]?id|salary|base salary|compensation|department|dept|title|job title|position|role|manager|hire[ _-]?date|start[ _-]?date|grade|level|rating|performance',
  "mitarbeiter(?:in)?|personal(?:nummer|nr\\.?)|abteilung|funktion|(?:brutto|jahres)?gehalt|vorgesetzte[rn]?|eintritt(?:sdatum)?|matricule|d[ée]partement|poste|fonction|salaire(?: annuel)?(?: brut)?|date d'(?:entr[ée]e|embauche)|n[º°o]\\.? ?(?:de )?empleado|emplead[oa]|departamento|puesto|cargo|categor[íi]a|salario(?: bruto)?(?: anual)?|fecha de (?:alta|ingreso|incorporaci[óo]n)|matricola|reparto|ruolo|mansione|responsabile|ral|stipendio|retribuzione|data (?:di )?assunzione|livello|personeelsnummer|afdeling|functie|leidinggevende|(?:bruto )?(?:jaar)?salaris|(?:datum )?in dienst(?: sinds)?|schaal",
].join('|') + ')$');
export const CUSTOMER_COLUMNS = /^(?:customer(?:[ _-]?(?:id|no|number|name))?|client(?:[ _-]?(?:id|name))?|account(?:[ _-]?(?:id|no|number|name|manager))?|company|organization|org|lead|deal|plan|mrr|arr|revenue|contract value|last order|orders|lifetime value|ltv|segment|tier|status)$/;
/**
 * Columns of product, parcel and order codes, and of an asset inventory's builds, serials and tags:
 * their long numbers (EANs, tracking numbers, "55.0.19528.2620") are not phones.
 */
export const CODE_COLUMNS = /^(?:ean(?:13)?|gtin|upc|isbn|sku|barcode|(?:tracking|order|item|article|product|parcel|shipment)[ _-]?(?:no|nr|number|id|code)?|art[ _.-]?nr|(?:os[ _-]?)?(?:version|build|firmware|release)(?:[ _-]?(?:no|nr|number|id))?|serial(?:[ _-]?(?:no|nr|number))?|asset[ _-]?(?:tag|id|no)|imei|mac(?:[ _-]?address)?)$/;
/**
 * Department names as they are written in the cells of a staff list that has no header row
 * ("- Julien Morel – P22217 – Finance – Comptable"), in English, German, French, Spanish, Italian
 * and Dutch. A cell must be exactly one of them.
 */
export const DEPARTMENT_CELLS = new RegExp('^(?:' + [
  'sales|finance|marketing|engineering|operations|hr|human resources|people(?: ops| operations)?|legal|it|customer success|customer support|support|product|design|procurement|purchasing|logistics|accounting|r&d|research|administration|admin|facilities|security|data|qa|compliance|risk|treasury|payroll|recruiting|talent|business development|partnerships',
  'vertrieb|finanzen|buchhaltung|personal(?:wesen|abteilung)?|einkauf|logistik|entwicklung|produktion|recht|kundenservice|controlling|verwaltung',
  'ventes|commercial|comptabilit[ée]|rh|ressources humaines|logistique|informatique|juridique|achats|direction|support client|service client',
  'ventas|finanzas|tecnolog[íi]a|rr\\. ?hh\\.?|rrhh|recursos humanos|log[íi]stica|compras|operaciones|contabilidad|atenci[óo]n al cliente|ingenier[íi]a|producci[óo]n',
  'vendite|finanza|amministrazione|risorse umane|acquisti|ufficio legale|produzione|informatica|commerciale',
  'verkoop|financi[ëe]n|personeelszaken|inkoop|logistiek|juridische zaken|klantenservice|ict|productie',
].join('|') + ')$', 'i');
