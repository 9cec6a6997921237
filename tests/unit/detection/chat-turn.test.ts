import { describe, expect, it } from 'vitest';
import { questionBefore } from '../../../utils/detection/detectors/chat-turn';
import { typesAt } from '../../fixtures/pii/findings';

/** questionBefore for the first occurrence of `value` in `text`. */
function questionOf(text: string, value: string): string {
  const start = text.indexOf(value);
  return questionBefore(text, text.toLowerCase(), start, start + value.length);
}

describe('the question a chat answer replies to', () => {
  it('is the turn before a value that is the whole message', () => {
    const log = '[19:03:25] Operatore (Francesca): Un numero per il corriere?\n[19:03:36] Visitatore: 3944979117\n[19:04:56] Operatore: Grazie.';
    expect(questionOf(log, '3944979117')).toBe('[19:03:25] operatore (francesca): un numero per il corriere?');
    expect(questionOf('Bot: Geburtsdatum bitte.\r\nKunde: 7. März 1986', '7. März 1986')).toBe('bot: geburtsdatum bitte.\r');
  });

  it('is nothing when the value shares its turn, or the line before is a form row', () => {
    expect(questionOf('Agent: Which number?\nVisitor: it is 0157 21538426', '0157')).toBe('');
    expect(questionOf('Agent: Which number?\nVisitor: 0157 21538426 thanks', '0157')).toBe('');
    expect(questionOf('Telefon: 030 1234567\nBestellung: 0157 21538426', '0157')).toBe('');
    expect(questionOf('Which number should I use?\n0157 21538426', '0157')).toBe('');
  });
});

describe('answers in support chats', () => {
  it('takes a number or a date given as the answer to a question asking for it', () => {
    const de = '[13:10:40] Mitarbeiter (Lea): Unter welcher Nummer erreicht Sie der Paketdienst?\n[13:11:22] Besucher: 0157 21538426';
    expect(typesAt(de, '0157 21538426')).toEqual(['phone']);
    const pt = '[18:26:40] Agente: E a sua data de nascimento?\n[18:27:09] Visitante: 19/11/1974';
    expect(typesAt(pt, '19/11/1974')).toEqual(['date_of_birth']);
  });

  it('leaves answers to other questions alone', () => {
    const order = '[13:10:40] Agent: What is your order number?\n[13:11:22] Visitor: 0157 2153 8426';
    expect(typesAt(order, '0157 2153 8426')).toEqual([]);
    // A label on the number's own line is closer than the line above, whatever that line says.
    const ticket = 'Issue: payment with card 4747684525880838 failed twice.\nCallback number: 5174255988';
    expect(typesAt(ticket, '5174255988')).toEqual(['phone']);
    const delivery = '[18:26:40] Agente: Quando foi a entrega?\n[18:27:09] Visitante: 19/11/2024';
    expect(typesAt(delivery, '19/11/2024')).toEqual([]);
  });
});

describe('document numbers in chats and bookings', () => {
  it('takes a passport number sent as the answer to a timed chat message asking for it', () => {
    const whatsapp = '03/06/2024, 20:51 - Aoife: booking the flights now, send me your passport number pls\n03/06/2024, 20:53 - Orla: LF5568321\n03/06/2024, 20:57 - Orla: expires 3/6/2031';
    expect(typesAt(whatsapp, 'LF5568321')).toEqual(['passport_number']);
    const bracketed = '[07/11/2023, 16:46:42] Maria: mandami il numero del passaporto\n[07/11/2023, 16:49:13] Francesco: AA0895540';
    expect(typesAt(bracketed, 'AA0895540')).toEqual(['passport_number']);
  });

  it('does not let an untimed form row label the next row', () => {
    expect(questionOf('Passport holder: Anna Berg\nBooking: AK652097', 'AK652097')).toBe('');
  });

  it('reads an airline date as a date, never as a passport number', () => {
    const pnr = 'Passenger 1: OBRIEN/CIARA MRS\n   Date of birth: 20APR92\n   Passport: PX9155928  (expires 12/07/2031)';
    expect(typesAt(pnr, '20APR92')).not.toContain('passport_number');
    expect(typesAt(pnr, 'PX9155928')).toEqual(['passport_number']);
  });
});

describe('answers with an aside, and the times that stamp the turns', () => {
  const chat = '[14/01/2025, 14:23:41] Emma: and DOB? they want it for the API thing\n[14/01/2025, 14:23:37] Connor Fraser: 1964-06-09 🙄 you know this\n[25/01/2024, 09:22:39] Mikkel: send me your passport number\n[25/01/2024, 09:22:33] Mads: 44757734 (udløber 2032)';

  it('takes an answer followed by an emoji or a bracket as the whole message', () => {
    expect(typesAt(chat, '1964-06-09')).toEqual(['date_of_birth']);
    expect(typesAt(chat, '44757734')).toEqual(['passport_number']);
  });

  it('still needs the answer to stand alone when words go on after it', () => {
    expect(questionOf('[10:01] Agent: Your number?\n[10:02] Visitor: 0157 2153 8426 is the office', '0157')).toBe('');
  });

  it('never reads the date stamping a turn as the date of birth asked for', () => {
    expect(typesAt(chat, '14/01/2025')).toEqual([]);
    expect(typesAt('DOB requested on 03/06/2024, 20:53 by the agent', '03/06/2024')).toEqual([]);
  });
});
