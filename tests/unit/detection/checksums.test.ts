import { describe, expect, it } from 'vitest';
import { codiceFiscaleCheck, cpfCheck, ean13, elevenProof, frenchNirKey, ibanMod97, iso7064Mod11_10, luhn, mrzCheckDigit, passportMrzLineValid, peselCheck, spanishIdLetter, verhoeff } from '../../../utils/detection/detectors/checksums';

describe('check-digit algorithms', () => {
  it('mrzCheckDigit gives the check digits of the ICAO 9303 specimen passport, and passportMrzLineValid wants all three', () => {
    // The specimen's second line: L898902C3 6 UTO 740812 2 F 120415 9 ZE184226B<<<<< 1 0.
    expect([mrzCheckDigit('L898902C3'), mrzCheckDigit('740812'), mrzCheckDigit('120415'), mrzCheckDigit('ZE184226B<<<<<')]).toEqual([6, 2, 9, 1]);
    expect(passportMrzLineValid('L898902C36UTO7408122F1204159ZE184226B<<<<<10')).toBe(true);
    expect(passportMrzLineValid('L898902C35UTO7408122F1204159ZE184226B<<<<<10')).toBe(false);
    expect(passportMrzLineValid('L898902C36UTO7408123F1204159ZE184226B<<<<<10')).toBe(false);
    expect(passportMrzLineValid('L898902C36UTO7408122F1204159ZE184226B<<<<<1')).toBe(false);
  });

  it('ean13 accepts book and product numbers and rejects a changed digit or another length', () => {
    for (const n of ['9780306406157', '9783768181570', '4006381333931']) expect(ean13(n)).toBe(true);
    for (const n of ['9780306406158', '978030640615', '978-0306406157']) expect(ean13(n)).toBe(false);
  });

  it('luhn accepts published test card numbers and rejects a changed digit', () => {
    for (const n of ['4111111111111111', '5555555555554444', '378282246310005', '6011111111111117', '046454286']) expect(luhn(n)).toBe(true);
    expect(luhn('4111111111111112')).toBe(false);
    expect(luhn('12a4')).toBe(false);
  });

  it('ibanMod97 accepts registry examples in any case and rejects a transposition', () => {
    for (const n of ['GB82WEST12345698765432', 'DE89370400440532013000', 'FR1420041010050500013M02606', 'nl91abna0417164300']) expect(ibanMod97(n)).toBe(true);
    expect(ibanMod97('GB82WEST12345698765423')).toBe(false);
  });

  it('verhoeff validates the textbook example 2363 and catches adjacent transpositions', () => {
    expect(verhoeff('2363')).toBe(true);
    expect(verhoeff('2336')).toBe(false);
  });

  it('iso7064Mod11_10 validates a well-known German tax ID example', () => {
    expect(iso7064Mod11_10('86095742719')).toBe(true);
    expect(iso7064Mod11_10('86095742718')).toBe(false);
  });

  it('elevenProof validates a BSN built by hand', () => {
    // 9·1 + 8·1 + 7·1 + 6·2 + 5·2 + 4·2 + 3·3 + 2·3 − 3 = 66, divisible by 11.
    expect(elevenProof('111222333')).toBe(true);
    expect(elevenProof('111222334')).toBe(false);
  });

  it('spanishIdLetter checks DNI and NIE control letters', () => {
    expect(spanishIdLetter('12345678Z')).toBe(true); // 12345678 mod 23 = 14 → Z
    expect(spanishIdLetter('X1234567L')).toBe(true); // 01234567 mod 23 = 19 → L
    expect(spanishIdLetter('12345678A')).toBe(false);
  });

  it('codiceFiscaleCheck validates the standard example and rejects a changed check char', () => {
    expect(codiceFiscaleCheck('RSSMRA85T10A562S')).toBe(true);
    expect(codiceFiscaleCheck('RSSMRA85T10A562T')).toBe(false);
  });

  it('frenchNirKey agrees with a key computed independently with BigInt', () => {
    const body = '1850578006084';
    const key = String(97n - (BigInt(body) % 97n)).padStart(2, '0');
    expect(frenchNirKey(body + key)).toBe(true);
    const wrong = String((Number(key) % 97) + 1).padStart(2, '0');
    expect(frenchNirKey(body + wrong)).toBe(false);
  });

  it('cpfCheck validates both mod-11 check digits and rejects repeated digits', () => {
    for (const n of ['52998224725', '11144477735']) expect(cpfCheck(n)).toBe(true);
    expect(cpfCheck('52998224726')).toBe(false); // second check digit
    expect(cpfCheck('52998224715')).toBe(false); // first check digit
    expect(cpfCheck('11111111111')).toBe(false); // passes the arithmetic, never issued
  });

  it('peselCheck validates the weighted check digit and the birth date in the number', () => {
    expect(peselCheck('44051401359')).toBe(true); // 1944-05-14
    expect(peselCheck('02270803624')).toBe(true); // 2002-07-08: month + 20 for the 2000s
    expect(peselCheck('02270803625')).toBe(false); // changed check digit
    expect(peselCheck('44051401358')).toBe(false);
    // Month 13 is no month in any century; the check digit is right for these digits.
    expect(peselCheck('44131401350')).toBe(false);
  });
});
