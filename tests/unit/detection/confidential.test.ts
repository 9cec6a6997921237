import { describe, expect, it } from 'vitest';
import { DOCUMENT_PROFILES } from '../../../utils/detection/detectors/data/confidential-signals';
import { corpusTexts } from '../../fixtures/corpora';
import { confidentialDetector } from '../../../utils/detection/detectors/confidential';
import { scanText } from '../../../utils/detection';

const detect = (text: string) => confidentialDetector.detect({ text, lower: text.toLowerCase() });
const types = (text: string) => detect(text).map((f) => f.type);

const CUSTOMER_CSV = `customer_id,name,email,phone,plan
1001,Alice Martin,alice.martin@example.com,+1 415 555 0101,pro
1002,Bob Okafor,bob.okafor@example.org,+1 415 555 0102,basic
1003,Chen Wei,chen.wei@example.net,+1 415 555 0103,pro`;

const EMPLOYEE_MD = `| Employee ID | Name | Department | Salary |
|---|---|---|---|
| E-17 | Dana Scully | Research | 98,000 |
| E-18 | Fox Mulder | Research | 97,500 |
| E-19 | Walter Skinner | Management | 120,000 |`;

const HR_EXIT = 'Exit interview – Liam Porter\nDepartment: Support | Last working day: 12 November 2024 | Tenure: 10 years\nInterviewer: Maya Hale (HR)\n\nReason for leaving: burnout after the Q2 launch\nComments:\n- Felt that promotion criteria were unclear.\nEligible for rehire: No';
const HR_SICK = 'Subject: Fatima Rowe – leave of absence\n\nHi Ivy,\n\nJust logging this for the HR file: Fatima has submitted a fit note from her GP covering two weeks of medical leave from 9 July (post-surgery recovery). We have referred her to occupational health and agreed a phased return for the first month back.\n\nThanks,\nMaya';
const HR_ABMAHNUNG = 'ABMAHNUNG\n\nSehr geehrte Frau Keller,\n\nals Mitarbeiterin der Abteilung Einkauf haben Sie am 3. März unentschuldigt gefehlt. Wir mahnen dieses Verhalten hiermit ab. Eine Kopie dieses Schreibens wird zu Ihrer Personalakte genommen. Im Wiederholungsfall müssen Sie mit der Kündigung rechnen.';
const HR_FR = "Compte rendu de l'entretien annuel – Claire Morel, salariée du service achats\n\nLa période d'essai est validée. Salaire révisé au 1er mars. Un avertissement de 2023 reste au dossier du personnel ; aucune procédure de licenciement n'est envisagée. Grievance raised in March closed; merit increase of 3% after the compensation review.";

