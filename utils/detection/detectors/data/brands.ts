/**
 * Companies and brands named after people, lower case, written from general knowledge: "Q3
 * revenue for Ralph Lauren", "a ticket for Merrill Lynch" name a business, not someone whose
 * data is being pasted. Only names a reader would take for the brand first belong here, so names people also go by
 * (Paul Smith, John Lewis, Edward Jones) are left out.
 */
const BRAND_NAMES = `
louis vuitton|ralph lauren|calvin klein|tommy hilfiger|giorgio armani|christian dior|yves saint laurent|
estée lauder|estee lauder|stella mccartney|alexander mcqueen|
tommy bahama|eddie bauer|levi strauss|levi's|jack wolfskin|karl lagerfeld|marc o'polo|dr. martens|dr martens|carl zeiss|ted baker|dolce & gabbana|victoria's secret|
merrill lynch|goldman sachs|lehman brothers|wells fargo|charles schwab|morgan stanley|dow jones|philip morris|
hugo boss|michael kors|jimmy choo|marc jacobs|kate spade|tory burch|vera wang|oscar de la renta|christian louboutin|salvatore ferragamo|
ernst & young|johnson & johnson|procter & gamble|marks & spencer|ben & jerry's|barnes & noble|black & decker|
dr. oetker|dr oetker|martha stewart living|jack daniel's|johnnie walker|jim beam|harley-davidson|hewlett-packard|
rolls-royce|aston martin|mercedes-benz|walt disney|warner bros|john deere|rand mcnally|
trader joe's|mcdonald's|wendy's|arby's|macy's|kellogg's|hershey's|campbell's|dick's sporting goods|carl's jr|
papa john's|tim hortons|dunkin donuts|ben & jerry|baskin robbins|sherwin-williams|booz allen hamilton|
deloitte & touche|pricewaterhousecoopers|arthur andersen|thomson reuters|
bloomberg lp|simon & schuster|smith & wesson|crate & barrel|abercrombie & fitch|bath & body works|
at&t|h&m|m&m's|p&g`;

export const BRANDS: readonly string[] = BRAND_NAMES.split('|').map((b) => b.trim()).filter(Boolean);
