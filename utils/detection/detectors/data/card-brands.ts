/** Payment-card brands by IIN prefix and allowed lengths; first match wins, so order matters. */
export interface CardBrand {
  name: string;
  prefix: RegExp;
  lengths: readonly number[];
}

export const CARD_BRANDS: readonly CardBrand[] = [
  { name: 'amex', prefix: /^3[47]/, lengths: [15] },
  { name: 'diners', prefix: /^3(?:0[0-5]|[689])/, lengths: [14, 16, 19] },
  { name: 'jcb', prefix: /^35(?:2[89]|[3-8])/, lengths: [16, 17, 18, 19] },
  { name: 'visa', prefix: /^4/, lengths: [13, 16, 19] },
  { name: 'mastercard', prefix: /^(?:5[1-5]|2(?:2[2-9]|[3-6]\d|7[01]|720))/, lengths: [16] },
  { name: 'discover', prefix: /^(?:6011|65|64[4-9]|622)/, lengths: [16, 19] },
  { name: 'unionpay', prefix: /^62/, lengths: [16, 17, 18, 19] },
  { name: 'maestro', prefix: /^(?:5018|5020|5038|5893|6304|6759|676[1-3])/, lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
  { name: 'mir', prefix: /^220[0-4]/, lengths: [16, 17, 18, 19] },
];