const CONTRACT_DE = 'DIENSTLEISTUNGSVERTRAG\n\nzwischen der Lindenhof Logistik GmbH, Bremen, vertreten durch den Geschäftsführer Uwe Brandt\n– nachfolgend „Auftraggeber“ genannt –\nund der Nordlicht IT GmbH, Kiel\n– nachfolgend „Auftragnehmer“ genannt –\n\nDie Parteien vereinbaren Folgendes:\n\n§ 1 Vertragsgegenstand\nDer Auftragnehmer betreibt die Lagersoftware des Auftraggebers.\n§ 2 Laufzeit\nDieser Vertrag tritt mit Unterzeichnung in Kraft. Die Kündigungsfrist beträgt drei Monate.\n§ 3 Haftung\nDie Haftung ist auf Vorsatz und grobe Fahrlässigkeit beschränkt.\n§ 4 Schlussbestimmungen\nEs gilt deutsches Recht. Gerichtsstand ist Bremen.';
const CONTRACT_ES = 'CONTRATO DE ARRENDAMIENTO DE EQUIPOS\n\nREUNIDOS\n\nDe una parte, Carmen Vidal, en nombre y representación de Frutas Levante SL, en adelante «el Arrendador».\nDe otra parte, Iker Ruiz, en representación de Talleres Ebro SA, en adelante «el Arrendatario».\n\nAmbas partes acuerdan las siguientes cláusulas:\n\nCláusula 1 – Objeto\nEl presente contrato regula el alquiler de dos carretillas elevadoras.\nCláusula 2 – Duración\nEntrará en vigor en la fecha de su firma, prorrogable tácitamente por periodos anuales.\nCláusula 3 – Ley aplicable\nEl incumplimiento se someterá a la legislación aplicable y a los juzgados y tribunales de Zaragoza.';
const CONTRACT_IT_NL = 'ACCORDO DI RISERVATEZZA\n\nTra Vetreria Adriatica Srl, in persona del legale rappresentante Marco Neri, di seguito denominata «Parte Divulgante», e Studio Rinaldi, di seguito congiuntamente le «Parti».\n\nPremesso che le parti intendono valutare una collaborazione, si conviene e si stipula quanto segue:\nArt. 1 – Il presente accordo ha durata di due anni dalla data di sottoscrizione; è escluso il recesso anticipato.\nArt. 2 – Legge applicabile e foro competente: legge italiana, foro esclusivo di Ancona.\nArt. 3 – Inadempimento e forza maggiore.\n\nSAMENWERKINGSOVEREENKOMST\nDe ondergetekenden, Bakkerij Visser BV, vertegenwoordigd door Joost Visser, hierna: „Opdrachtgever“, komen als volgt overeen.\nArtikel 1 – Op deze overeenkomst is Nederlands recht van toepassing; toepasselijk recht en bevoegde rechter te Utrecht. Beide partijen sluiten aansprakelijkheid uit bij overmacht; opzegging met een opzegtermijn van een maand, daarna stilzwijgend verlengd. In werking na ondertekening.';
const CONTRACT_FR = "CONTRAT DE PRESTATION\n\nENTRE LES SOUSSIGNÉS :\nAtelier Garnier SARL, représentée par Luc Garnier, ci-après dénommée « le Client »,\nET Studio Brume, ci-après « le Prestataire ».\nIL A ÉTÉ CONVENU CE QUI SUIT :\nArticle 1 – Objet. Le présent contrat définit les prestations dues aux parties.\nArticle 2 – Durée. Entrée en vigueur à sa signature, reconduit par tacite reconduction ; résiliation avec préavis de deux mois.\nArticle 3 – Responsabilité. Date d'effet : 1er mars.\nArticle 4 – Droit applicable. Le contrat est soumis au droit français ; juridiction compétente : le tribunal de commerce de Lille.";
const HR_NL_ES_IT = 'Beoordelingsgesprek 2025\nMedewerker: Sanne Bos\nPersoneelsnummer: 40211\nLeidinggevende: Ruud Kok\nTotaaloordeel: boven verwachting\nSterke punten: planning. Ontwikkelpunten: delegeren.\nSalarisverhoging: 2 periodieken. Kopie naar personeelszaken.\n\nEvaluación del desempeño – Nº de empleado: 50250\nResponsable: Pablo Gil\nValoración: supera las expectativas. Fortalezas: trato con clientes. Áreas de mejora: puntualidad. Subida salarial propuesta: 3 %. Recursos Humanos.\n\nValutazione delle prestazioni – Matricola: 49084\nResponsabile: Giorgio Bruno\nValutazione complessiva: superiore alle attese. Punti di forza: precisione. Aree di miglioramento: tempi. Aumento salariale proposto. Risorse umane.';
const HR_FR_LETTER = "Objet : avertissement disciplinaire\n\nMadame Dubois,\n\nNous avons constaté le 8 mai un manquement aux règles de sécurité de l'entrepôt. Lors de l'entretien préalable du 3 juin, vos explications ne nous ont pas permis de modifier notre appréciation. Nous vous notifions donc un avertissement, qui sera versé à votre dossier personnel.\n\nDirection des ressources humaines";
const HR_DE_SICK = 'Notiz für die Personalakte: Katrin Wagner ist seit 15. Januar arbeitsunfähig erkrankt (voraussichtlich sechs Wochen). Nach Ablauf der Entgeltfortzahlung Übergang ins Krankengeld. Rückkehrgespräch mit der Vorgesetzten und der Personalabteilung einplanen; Stand der Erwartungen: entspricht den Erwartungen.';

const PNL_IN_THOUSANDS = 'Tidewater Marine – P&L (£k)\n\n\tH1 2024\tH1 2025\nRevenue\t184\t293\nCost of sales\t(73)\t(151)\nGross profit\t111\t142\nOperating expenses\t(64)\t(70)\nEBITDA\t47\t72\nNet income\t31\t50';
const VARIANCE = 'Variance report – YTD 2024 (£)\n\n| Line item | Budget | Actual | Variance | Var % |\n|---|---|---|---|---|\n| Revenue | 1200 | 1130 | -70 | -5.8 |\n| Salaries | 400 | 415 | 15 | 3.8 |\n| Marketing | 90 | 120 | 30 | 33.3 |\n| Rent | 60 | 60 | 0 | 0 |\n\nBudget vs actual for the board pack; AR ageing attached, 61-90 days: 3 invoices.';
const GUV = 'Kranich Druck GmbH – Gewinn- und Verlustrechnung 2024 (T€)\n\nUmsatzerlöse\t4.812\t4.377\nMaterialaufwand\t(2.104)\t(1.960)\nRohertrag\t2.708\t2.417\nAbschreibungen\t(311)\t(298)\nJahresüberschuss\t402\t355';
const CONTO = 'Officine Rossi Srl – Conto economico (€)\n\n| | 2023 | 2024 |\n|---|---|---|\n| Ricavi | 3.410.000 | 3.655.000 |\n| Ammortamenti | (210.000) | (221.000) |\n| Utile netto | 190.000 | 240.000 |\n| Patrimonio netto | 1.200.000 | 1.440.000 |\n\nCompte de résultat: chiffre d\'affaires, résultat net, capitaux propres. Cuenta de resultados: ingresos, beneficio neto, pasivo. Winst-en-verliesrekening: omzet, nettowinst, eigen vermogen.';

const CONTRACT = `MASTER SERVICES AGREEMENT
This Agreement is entered into by Acme Corp (hereinafter "Client") and Widget Ltd (hereinafter "Provider"), together the Parties.
WHEREAS the Client wishes to engage the Provider;
1. Services. The Provider shall perform the services described in Schedule A.
2. Fees. The Client shall pay the fees within thirty days of invoice.
3. Indemnification. Each party shall indemnify the other against third-party claims arising from its breach.
4. Governing Law. This Agreement shall be governed by the laws of the State of New York.
IN WITNESS WHEREOF the parties have executed this Agreement as of the Effective Date.`;

