/**
 * Real Postfix messages (from fixtures/corpus and fixtures/sample) → events.
 */
import { describe, expect, it } from 'vitest';
import { parsePostfixMessage } from '../../src/parse/postfix.js';
import type { MailEvent } from '../../src/types.js';

function parse(service: string, body: string): MailEvent {
  const event = parsePostfixMessage(service, body);
  if (event === null) throw new Error(`not recognised: ${body}`);
  return event;
}

describe('Postfix delivery lines', () => {
  it('status=sent with the remote reply', () => {
    const e = parse(
      'smtp',
      '7EE668039: to=<admin@example.com>, relay=127.0.0.1[127.0.0.1]:2525, delay=3.6, delays=0.2/0.02/0.04/3.3, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 153053D)',
    );
    expect(e).toMatchObject({
      kind: 'delivery',
      qid: '7EE668039',
      status: 'sent',
      recipient: 'admin@example.com',
      relay: '127.0.0.1[127.0.0.1]:2525',
      relayPeer: { name: '127.0.0.1', ip: '127.0.0.1' },
      delay: 3.6,
      delays: [0.2, 0.02, 0.04, 3.3],
      dsn: '2.0.0',
      reply: { code: 250, enhanced: '2.0.0', text: 'Ok: queued as 153053D', speaker: 'remote' },
      forwarded: false,
    });
  });

  it('status=bounced with "said:" and the stage of the reply', () => {
    const e = parse(
      'smtp',
      '4E74613FE76: to=<redacted@gmail.com>, relay=gmail-smtp-in.l.google.com[2607:f8b0:400e:c04::1b]:25, delay=1.9, delays=0.05/0/1.1/0.71, dsn=5.7.1, status=bounced (host gmail-smtp-in.l.google.com[2607:f8b0:400e:c04::1b] said: 550-5.7.1 [2a01:4f8::1] Our system has detected 550-5.7.1 that this message is likely suspicious. 550 5.7.1 https://support.google.com/mail/answer/188131 - gsmtp (in reply to end of DATA command))',
    );
    expect(e).toMatchObject({
      kind: 'delivery',
      status: 'bounced',
      reply: {
        code: 550,
        enhanced: '5.7.1',
        stage: 'END-OF-MESSAGE',
        host: 'gmail-smtp-in.l.google.com',
        text: '[2a01:4f8::1] Our system has detected that this message is likely suspicious. https://support.google.com/mail/answer/188131 - gsmtp',
      },
    });
  });

  it('orig_to, local delivery, forwarding, relay=none and undeliverable probes', () => {
    expect(
      parse(
        'local',
        '2A22C263F6: to=user@hostname.example.com, orig_to=root@localhost, relay=local, delay=0.07, delays=0.04/0/0/0.03, dsn=2.0.0, status=sent (delivered to command: procmail -a "$EXTENSION")',
      ),
    ).toMatchObject({
      recipient: 'user@hostname.example.com',
      origRecipient: 'root@localhost',
      relay: 'local',
      reply: null,
    });
    expect(
      parse(
        'local',
        'D1E2F3A4B5: to=<a@example.org>, relay=local, delay=0.1, delays=0/0/0/0.1, dsn=2.0.0, status=sent (forwarded as 9A8B7C6D5E)',
      ),
    ).toMatchObject({ status: 'sent', forwarded: true });
    expect(
      parse(
        'error',
        '2DC5552A34: to=<user@yahoo.com>, relay=none, delay=63495, delays=63350/144/0/0, dsn=4.4.2, status=deferred (delivery temporarily suspended: lost connection with mta7.am0.yahoodns.net[98.136.216.22] while receiving the initial server greeting)',
      ),
    ).toMatchObject({ status: 'deferred', relayPeer: null, dsn: '4.4.2', reply: null });
    expect(
      parse(
        'verify',
        '3E29030F8637E: to=<user@yahoo.com>, relay=none, delay=0.01, delays=0.01/0/0/0, dsn=5.1.1, status=undeliverable-but-not-cached (User unknown in virtual alias table)',
      ),
    ).toMatchObject({ status: 'undeliverable' });
  });

  it('a 5xx greeting refused by the remote is deferred, with stage CONNECT', () => {
    const e = parse(
      'smtp',
      '3F2A12A1D0: to=<frank@example.net>, relay=mx2.example.net[198.51.100.4]:25, delay=1.9, delays=0.02/0.01/1.9/0, dsn=4.3.2, status=deferred (host mx2.example.net[198.51.100.4] refused to talk to me: 521 5.3.2 mx2.example.net does not accept mail)',
    );
    expect(e).toMatchObject({
      status: 'deferred',
      reply: { code: 521, enhanced: '5.3.2', stage: 'CONNECT', host: 'mx2.example.net' },
    });
  });

  it('tls= field of Postfix 3.9+ does not disturb the other fields', () => {
    expect(
      parse(
        'smtp',
        '7EE668039: to=<user@example.com>, relay=mail.example.com[1.2.3.4]:25, delay=3.6, delays=0.08/0.02/0.85/0.14, tls=dane/requiretls, dsn=2.1.5, status=sent (250 2.0.0 Ok: queued as 153053D)',
      ),
    ).toMatchObject({ dsn: '2.1.5', status: 'sent', delays: [0.08, 0.02, 0.85, 0.14] });
  });
});

