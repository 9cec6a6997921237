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

/**
 * Card numbers that payment providers publish for testing (Stripe, Braintree, Adyen, PayPal
 * sandboxes): no one's card, so a paste holding one is a test log or a sample, reported low.
 */
export const PUBLISHED_TEST_CARDS: ReadonlySet<string> = new Set([
  '4242424242424242', '4000056655665556', '4111111111111111', '4012888888881881', '4222222222222', '4000000000000002',
  '4000000000009995', '4000000000000077', '5555555555554444', '5200828282828210', '5105105105105100', '2223003122003222',
  '378282246310005', '371449635398431', '378734493671000', '6011111111111117', '6011000990139424', '3056930009020004',
  '36227206271667', '3566002020360505', '6200000000000005',
]);