const HR = `Performance Review — Review period: Jan–Dec 2024
Employee ID: 44821   Job title: Account Executive   Department: Sales
Overall rating: Below expectations. Strengths: client rapport. Areas for improvement: pipeline hygiene, forecasting.
Manager comments: a written warning was issued in March; a performance improvement plan starts next month.
Salary adjustment: none this cycle.`;

const PNL = `Income Statement FY2024 (USD thousands)
Revenue                     12,450
Cost of goods sold          (6,210)
Gross profit                 6,240
Operating expenses          (4,050)
EBITDA                       2,190
Depreciation                  (310)
Net income                   1,420`;

describe('confidentialDetector', () => {
  it('flags a CSV of customers with emails and phones, spanning the table', () => {
    const [f] = detect(`Here is our list:\n${CUSTOMER_CSV}\nThanks`).filter((x) => x.type === 'customer_list');
    expect(f).toBeDefined();
    const text = `Here is our list:\n${CUSTOMER_CSV}\nThanks`;
    expect(text.slice(f!.start, f!.end)).toBe(CUSTOMER_CSV);
    expect(f!.severity).toBe('high');
  });

  it('does not read dates, amounts or tracking numbers in table rows as phones, so such tables are no customer list', () => {
    expect(types('I have a file like\n\n2024-01-03,widget,12,3.50\n2024-01-03,gadget,4,12.00\n2024-01-04,widget,7,3.50\n')).not.toContain('customer_list');
    expect(types(' month   | orders | revenue\n---------+--------+-----------\n 2024-01 |   1832 |  94211.40\n 2024-02 |   1790 |  90118.75\n 2024-03 |   2011 | 101220.10\n')).not.toContain('customer_list');
    expect(types('1ZJERCXL0892690503  UPS    May 17\n9400111899223344556677  USPS  May 18\n92612999897543581234567890  USPS  May 19\n')).not.toContain('customer_list');
    // National numbers of eight, nine or twelve digits without a plus are still phones.
    expect(types('id,phone,plan\n1,612345678,pro\n2,698765432,basic\n3,655443322,pro\n')).toContain('customer_list');
    // A server inventory's addresses have a phone's digits and dots; its 'role' column is no staff table.
    const inventory = '| host | role | address |\n|---|---|---|\n| web-01 | frontend | 10.20.31.141 |\n| web-02 | frontend | 10.20.31.142 |\n| db-01 | postgres | 10.20.32.110 |\n';
    expect(types(inventory)).toEqual([]);
    expect(types(inventory.replace(/10\.20\.3(\d)\.1(\d\d)/g, '+44 20 79$1$2 18'))).toContain('employee_list');
  });

  it('reads a customer column of people\'s names as a customer list, but not names in another column', () => {
    expect(types('| customer | card | amount |\n|---|---|---|\n| Nora Becker | 2706263530271359 | €2593,87 |\n| Julia Sharma | 36139909235644 | £548.84 |\n| Hannah Khan | 6587 2033 2089 2332 | €12.00 |\n')).toContain('customer_list');
    expect(types('| Ticket | Customer | Assignee |\n|---|---|---|\n| #123 | Acme Corp | John Smith |\n| #124 | Globex | Mary Jones |\n| #125 | Initech | Peter Gibbons |\n')).not.toContain('customer_list');
  });

  it('classifies a markdown staff table with salary/department as an employee list', () => {
    expect(types(EMPLOYEE_MD)).toContain('employee_list');
  });

  it('recognises a contract from several legal signals', () => {
    const f = detect(CONTRACT).find((x) => x.type === 'contract');
    expect(f).toMatchObject({ start: 0, end: CONTRACT.length, category: 'confidential' });
  });

  it('recognises a clause pasted alone by its defined parties bound by modal verbs, and not a requirements list that uses the same words', () => {
    const clause = 'What does this mean for us?\n\n8. Subcontracting. Neither Party may subcontract any of its obligations under this Agreement without the prior written consent of the other Party, such consent not to be unreasonably withheld. Supplier shall remain responsible for the acts and omissions of its subcontractors and shall ensure that each of them is bound by written terms no less protective than these.';
    expect(types(clause)).toContain('contract');
    // Without the capitalised party and its modal verb the same clause is one signal short.
    expect(types(clause.replace('Neither Party may', 'No one may').replace('Supplier shall', 'the supplier shall'))).not.toContain('contract');
    const requirements = 'Requirements for the portal (v2):\n\n1. Login. The Customer shall be able to sign in with e-mail and password. The Customer may not reuse the last five passwords.\n2. Orders. The Customer shall see all orders of the last two years. The Vendor shall be notified by e-mail of each new order within one minute.\n3. Export. The Customer may export orders as CSV.';
    expect(types(requirements)).toEqual([]);
  });

  it('recognises an HR performance record', () => {
    expect(types(HR)).toContain('hr_record');
  });

  it('counts a PIP in capitals as the improvement-plan signal, but not pip in lower case', () => {
    const review = (plan: string) => `Quarterly check-in notes for Daniel Moore, sales team, kept by the regional office for the file.
Overall rating: below expectations on pipeline coverage and on forecast accuracy this quarter.
After the written warning in March, ${plan} starts on Monday and runs for sixty days.`;
    expect(types(review('a PIP'))).toContain('hr_record');
    expect(types(review('a Performance Improvement Plan'))).toContain('hr_record');
    expect(types(review('pip install'))).not.toContain('hr_record');
  });

  it('recognises a P&L statement as financial', () => {
    const f = detect(PNL).find((x) => x.type === 'financial_statement');
    expect(f?.category).toBe('financial');
  });

  it('recognises statements in thousands, budget-vs-actual reports and statements in other languages', () => {
    for (const text of [PNL_IN_THOUSANDS, VARIANCE, GUV, CONTO]) expect(types(text)).toContain('financial_statement');
    const league = 'Premier League table after matchday 12\n\nTeam\tP\tW\tD\tL\tPts\nArsenal\t12\t9\t2\t1\t29\nLiverpool\t12\t8\t3\t1\t27\nChelsea\t12\t7\t3\t2\t24\nVilla\t12\t7\t1\t4\t22';
    expect(types(league)).toEqual([]);
  });

  it('reads ledgers and trial balances by their debit and credit columns, and statements written as CSV or as a list', () => {
    const statements = [
      'Bitte prüfen:\n\nSummen- und Saldenliste 2024 – Hafenblick Reederei GmbH\n\nKonto\tBezeichnung\tSoll\tHaben\n0400\tFuhrpark\t84.200,00\t12.400,00\n1200\tBank\t312.950,10\t298.004,55\n1400\tForderungen\t96.300,00\t71.120,00\n1600\tVerbindlichkeiten\t40.000,00\t77.815,30\n8400\tUmsatzerlöse\t0,00\t512.330,00',
      'Grootboekmutaties – Drukkerij Zeeland BV\n\nDatum\tBoekstuk\tRekening\tOmschrijving\tDebet\tCredit\n2025-02-03\tJE2001\t4500 Huur\tHuur februari\t3.250,00\t\n2025-02-04\tJE2002\t1100 Bank\tBetaling klant\t12.480,00\t\n2025-02-05\tJE2003\t8000 Omzet\tFactuur 2025-044\t\t9.900,00\n2025-02-06\tJE2004\t1600 Crediteuren\tInkoop papier\t\t2.145,50',
      'Summarise for the board:\nHarbour Tiles – Profit & Loss ($k)\n\n,Q1 2025,Q2 2025\nRevenue,512,604\nCost of sales,(233),(271)\nGross profit,279,333\nOperating expenses,(190),(204)\nOperating income,89,129\nNet income,61,92',
      'Northgate Mills – Statement of financial position (GBP k)\n- Cash: 120 / 98\n- Accounts receivable: 77 / 64\n- Inventory: 41 / 39\n- Total current assets: 238 / 201\n- Accounts payable: 58 / 47\n- Total liabilities: 190 / 176\n- Retained earnings: 301 / 262\n- Total equity: 326 / 287',
    ];
    for (const text of statements) expect(types(text), text.slice(0, 40)).toContain('financial_statement');
    // Debit and credit explained, without a ledger's rows.
    expect(types('In double-entry bookkeeping every transaction has a debit and a credit. Draw me a T-account with the columns Soll | Haben (German) and Debet | Credit (Dutch) and explain which side an invoice goes on.')).toEqual([]);
  });

  it('reads ageing reports and budget-against-actual tables by their columns, in any language', () => {
    const reports = [
      // No word for ageing in the title: the buckets side by side say it.
      'Offene Posten – Stand 30.09.\n\nKunde;Nicht fällig;1-30 Tage;31-60 Tage;61-90 Tage;Summe\nHofmann Druck GmbH;12.400;-;3.150;-;15.550\nKarlsberg Textil AG;-;8.920;-;1.200;10.120\nSeeblick Hotel KG;4.310;-;-;-;4.310\nWerkstatt Lenz;-;-;2.875;6.040;8.915\nSumme;16.710;8.920;6.025;7.240;38.895',
      'Cost centre 4410, H1 (EUR)\n\nAccount | Budget | Actual | Variance | Var %\nPersonnel | 812,000 | 845,310 | 33,310 | +4.1%\nLicences | 96,000 | 88,420 | -7,580 | -7.9%\nOffice | 54,000 | 61,900 | 7,900 | +14.6%\nEvents | 38,000 | 21,150 | -16,850 | -44.3%\nTotal | 1,000,000 | 1,016,780 | 16,780 | +1.7%',
      'Presupuesto frente a real – T2\n\nPartida\tPresupuesto\tReal\tDesviación\nPersonal\t410.000\t432.550\t+5,5%\nAlquiler\t96.000\t96.000\t+0,0%\nViajes\t42.000\t35.870\t-14,6%\nMarketing\t75.000\t81.300\t+8,4%\nTotal\t623.000\t645.720\t+3,6%',
    ];
    for (const text of reports) expect(types(text), text.slice(0, 30)).toContain('financial_statement');
    // Tables with the same shapes outside a company's books.
    const lookalikes = [
      'Week   | Planned km | Actual km | Change\nW1     | 40 | 42 | +5.0%\nW2     | 45 | 41 | -8.9%\nW3     | 50 | 52 | +4.0%\nW4     | 55 | 49 | -10.9%\nTotal  | 190 | 184 | -3.2%',
      'benchmark        before    after    delta\nparse small      1.20 ms   1.10 ms  -8.3%\nparse large     12.40 ms  11.90 ms  -4.0%\nrender          30.10 ms  27.50 ms  -8.6%\nserialize        4.50 ms   4.70 ms  +4.4%\ntotal           48.20 ms  45.20 ms  -6.2%',
      '## Key capabilities\n- Balance sheet analysis\n- Income statement reading\n- File inventory\n\n| Metric | Value |\n|---|---|\n| Total files | 10 |\n| Total size | ~40 KB |\n| Examples | 12 |\n| Languages | 3 |',
    ];
    for (const text of lookalikes) expect(types(text), text.slice(0, 30)).not.toContain('financial_statement');
  });

  it('flags documents marked confidential', () => {
    expect(types('CONFIDENTIAL — Q3 board deck draft. Numbers below.')).toContain('confidential_marking');
    expect(types('Strategy memo. For internal use only. Do not distribute.')).toContain('confidential_marking');
  });

  it('reads markings in the other languages people paste in, and notices as notices only', () => {
    expect(types('VERTROUWELIJK\n\nNotulen directieoverleg 24 juni')).toContain('confidential_marking');
    expect(types('Vertraulich – nur für den internen Gebrauch\nProtokoll der Sitzung')).toContain('confidential_marking');
    expect(types('Documento RISERVATO\nVerbale della riunione')).toContain('confidential_marking');
    expect(types('Q3 numbers\nDo not distribute.')).toContain('confidential_marking');
    expect(types('Please do not share this outside the leadership team.')).toContain('confidential_marking');
    expect(types('Examples only (do not copy blindly): BOLLUK, DENGE, ŞANS')).toEqual([]);
    expect(types('**PRIVACY NOTE:** Do not share passwords or sensitive company data in your answers.')).toEqual([]);
    expect(types('el precio es confidencial para nosotros')).toEqual([]);
  });

  it('reads a marking word that stands alone on its line or in brackets, and a notice sentence, in any case', () => {
    const marked = [
      'Vertraulich – nicht zur Weitergabe bestimmt\n\nHallo Andreas,\nanbei die Eckpunkte.',
      'Subject: [Confidential] Project Aurora next steps\nFrom: Imogen Smith',
      'Make this sound less alarming:\n\nSubject: [Internal] Project Birch next steps',
      'INTERN – Weitergabe nicht gestattet\n\nAbmahnung',
      'Intern document – niet doorsturen\n\nOnderwerp: reorganisatie',
      '[Strettamente riservato] Verbale del comitato di direzione',
      'Diffusion restreinte\n\nObjet : projet de réorganisation',
      'Strictly private and confidential\n\nMEMO\nTo: Leadership team',
      '// Strictly confidential – Brightline Media\npackage com.acme.tickets',
      'Thanks,\nNoah\n\nThis document is confidential and intended solely for the addressee.',
      'Cordialement,\nAurélie\n\nCe document est strictement confidentiel et réservé à un usage interne.',
      'Lotte Vos\n\nDit document is vertrouwelijk en uitsluitend bestemd voor intern gebruik.',
      'Saluti.\n\nIl presente documento è riservato e destinato esclusivamente all’uso interno.',
    ];
    for (const text of marked) expect(types(text), text.slice(0, 30)).toContain('confidential_marking');
    const prose = [
      '// Internal\nfunction helper() { return 1; }',
      '# Internal\nHelpers used by the build.',
      'Confidential information is anything you would not post publicly. Explain the idea.',
      'Internal: we need a plan for the offsite.',
      'Can you explain why this document is so long?',
    ];
    for (const text of prose) expect(types(text), text.slice(0, 30)).toEqual([]);
  });

  it('recognises HR records beyond review forms: exit interviews, sick notes, warnings in other languages', () => {
    for (const text of [HR_EXIT, HR_SICK, HR_ABMAHNUNG, HR_FR]) expect(types(text)).toContain('hr_record');
  });

  it('recognises contracts in German, Spanish, French, Italian and Dutch, and the same words in ordinary prose as no contract', () => {
    for (const text of [CONTRACT_DE, CONTRACT_ES, CONTRACT_FR, CONTRACT_IT_NL]) expect(types(text)).toContain('contract');
    const prose = [
      'Im Folgenden finden Sie die Tagesordnung. Die Parteien im Bundestag haben den Vertrag von Maastricht diskutiert; nachfolgend die Zusammenfassung des Abends und der Haftung der Länder, ausführlich und mit vielen Beispielen für die Klasse. Bitte ergänzen Sie die Notizen bis Freitag und schicken Sie sie an das Sekretariat der Schule.',
      'De 2020 en adelante las partes del motor se fabrican en Valencia; el presente informe resume la responsabilidad de cada equipo en el proyecto y la fecha de entrega prevista para la feria de primavera. Después repasamos los números con el equipo de ventas y preparamos la presentación para los distribuidores.',
      'Di seguito trovi le parti del documento da tradurre: il presente riassunto spiega la responsabilità del gruppo e la data di consegna del progetto scolastico, con qualche esempio pratico. Poi rileggiamo insieme il testo con la classe e prepariamo le domande per la verifica di venerdì mattina.',
    ];
    for (const text of prose) {
      // Long enough to be read as a document at all: the check is the signals, not the length gate.
      expect(text.length).toBeGreaterThan(250);
      expect(types(text)).not.toContain('contract');
    }
  });

  it('recognises reviews, warnings and sick notes in Dutch, Spanish, Italian, French and German', () => {
    for (const text of [HR_NL_ES_IT, HR_FR_LETTER, HR_DE_SICK]) expect(types(text)).toContain('hr_record');
  });

  it('reads pay letters, sick notes and warnings about a named employee as HR records, and advice that names nobody as none', () => {
    const records = [
      'Dear Priya,\n\nFollowing the annual compensation review, your salary will increase from $96,000 to $101,500 from 1 April. You will also receive a one-off bonus of $3,000, and your new pay grade is P3.\n\nAll other terms of your employment are unchanged.\n\nBest regards,\nTom Baker\nHead of People',
      'Note RH – Camille Dubois : arrêt maladie depuis le 4 mars, prolongé de deux semaines sur avis du médecin traitant. Visite de reprise à organiser avec la médecine du travail avant le retour au poste. Ne pas informer l\'équipe du motif.',
      'Nota para el expediente: Sergio Ortega está de baja por incapacidad temporal desde el 2 de febrero. Se ha recibido el parte médico; cita con la mutua dentro de quince días. No comentar el diagnóstico con el equipo hasta su vuelta.',
      'Dossiernotitie: Femke van Dijk is sinds 3 maart ziek gemeld. De bedrijfsarts adviseert een re-integratieplan; gesprek over de poortwachterstappen volgt binnen zes weken. Geen mededelingen aan het team over de oorzaak van het verzuim.',
      'Schriftelijke waarschuwing\n\nBeste Daan,\n\nOp 12 juni ben je zonder afmelding niet op je werk verschenen, voor de tweede keer deze maand. Deze waarschuwing wordt opgenomen in je personeelsdossier.\n\nMet vriendelijke groet,\nHR',
    ];
    for (const text of records) expect(types(text), text.slice(0, 40)).toContain('hr_record');
    const advice = 'How to run a fair performance review\n\nList strengths before areas for improvement, and give a concrete example for each. If a performance improvement plan is on the table, involve HR early and agree on measurable goals for the next quarter. Keep notes all year so the review period is covered, not just the last month.';
    expect(types(advice)).not.toContain('hr_record');
    // The same advice about a named employee is a record of that employee.
    expect(types(advice.replace('How to run a fair performance review', 'Performance review – Daniel Moore'))).toContain('hr_record');
  });

  it('takes salutations, titles and staff-number labels for naming someone from the shared word lists', () => {
    const advice = 'How to run a fair performance review\n\nList strengths before areas for improvement, and give a concrete example for each. If a performance improvement plan is on the table, involve HR early and agree on measurable goals for the next quarter. Keep notes all year so the review period is covered, not just the last month.';
    expect(types(advice)).not.toContain('hr_record');
    // Each opening names one person: a salutation pii-person also reads, a title, a staff number.
    for (const opening of ['Good morning Priya,', 'Sehr geehrter Herr Wagner,', 'Employee no: 48113', 'Personalnr. 4711'])
      expect(types(`${opening}\n\n${advice}`), opening).toContain('hr_record');
    // "No longer" is prose, not a staff number's label.
    expect(types(`${advice} An employee no longer in the team needs no review.`)).not.toContain('hr_record');
  });

  it('reads staff tables with German, French, Spanish, Italian and Dutch headers as employee lists', () => {
    const tables = [
      'Naam | Functie | Leidinggevende\nIris de Groot | HR-adviseur | Ruben Hendriks\nMaarten Visser | Ontwikkelaar | Ruben Hendriks\nLotte Peters | Verkoper | Julia Meijer',
      'Nome\tReparto\tRuolo\nPaola Russo\tVendite\tAgente\nLuca Costa\tPersonale\tAddetto\nSara Bruno\tAmministrazione\tContabile',
      'Nº empleado;Nombre;Puesto;Salario bruto anual\nP46809;Carmen Martín;Comercial;48.500\nE66811;Elena Navarro;Técnico;60.000\nE35912;Irene Pérez;Operario;35.500',
      'Prénom,Nom,Service,Poste,Salaire\nClaire,Morel,Achats,Acheteuse,41 000\nLuc,Garnier,Ventes,Commercial,38 500\nJulie,Leroy,RH,Chargée RH,36 000',
    ];
    for (const table of tables) expect(types(table), table.slice(0, 30)).toContain('employee_list');
  });

  it('reads staff written one per list item, with dashes between the fields, and headerless staff files as employee lists', () => {
    const lists = [
      'Calcula el salario medio por departamento:\n\n- P51222 – Paula Domínguez – Tecnología – C2 – 20/12/2014\n- 62710 – Raúl García – Ventas – B1 – 15/01/2012\n- P10620 – Hugo Ruiz – Finanzas – E9 – 26/05/2012',
      'Effectifs\n- Julien Robert – 61444 – Logistique – Magasinier – 77 500\n- Louis Nguyen – E89661 – RH – Gestionnaire paie – 44 500\n- Mathieu Bonnet – P61623 – Commercial – Commercial terrain – 65 000',
      'Spot any pay gaps:\n1. P87124 - Priya Patel - Controller - P2 - 129,000\n2. E88268 - Imogen Dubois - Operations Analyst - L5 - 83,000\n3. E17509 - Leah Singh - Engineering Manager - C1 - 129,000',
      'Which of these are due for a review?\n* Ivy Morgan — Marketing — Content Marketer — 7/14/2013\n* Jack Sharma — Finance — AP Clerk — 03/01/2008\n* Tariq Bennett — People — HR Business Partner — 19/11/2011',
      'Maria Lopez, 55120, Finance, 72 500\nJohn Smith, 55121, Sales, 64 000\nAnna Schmidt, 55122, Legal, 81 000',
      // Given names are looked up with and without their accents, as in the rest of the engine.
      'Chloé Martin, 55120, Finance, 72 500\nAndré Roux, 55121, Ventes, 64 000\nInès Moreau, 55122, Juridique, 81 000',
    ];
    for (const list of lists) expect(types(list), list.slice(0, 40)).toContain('employee_list');
    // People with a department alone are speakers; a name with an amount, a date and an invoice number is an order.
    const lookAlikes = [
      'Speakers:\n- Maria Lopez – Engineering – Acme Corp\n- John Smith – Sales – Globex\n- Anna Schmidt – Marketing – Initech',
      'Orders:\n- 2024-01-03 – Maria Lopez – €1,250.00 – INV-20931\n- 2024-01-04 – John Smith – €2,100.00 – INV-20932\n- 2024-01-05 – Anna Schmidt – €980.00 – INV-20933',
      'Changelog:\n- v1.4.0 – 2024-03-01 – Maria Lopez – faster start\n- v1.3.2 – 2024-02-11 – John Smith – fix login\n- v1.3.1 – 2024-01-20 – Anna Schmidt – docs',
      'Agenda:\n- 09:00 – Welcome – Maria Lopez\n- 09:30 – Roadmap 2025 – John Smith\n- 10:15 – Q&A – Anna Schmidt',
    ];
    for (const text of lookAlikes) expect(types(text), text.slice(0, 40)).toEqual([]);
  });

  it('reads two-column lists, semicolon files with commas in cells, and one contact per line as contact lists', () => {
    const lists = [
      'Name;Email\nZoe Hughes;zoe@kestrelsoftware.com\nThomas Schwarz;thomas@alpenblick.de\nArjun Reyes;areyes@quarrylane.co.uk',
      '       name       |   email\n Imogen Cohen     | cohen.imogen@crescenthotels.io\n David Bennett    | david.bennett@northwind.com\n Chloe Smith      | chloe@web.de',
      'Name,Email\nArjun Martinez,arjun_martinez@web.de\nConnor Ward,connor.ward@fernhill.com\nAmara Johnson,amara@redwood.co.uk',
      'Name;Email;Address\nCarlos Mitchell;carlos@yahoo.com;4526 Lakeview Drive, Raleigh, NC 27606\nSarah Brooks;sarah38@comcast.net;872 Chestnut Street, Tampa, FL 33602\nHannah Chen;hchen@yahoo.com;6808 Lakeview Drive, Portland, OR 97214',
      'Leads from the trade fair\nJonas Müller <jonas@elbufer.de> – 0171 1651691 (Elbufer Immobilien GmbH)\nUte Braun <ute@tannberg.de> – 089 3339621 (Tannberg Metall AG)\nLea Werner <lea@kranichdruck.de> – +49 30 46696447 (Kranich Druck GmbH)',
    ];
    for (const list of lists) expect(types(list), list.slice(0, 30)).toContain('customer_list');
    // A log of sign-ins carries a user's address on every line, and dates and IP addresses, not phones.
    const log = [
      '2024-06-13T03:34:04Z auth.OK user=rousseau@hotmail.fr src=5.108.168.61 ua="curl/8.4.0"',
      '2024-06-23T14:13:47Z auth.FAIL user=a.mitchell@outlook.com src=2003:e4:a944::2b56 ua="okhttp/4.12"',
      '2024-05-20T11:37:07Z auth.OK user=brandon@comcast.net src=88.231.242.2 ua="Mozilla/5.0"',
    ].join('\n');
    expect(types(log)).toEqual([]);
    // Code with a semicolon on every line is not a table of people.
    expect(types('const a = 1;\nconst b = mail("jo@x.io");\nlet c = a + b;\nreturn c;')).toEqual([]);
  });

  it('reports a staff table with salaries as an employee list, not also as an HR record', () => {
    const roster = `${EMPLOYEE_MD}\n| E-20 | Dana Katz | HR | 71,000 |\n\nSalary review for the department, HR file copy; merit increase and bonus to follow.`;
    expect(types(roster)).toContain('employee_list');
    expect(types(roster)).not.toContain('hr_record');
  });

  it('does not flag prompts that merely mention contracts, reviews or confidentiality', () => {
    const benign = [
      'I want you to act as a lawyer. Explain what a governing law clause in a contract is and why parties include it.',
      'Can you keep this confidential? I am planning a surprise party for my sister.',
      'Write a short performance review template for a junior developer with sections for goals and feedback.',
      'Explain the difference between a balance sheet and an income statement to a beginner.',
      'a,b,c\n1,2,3\n4,5,6\n7,8,9',
    ];
    for (const text of benign) expect(detect(text)).toEqual([]);
  });

  it('handles long repetitive and odd input without hanging', () => {
    const inputs = ['a,'.repeat(25_000), '|a'.repeat(25_000) + '\n', 'x = 1;\n'.repeat(8_000), '{'.repeat(50_000), '\u0000\u200b\ud800'.repeat(1000), '```\n'.repeat(5_000)];
    // No timing assertion (wall clock is never asserted); catastrophic backtracking would hang instead.
    for (const text of inputs) expect(Array.isArray(detect(text))).toBe(true);
  });
});

