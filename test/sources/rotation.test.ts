import { describe, expect, it } from 'vitest';
import { sortByRotation } from '../../src/sources/rotation.js';

describe('rotation order', () => {
  it('reads numbered rotations oldest first, the live file last', () => {
    expect(
      sortByRotation([
        '/var/log/mail.log',
        '/var/log/mail.log.1',
        '/var/log/mail.log.10.gz',
        '/var/log/mail.log.2.gz',
        '/var/log/mail.log.3.gz',
      ]),
    ).toEqual([
      '/var/log/mail.log.10.gz',
      '/var/log/mail.log.3.gz',
      '/var/log/mail.log.2.gz',
      '/var/log/mail.log.1',
      '/var/log/mail.log',
    ]);
  });

  it('orders date-stamped files by date, before the live file', () => {
    expect(
      sortByRotation([
        'maillog',
        'maillog-20240105',
        'maillog-20240104.gz',
        'mainlog-20240105',
        'mainlog.1',
        'mainlog',
      ]),
    ).toEqual(['maillog-20240104.gz', 'maillog-20240105', 'maillog', 'mainlog.1', 'mainlog-20240105', 'mainlog']);
  });
});
