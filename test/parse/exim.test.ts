/**
 * Real Exim log entries (fixtures/corpus) → events.
 */
import { describe, expect, it } from 'vitest';
import { eximIdLength, parseEximMessage } from '../../src/parse/exim.js';
import type { MailEvent } from '../../src/types.js';

function parse(body: string): MailEvent {
  const event = parseEximMessage(body);
  if (event === null) throw new Error(`not recognised: ${body}`);
  return event;
}

describe('Exim message ids', () => {
  it.each([
    ['1jmFYj-00039V-QX', 16],
    ['10HmaX-000000005vi-0000', 23],
    ['1tQxYz-000000001Ab-3Kq9', 23],
    ['1jmFYj-00039V-Q', 0],
    ['H=host', 0],
  ])('%s', (id, length) => expect(eximIdLength(`${id} <= x`)).toBe(length));
});

describe('Exim main log', () => {
  it('arrival with host, protocol, size and message id', () => {
    expect(
      parse(
        '1Ov4tU-0000Nz-Rm <= mailling.list@domain.com H=mailhost.domain.com [208.42.54.2]:51792 I=[67.215.162.175]:25 P=esmtps X=TLSv1:AES256-SHA:256 CV=no S=21778 id=384a86a39e83be0d9b3a94d1feb3119f@domain.com T="Daily List: Chameleon" for user@example.com',
      ),
    ).toMatchObject({
      kind: 'received',
      qid: '1Ov4tU-0000Nz-Rm',
      via: 'smtp',
      from: 'mailling.list@domain.com',
      client: { name: 'mailhost.domain.com', ip: '208.42.54.2' },
      size: 21778,
      messageId: '384a86a39e83be0d9b3a94d1feb3119f@domain.com',
    });
    expect(parse('1jmFYk-00039d-Ib <= <> R=1jmFYj-00039V-QX U=Debian-exim P=local S=8472')).toMatchObject({
      from: '',
      via: 'bounce',
      parent: '1jmFYj-00039V-QX',
    });
  });

  it('deliveries, deferrals and failures', () => {
    expect(
      parse('10HmaX-000000005vi-0000 => CALLER <CALLER@the.local.host.name> R=localuser T=local_delivery'),
    ).toMatchObject({
      kind: 'delivery',
      status: 'sent',
      recipient: 'CALLER',
      origRecipient: 'CALLER@the.local.host.name',
      eximFlag: '=>',
    });
    expect(
      parse('1jmFYj-00039V-QX == bob@null.corp R=dnslookup T=remote_smtp defer (110): Connection timed out'),
    ).toMatchObject({
      kind: 'delivery',
      status: 'deferred',
      recipient: 'bob@null.corp',
      errno: 110,
      detail: 'Connection timed out',
      reply: null,
    });
    expect(
      parse(
        '17SXDU-000189-00 ** ace400@pb.example R=dnslookup T=remote_smtp: SMTP error from remote mailer after pipelined RCPT TO:<ace400@pb.example>: host pbmail3.py.example [192.168.63.111]: 553 5.3.0 <ace400@pb.example>...Addressee unknown',
      ),
    ).toMatchObject({
      status: 'bounced',
      eximFlag: '**',
      reply: { code: 553, enhanced: '5.3.0', stage: 'RCPT', host: 'pbmail3.py.example', speaker: 'remote' },
    });
    expect(
      parse(
        '1rhD3X-0003Qa-4K ** frank@example.net R=dnslookup T=remote_smtp H=mx1.example.net [198.51.100.3]: SMTP error from remote mail server after initial connection: 521 5.3.2 mx1.example.net does not accept mail',
      ),
    ).toMatchObject({
      status: 'bounced',
      relayPeer: { name: 'mx1.example.net', ip: '198.51.100.3' },
      reply: { code: 521, enhanced: '5.3.2', stage: 'CONNECT', host: 'mx1.example.net' },
    });
    expect(parse('10HmaX-000000005vi-0000 ** userx@test.ex: Unrouteable address')).toMatchObject({
      status: 'bounced',
      recipient: 'userx@test.ex',
      detail: 'Unrouteable address',
    });
    expect(
      parse(
        '1abcDE-000123-AB => bob@example.net R=dnslookup T=remote_smtp H=mx.example.net [198.51.100.20] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes C="250 2.0.0 OK id=1abc" QT=2s DT=1s',
      ),
    ).toMatchObject({
      status: 'sent',
      delay: 2,
      reply: { code: 250, enhanced: '2.0.0', text: 'OK id=1abc', stage: 'END-OF-MESSAGE' },
    });
    expect(parse('1jmFYj-00039V-QX Completed')).toMatchObject({ kind: 'removed' });
  });

  it('rejections with and without a message id', () => {
    expect(
      parse(
        'H=(test.corp) [1.1.1.1] F=<noreply@test.corp> rejected RCPT <error!@dummy.corp>: restricted characters in address',
      ),
    ).toMatchObject({
      kind: 'reject',
      qid: null,
      stage: 'RCPT',
      action: 'reject',
      client: { name: null, ip: '1.1.1.1' },
      helo: 'test.corp',
      from: 'noreply@test.corp',
      to: 'error!@dummy.corp',
      detail: 'restricted characters in address',
    });
    expect(
      parse(
        'H=(test) [V4NET.0.0.5] U=root F=<okok@otherhost51> temporarily rejected RCPT <z@test.ex>: Could not complete sender verify callout',
      ),
    ).toMatchObject({ action: 'temporary', to: 'z@test.ex' });
    expect(
      parse(
        '1UlasQ-0003fr-45 F=mcorporation4@aol.com H=(mail38.fssprus.ru) [46.254.240.82]:43671 I=[1.2.3.4]:25 P=esmtp rejected by local_scan(): Rejected',
      ),
    ).toMatchObject({ kind: 'reject', qid: '1UlasQ-0003fr-45', by: 'local_scan' });
    expect(parse('rejected HELO from CALLER: syntactically invalid argument(s): !@#$%^&*(')).toMatchObject({
      kind: 'reject',
      stage: 'HELO',
    });
    expect(
      parse(
        'H=test.sa.com [1.2.3.4]:18146 temporarily rejected connection in "connect" ACL: "Host is ratelimited (1.9/1h max:1.2)"',
      ),
    ).toMatchObject({ stage: 'CONNECT', action: 'temporary', detail: 'Host is ratelimited (1.9/1h max:1.2)' });
    expect(
      parse('SMTP protocol synchronization error (next input sent too soon: pipelining was not advertised): rejected'),
    ).toMatchObject({ kind: 'reject' });
  });

  it('authentication failures and sessions', () => {
    expect(
      parse(
        'dovecot_login authenticator failed for ppp-1-2-3-4.test.test.co.th ([1.2.3.5]) [1.2.3.4]:51451: 535 Incorrect authentication data (set_id=info1@test.com)',
      ),
    ).toMatchObject({
      kind: 'auth-failure',
      mechanism: 'dovecot_login',
      client: { name: 'ppp-1-2-3-4.test.test.co.th', ip: '1.2.3.4' },
      user: 'info1@test.com',
      reply: { code: 535, text: 'Incorrect authentication data' },
    });
    expect(parse('SMTP connection from (User) [192.0.2.29]:4816 lost')).toMatchObject({
      kind: 'session',
      action: 'lost-connection',
    });
    expect(
      parse(
        'SMTP call from mail.example.com (ccsd02) [69.24.118.229]:4511 dropped: too many nonmail commands (last was "RSET")',
      ),
    ).toMatchObject({ kind: 'session', action: 'too-many-errors', client: { ip: '69.24.118.229' } });
    expect(parse('Start queue run: pid=12762')).toMatchObject({ kind: 'info' });
  });
});