describe('document signal literals', () => {
  // A signal's `needs` lets scoring skip its regex when the shared pass saw none of the literals;
  // that is only sound if every match contains one of them (in the text the signal reads).
  const texts = [
    CONTRACT, HR, PNL, CUSTOMER_CSV, EMPLOYEE_MD, HR_EXIT, HR_SICK, HR_ABMAHNUNG, HR_FR, PNL_IN_THOUSANDS, VARIANCE, GUV, CONTO,
    CONTRACT_DE, CONTRACT_ES, CONTRACT_FR, CONTRACT_IT_NL, HR_NL_ES_IT, HR_FR_LETTER, HR_DE_SICK,
    ...corpusTexts('chat-prompts-dev.jsonl', 'pii-dev.jsonl'),
  ];
  const signals = DOCUMENT_PROFILES.flatMap((p) => p.signals).filter((s) => s.needs);

  it('every match of a signal contains one of its literals', () => {
    let exercised = 0;
    for (const s of signals) {
      let matched = false;
      for (const text of texts) {
        const hay = s.cased ? text : text.toLowerCase();
        for (const m of hay.matchAll(s.pattern)) {
          matched = true;
          expect(s.needs!.some((n) => m[0].toLowerCase().includes(n)), `${s.pattern} matched ${JSON.stringify(m[0])}`).toBe(true);
        }
      }
      if (matched) exercised++;
    }
    expect(exercised).toBeGreaterThan(signals.length * 0.7);
  });
});

