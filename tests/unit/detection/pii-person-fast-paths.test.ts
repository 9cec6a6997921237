/**
 * The person/address/date-of-birth family tries its regexes only at candidate offsets and
 * reads the common all-ASCII word shape without the regex. These cases go through each shortcut
 * and through the slow path it stands in for. The findings are the ones the plain full-text
 * regexes gave before the shortcuts existed.
 */
import { describe, expect, it } from 'vitest';
import { piiPersonDetector } from '../../../utils/detection/detectors/pii-person';

const found = (text: string): string[] =>
  piiPersonDetector.detect({ text, lower: text.toLowerCase() }).map((f) => `${f.type}:${text.slice(f.start, f.end)}`);

describe('non-ASCII anchor words (found outside the shared keyword pass)', () => {
  it('finds glued street endings, Greek prefixes and birth words written with non-ASCII letters', () => {
    expect(found('Send it to Hauptstraße 12 please.')).toEqual(['street_address:Hauptstraße 12']);
    expect(found('Ship to ΟΔΌΣ Ερμού 25, Athens')).toEqual(['street_address:ΟΔΌΣ Ερμού 25']);
    expect(found('Quick note: she was né le 12/03/1980 à Lyon.')).toEqual(['date_of_birth:12/03/1980']);
  });
});

describe('lower-case name cues (tried only where a cue word is followed by a space or a dot)', () => {
  it('finds names after honorifics, including "mrs", and after phrases', () => {
    expect(found('please forward this to mrs jones today')).toEqual(['person_name:mrs jones']);
    expect(found('hello, my name is sarah and I need help')).toEqual(['person_name:sarah']);
  });
});

describe('street prefixes after a house number', () => {
  it('finds "12 rue de la Paix" and skips a six-digit number before a prefix', () => {
    expect(found('Our office: 12 rue de la Paix, 75002 Paris')).toEqual(['street_address:12 rue de la Paix, 75002 Paris']);
    expect(found('Order 123456 rue')).toEqual([]);
  });
});

describe('PO boxes and postal-code cues', () => {
  it('finds them at their keyword hits', () => {
    expect(found('P.O. Box 4412, Springfield, IL 62704')).toEqual(['street_address:P.O. Box 4412, Springfield, IL 62704']);
    expect(found('zip code 90210')).toEqual(['street_address:zip code 90210']);
  });

  it('falls back to the full-text regex when a long s makes case-insensitive matching wider than lower-casing', () => {
    // "ſ" matches "s" under /iu but lower-cases to itself, so no keyword hit sits where this match starts.
    expect(found('Mail: Poſtfach 1234 (the box by the door)')).toEqual(['street_address:Poſtfach 1234']);
    expect(found('Mail: Postfach 1234 (the box by the door)')).toEqual(['street_address:Postfach 1234']);
  });
});

describe('capitalised words', () => {
  it('reads plain ASCII words directly and leaves apostrophes, hyphens and digits to the regex', () => {
    expect(found("I met O'Brien and Jean-Luc yesterday; Smith2 was there")).toEqual(['person_name:Jean-Luc', "person_name:O'Brien"]);
    expect(found('Yesterday Brannagh shouted at Kovalev.')).toEqual(['person_name:Brannagh', 'person_name:Kovalev']);
  });
});

describe('long words in addresses', () => {
  it('keeps compound street and place names longer than 25 letters', () => {
    expect(found('Our office: Rue Notre-Dame-de-Bonne-Nouvelle 5, Paris')).toEqual(['street_address:Rue Notre-Dame-de-Bonne-Nouvelle 5']);
    const tail = found('John Carter, 1600 Pennsylvania Avenue, Saint-Remy-en-Bouzemont-Saint-Genest 51290');
    expect(tail).toContain('street_address:1600 Pennsylvania Avenue, Saint-Remy-en-Bouzemont-Saint-Genest 51290');
  });
});
