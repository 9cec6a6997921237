/**
 * A short text that walks every detector family through its main paths (street, date of birth,
 * names after cues, a table, a contract clause, code, secret assignments). Scanning it family by
 * family before a long chunked scan spreads the one-off costs (V8 compiles each regex on first
 * use, the keyword automaton is built on first use) over several short tasks instead of one
 * long first slice. Every value in it is made up.
 */
export const WARM_SAMPLE = [
  'Dear Mr. Jonas Weller, my name is Clara Bexley and I was born on 14 March 1987 (DOB 03/14/1987).',
  'She lives at 221 Baker Street, Apt 4, Springfield, IL 62704; PO Box 77; Rue de la Paix 12, 75002 Paris; Hauptstraße 5.',
  'Call +1 415 555 0100 or mail clara.bexley@example.com; server 10.0.0.12; SSN 078-05-1120; IBAN DE89370400440532013000;',
  'card 4111 1111 1111 1111; passport number X1234567; BSN 111222333; NINO AB123456C; PAN ABCPE1234F.',
  'CONFIDENTIAL - internal use only. This Agreement is entered into by and between the parties hereinafter; governed by the laws of Delaware.',
  'Performance review: employee exceeds expectations; salary 85,000. Balance sheet: total assets $1,200,000.00; revenue 950,000.00.',
  'Name, Email, Phone',
  'Ann Lee, ann@example.com, +1 212 555 0101',
  'Bob Ray, bob@example.com, +1 212 555 0102',
  'Cy Dunn, cy@example.com, +1 212 555 0103',
  'password = "hunter2-Xq9!zL"  api_key: sk_test_0000000000000000  token=ghp_000000000000000000000000000000000000',
  'postgres://admin:s3cretPass@db.example.com:5432/app  AKIAIOSFODNN7EXAMPLE  -----BEGIN RSA PRIVATE KEY-----',
  '```ts',
  'export function total(lines: { qty: number; price: number }[]): number {',
  '  return lines.reduce((acc, l) => acc + l.qty * l.price, 0);',
  '}',
  '```',
  'def retry(fn, attempts=3):',
  '    for i in range(attempts):',
  '        return fn()',
  'SELECT name FROM customers WHERE id = 1;',
].join('\n');

/**
 * The same sample stored as a two-byte string (a character beyond Latin-1 forces that), which most
 * pastes are: curly quotes, dashes, accents beyond Latin-1, emoji. V8 compiles each regex apart for
 * one-byte and two-byte subjects, so a warm-up on WARM_SAMPLE alone left the first real paste to
 * compile them all again (about 40 ms for 10 KB in Node and in Chromium, against 4-6 ms warm).
 */
export const WARM_SAMPLE_TWO_BYTE = `${WARM_SAMPLE}\n“Quoted” – ’`;
