import { describe, expect, it } from 'vitest';
import { enhancedCodeLengthAt, parseReplyText } from '../../src/parse/reply.js';

describe('parseReplyText', () => {
  it.each([
    [
      '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown',
      550,
      '5.1.1',
      '<bob@example.org>: Recipient address rejected: User unknown',
    ],
    [
      '421 4.7.0 in.smtp.cz Error: too many connections from 81.95.98.2',
      421,
      '4.7.0',
      'in.smtp.cz Error: too many connections from 81.95.98.2',
    ],
    // Postfix joins a multi-line reply with spaces.
    [
      '550-5.7.26 This mail is unauthenticated 550-5.7.26 which poses a risk 550 5.7.26 - gsmtp',
      550,
      '5.7.26',
      'This mail is unauthenticated which poses a risk - gsmtp',
    ],
    [
      '450-4.3.2 Service currently unavailable 450 4.3.2 For assistance, contact your administrator',
      450,
      '4.3.2',
      'Service currently unavailable For assistance, contact your administrator',
    ],
    // Exim writes the line breaks as a literal backslash-n.
    ['550-This is a long message\\n550 and it ends here', 550, null, 'This is a long message and it ends here'],
    ['250 2.0.0 Ok: queued as 153053D', 250, '2.0.0', 'Ok: queued as 153053D'],
    ['554 Relay access denied', 554, null, 'Relay access denied'],
    ['5.7.1 Command rejected', null, '5.7.1', 'Command rejected'],
    ['553 sorry, no mailbox here by that name. (#5.1.1)', 553, null, 'sorry, no mailbox here by that name. (#5.1.1)'],
    ['550 #5.1.1 User unknown', 550, '5.1.1', 'User unknown'],
    // Yahoo's four-part ids are not enhanced codes.
    [
      '421 4.16.55.1 [TSS04] Messages temporarily deferred',
      421,
      null,
      '4.16.55.1 [TSS04] Messages temporarily deferred',
    ],
    // A single-line reply keeps a later mention of its own code.
    ['550 5.1.1 User unknown, 550 is final', 550, '5.1.1', 'User unknown, 550 is final'],
    ['Connection refused', null, null, 'Connection refused'],
    ['221', 221, null, ''],
  ])('%s', (raw, code, enhanced, text) => {
    expect(parseReplyText(raw)).toEqual({ code, enhanced, text });
  });

  it('never takes digits of an IP address or delay for an enhanced code', () => {
    expect(enhancedCodeLengthAt('1.2.3.4', 0)).toBe(0);
    expect(enhancedCodeLengthAt('x 4.16.55.1', 2)).toBe(0);
    expect(enhancedCodeLengthAt('5.7.1234', 0)).toBe(0);
    expect(enhancedCodeLengthAt('5.7.26;', 0)).toBe(6);
  });
});
