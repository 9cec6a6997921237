import { describe, expect, it } from 'vitest';
import { requiredLiterals } from '../../../utils/detection/required-literals';

describe('requiredLiterals', () => {
  it('takes the longest run of certain literal text in each alternative', () => {
    expect(requiredLiterals(/\bgoverning law\b|\bgoverned by the laws? of\b/)).toEqual(['governing law', 'governed by the law']);
    expect(requiredLiterals(/\bdossier (?:du )?personnel\b/)).toEqual(['personnel']);
    expect(requiredLiterals(/\b[Pp]erformance [Ii]mprovement\b/)).toEqual(['erformance']);
    expect(requiredLiterals(/(?<![A-Za-z])WHEREAS(?![a-z])/)).toEqual(['whereas']);
    expect(requiredLiterals(/\bp\&l\b/)).toEqual(['p&l']);
  });

  it('leaves out what a match may lack: optional characters and groups, classes, repeats', () => {
    expect(requiredLiterals(/colou?r chart/)).toEqual(['r chart']);
    expect(requiredLiterals(/x{0,3}abc/)).toEqual(['abc']);
    expect(requiredLiterals(/\p{L}+abcd/u)).toEqual(['abcd']);
    expect(requiredLiterals(/ab+cd/)).toBeNull();
  });

  it('falls back to a mandatory group whose every alternative has a literal, and gives up otherwise', () => {
    expect(requiredLiterals(/\b(?:abmahnung|richiamo (?:disciplinare|scritto))\b/)).toEqual(['abmahnung', 'richiamo']);
    expect(requiredLiterals(/(?:foo|ba)r/)).toBeNull();
    expect(requiredLiterals(/^\s{0,4}\d{1,2}\.\s+\S/m)).toBeNull();
  });

  it('every match in sample text contains one of the literals it returns', () => {
    const patterns = [/\b(?:nachfolgend|im folgenden)\s*[:„"]/g, /\btritt [^\n.]{0,30}in kraft\b/g, /\b(?:the )?part(?:y|ies) hereto\b|\bthe parties\b/g, /\bemp(?:loyee)? ?#/g];
    const text = 'Im Folgenden: x. Der Vertrag tritt am ersten Mai in Kraft. The parties hereto and the party hereto agree. Employee #4, emp#5.'.toLowerCase();
    for (const pattern of patterns) {
      const literals = requiredLiterals(pattern);
      expect(literals, String(pattern)).not.toBeNull();
      const matches = [...text.matchAll(pattern)];
      expect(matches.length, String(pattern)).toBeGreaterThan(0);
      for (const m of matches) expect(literals!.some((w) => m[0].includes(w)), `${pattern} ${m[0]}`).toBe(true);
    }
  });
});