describe('tables of product, parcel and order codes', () => {
  it('does not read EANs or tracking numbers in their own column as phones of people', () => {
    const catalogue = 'sku,ean,title,price,stock\nSCK-I3S4I1,4363360695559,Mug 350ml,87.62,474\nBAG-HLGH6J,0398299425650,Backpack 20L,36.55,366\nCAP-ZLJY12,0780091619502,Cap Navy,49.95,221';
    expect(types(catalogue)).toEqual([]);
    const parcels = 'order_id;order_date;carrier;tracking_no;total;status\nORD-502373;2023-07-06;DHL;64597151324119;152,87 EUR;returned\nORD-502374;2023-07-07;UPS;61290983746120;89,10 EUR;delivered\nORD-502375;2023-07-08;DHL;64597151329981;12,00 EUR;open';
    expect(types(parcels)).toEqual([]);
    expect(types(CUSTOMER_CSV)).toEqual(['customer_list']);
  });
});

describe('asset inventories are not contact lists', () => {
  it('reads build numbers, serials and asset tags as codes, not phones', () => {
    const inventory = [
      'hostname,asset_tag,serial,mac,os_build,firmware,location',
      'lap-tzz-011,AT-003682,IYC2545086,81:0A:F5:55:BE:87,55.0.19528.2620,4.10.2,Lab 2',
      'srv-eeu-370,AT-809600,NQT0879176,D0:1B:CD:E9:BB:2C,37.0.13928.3835,7.4.1,HQ floor 3',
      'lap-ucs-416,AT-358117,BJL3323450,63:98:B0:92:A3:FC,53.0.4110.3266,1.27.7,Lab 2',
    ].join('\n');
    expect(scanText(inventory).map((f) => f.type)).not.toContain('customer_list');
    // Without headers that say so, a version with a zero minor is still no phone.
    expect(scanText(inventory.replace('os_build', 'ob')).map((f) => f.type)).not.toContain('customer_list');
  });

  it('still reads a table of people with phones as a contact list', () => {
    const people = 'name,phone,location\nAnna Berg,+46 70 123 45 67,Lab 2\nOmar Haddad,+44 20 7946 0958,HQ floor 3\nJane Smith,(415) 555-0142,Remote';
    expect(scanText(people).map((f) => f.type)).toContain('customer_list');
  });
});