describe('Postfix server-side lines', () => {
  it('NOQUEUE reject with reply, stage and envelope; the reply may contain "; "', () => {
    const e = parse(
      'smtpd',
      'NOQUEUE: reject: RCPT from news.zihan-promo.com[192.36.205.58]: 554 5.7.1 Service unavailable; Helo command [news.zihan-promo.com] blocked using dbl.spamhaus.org; http://www.spamhaus.org/query/dbl?domain=zihan-promo.com; from=<a@zihan-promo.com> to=<b@example.com> proto=ESMTP helo=<news.zihan-promo.com>',
    );
    expect(e).toMatchObject({
      kind: 'reject',
      qid: null,
      action: 'reject',
      by: 'smtpd',
      stage: 'RCPT',
      client: { name: 'news.zihan-promo.com', ip: '192.36.205.58' },
      from: 'a@zihan-promo.com',
      to: 'b@example.com',
      helo: 'news.zihan-promo.com',
      reply: { code: 554, enhanced: '5.7.1', speaker: 'local' },
    });
    expect((e as { detail: string }).detail).toBe(
      'Service unavailable; Helo command [news.zihan-promo.com] blocked using dbl.spamhaus.org; http://www.spamhaus.org/query/dbl?domain=zihan-promo.com',
    );
  });

  it('postscreen rejects use commas between envelope fields', () => {
    expect(
      parse(
        'postscreen',
        'NOQUEUE: reject: RCPT from [27.157.200.233]:4984: 550 5.7.1 Service unavailable; client [27.157.200.233] blocked using zen.spamhaus.org; from=<hcdvbnm@qhhn.com>, to=<x@example.com>, proto=ESMTP, helo=<foo>',
      ),
    ).toMatchObject({
      by: 'postscreen',
      client: { ip: '27.157.200.233' },
      from: 'hcdvbnm@qhhn.com',
      to: 'x@example.com',
      helo: 'foo',
    });
  });

  it('reject_warning, milter-reject, cleanup header reject and hold', () => {
    expect(
      parse(
        'smtpd',
        'NOQUEUE: reject_warning: RCPT from example.com[93.184.216.34]: 553 5.7.1 <sender@example.com>: Sender address rejected: not owned by user ph123; from=<sender@example.com> to=<recipient@example.com> proto=ESMTP helo=<x>',
      ),
    ).toMatchObject({ action: 'reject_warning' });
    expect(
      parse(
        'cleanup',
        '4104E3D: milter-reject: END-OF-MESSAGE from 061238241086.static.ctinets.com[61.238.241.86]: 5.7.1 Blocked by SpamAssassin; from=<wumt5@cchfdc.com> to=<voorzitter@example.com> proto=ESMTP helo=<ecsolve>',
      ),
    ).toMatchObject({
      action: 'reject',
      by: 'cleanup',
      milter: true,
      stage: 'END-OF-MESSAGE',
      reply: { code: null, enhanced: '5.7.1', text: 'Blocked by SpamAssassin' },
    });
    expect(
      parse(
        'cleanup',
        'B6E1B3FC0A: reject: header Subject: Buy now from mail.example.net[192.0.2.7]; from=<a@example.net> to=<b@example.org> proto=ESMTP helo=<mail.example.net>: 5.7.1 message content rejected',
      ),
    ).toMatchObject({
      action: 'reject',
      by: 'cleanup',
      stage: 'DATA',
      client: { name: 'mail.example.net', ip: '192.0.2.7' },
      reply: { enhanced: '5.7.1', text: 'message content rejected' },
    });
    expect(
      parse(
        'cleanup',
        'D8B07E3DB6: warning: header Subject: hello from o1.example.net[167.89.17.173]; from=<a@b.c> to=<d@e.f> proto=ESMTP helo=<o1>',
      ),
    ).toMatchObject({ action: 'reject_warning' });
    expect(
      parse(
        'cleanup',
        'C1D2E3F4A5: hold: header Received: from x by y from unknown[203.0.113.5]; from=<a@b.c> to=<d@e.f> proto=SMTP helo=<z>',
      ),
    ).toMatchObject({ action: 'hold' });
  });

  it('client=, pickup, qmgr, cleanup and bounce bookkeeping', () => {
    expect(parse('smtpd', '3bZLDu1V55z37Dv: client=gds39k.active24.cz[81.95.110.19]')).toMatchObject({
      kind: 'received',
      qid: '3bZLDu1V55z37Dv',
      via: 'smtp',
      client: { ip: '81.95.110.19' },
    });
    expect(
      parse('smtpd', 'AB12CD34EF: client=unknown[203.0.113.5], sasl_method=LOGIN, sasl_username=alice'),
    ).toMatchObject({ saslUser: 'alice' });
    expect(parse('pickup', 'D2FAE20586: uid=0 from=<fail2ban>')).toMatchObject({
      kind: 'received',
      via: 'pickup',
      from: 'fail2ban',
    });
    expect(
      parse('qmgr', '0F5383D: from=<owner-postfix-users@postfix.org>, size=5360, nrcpt=1 (queue active)'),
    ).toMatchObject({ kind: 'queued', from: 'owner-postfix-users@postfix.org', size: 5360, nrcpt: 1 });
    expect(parse('qmgr', '585BC3F: from=<>, status=expired, returned to sender')).toMatchObject({
      kind: 'expired',
      from: '',
      forced: false,
    });
    expect(parse('qmgr', '0F5383D: removed')).toMatchObject({ kind: 'removed', qid: '0F5383D' });
    expect(parse('cleanup', '0F5383D: message-id=<544D2523.30609@rhsoft.net>')).toMatchObject({
      kind: 'message-id',
      messageId: '544D2523.30609@rhsoft.net',
    });
    expect(parse('bounce', '17CCA8044: sender non-delivery notification: ADD2F8052')).toMatchObject({
      kind: 'notification',
      notice: 'non-delivery',
      newQid: 'ADD2F8052',
    });
    expect(parse('bounce', '264FE1A18: sender delay notification: 0A87A1A08')).toMatchObject({ notice: 'delay' });
  });

  it('sessions, SASL failures, postscreen and connection trouble', () => {
    expect(parse('smtpd', 'lost connection after DATA (7774180 bytes) from unknown[72.13.58.7]')).toMatchObject({
      kind: 'session',
      action: 'lost-connection',
      stage: 'DATA',
      client: { ip: '72.13.58.7' },
    });
    expect(parse('smtpd', 'timeout after END-OF-MESSAGE from unknown[72.13.58.7]')).toMatchObject({
      action: 'timeout',
      stage: 'END-OF-MESSAGE',
    });
    expect(
      parse(
        'smtpd',
        'warning: unknown[203.0.113.10]: SASL LOGIN authentication failed: (reason unavailable), sasl_username=postmaster@example.org',
      ),
    ).toMatchObject({
      kind: 'auth-failure',
      client: { ip: '203.0.113.10' },
      mechanism: 'LOGIN',
      user: 'postmaster@example.org',
    });
    expect(parse('postscreen', 'PREGREET 6 after 1.2 from [216.81.72.72]:43421: RSET\\r\\n')).toMatchObject({
      kind: 'postscreen',
      action: 'PREGREET',
      client: { ip: '216.81.72.72' },
    });
    expect(parse('postscreen', 'DNSBL rank 3 for [111.73.45.149]:1038')).toMatchObject({
      kind: 'postscreen',
      action: 'DNSBL',
    });
    expect(parse('smtp', 'connect to mail2.crabruzzo.it[2.115.207.21]:25: No route to host')).toMatchObject({
      kind: 'remote-reply',
      problem: 'connect-failed',
      remote: { name: 'mail2.crabruzzo.it', ip: '2.115.207.21' },
      detail: 'No route to host',
    });
    expect(
      parse(
        'smtp',
        '630A1C2C3B4XXXX: host in.smtp.cz[81.95.97.102] refused to talk to me: 421 4.7.0 in.smtp.cz Error: too many connections from 81.95.98.2',
      ),
    ).toMatchObject({
      kind: 'remote-reply',
      problem: 'refused',
      reply: { code: 421, stage: 'CONNECT', host: 'in.smtp.cz' },
    });
    expect(
      parse(
        'smtp',
        'B99FE3D: lost connection with mx3.hotmail.com[65.55.37.72] while receiving the initial server greeting',
      ),
    ).toMatchObject({ kind: 'remote-reply', problem: 'lost-connection', remote: { name: 'mx3.hotmail.com' } });
    expect(
      parse(
        'smtp',
        'D0F29603B4: SASL authentication failed; server xyz.example.com[1.2.3.4] said: 535 5.7.8 Error: authentication failed: authentication failure',
      ),
    ).toMatchObject({ kind: 'remote-reply', reply: { code: 535, enhanced: '5.7.8' } });
  });

  it('severity lines become diagnostics', () => {
    expect(parse('smtpd', 'fatal: file /etc/postfix/main.cf: parameter mynetworks: bad network')).toMatchObject({
      kind: 'diagnostic',
      severity: 'fatal',
    });
    expect(parse('master', 'warning: process /usr/libexec/postfix/cleanup pid 123 killed by signal 11')).toMatchObject({
      kind: 'diagnostic',
      severity: 'warning',
    });
    expect(parse('sendmail', 'fatal: root(0): message file too big')).toMatchObject({ severity: 'fatal' });
  });

  it('does not take words for queue ids', () => {
    expect(parsePostfixMessage('smtpd', 'statistics: max cache size 1 at Oct 26 18:13:50')).toMatchObject({
      kind: 'info',
    });
    expect(parsePostfixMessage('smtpd', 'something entirely new happened')).toBeNull();
  });
});