describe('tables of rates, epochs and legacy IDs are not contact lists', () => {
  it('reads neither four-decimal rates nor epoch seconds nor long bare IDs as phones', () => {
    const rates = 'PAIR        BID         ASK         CHG     EPOCH\nNOK/SEK     0.9834      0.9841      +0.12%  1762419907\nCHF/PLN     4.5527      4.5561      -0.31%  1762420113\nEUR/HUF     386.1104    386.4410    +0.05%  1762420366';
    expect(types(rates)).toEqual([]);
    const idMap = 'legacy_id,new_id,migrated_at\n48201937,5be1f0c2-7d1e-4c0a-9a55-1d2f6e3b9c01,2025-03-14T08:12:09Z\n48201940,0c9d3f51-2a7b-4e8e-bf0d-6a1e2c4d5f77,2025-03-14T08:12:10Z\n48201955,9f8e7d6c-5b4a-4321-8765-0fedcba98765,2025-03-14T08:12:12Z';
    expect(types(idMap)).toEqual([]);
  });

  it('still reads a list with surname, given-name and birth-date columns of other languages as one of people', () => {
    const rooming = 'Værelse;Efternavn;Fornavn;Fødselsdato;Pasnummer\nSGL;Lindqvist;Maja;1988-04-02;218833407\nDBL;Haugaard;Emil;1979-11-23;207715946\nTWN;Bech;Ida;1993-06-30;226401385';
    expect(types(rooming)).toEqual(['customer_list']);
  });
});
