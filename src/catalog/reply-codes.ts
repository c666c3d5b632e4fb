/**
 * Basic (three-digit) SMTP reply codes: every code of fact-base §1, one entry per code number,
 * sorted by code. Covers the RFC 5321 core set, RFC 7504 (521, 556), AUTH and STARTTLS
 * (RFC 4954, RFC 3207), other extensions (ETRN RFC 1985, ODMR RFC 2645, CHECKPOINT RFC 1845),
 * codes only "associated" with an enhanced code in the IANA registry (RFC 5248), codes from expired
 * drafts, and non-standard codes seen in the wild (mostly enhanced codes with the dots stripped:
 * 571 → 5.7.1). Command-dependent senses (251/252 for RCPT, VRFY and ETRN; 450/451 for ATRN; the
 * SIZE and SMTPUTF8 senses of 452/552/553) live in the texts of the one entry for that number.
 *
 * Sources: RFC 5321 §3.1, §3.4, §3.5.3, §4.2.2-§4.2.5, §4.3.2, §4.5.3.1.10; RFC 7504; RFC 4954 §4
 * and §6; RFC 3207 §4; RFC 1985; RFC 2645; RFC 1845; RFC 1870 §6.1; RFC 6531; RFC 5248 and the
 * IANA "SMTP Enhanced Status Codes" registry; RFC 3463 §3 for what a dot-stripped code stands for;
 * Postfix and Exim sources and documentation for the log shapes and parameter names.
 *
 * Samples are real replies from the shared corpus where one exists (reply part only, verbatim);
 * the others are built from the documented or MTA-source format of the reply.
 *
 * Order carries no matching meaning: lookup is by code number. `reason` is what the code implies
 * ALONE (lookup.ts uses it only when no provider rule, specific enhanced code or text rule
 * decided). Overloaded codes (421, 450-452, 471, 533, 541, 550, 552-554, 557, 571) carry `other`
 * so that lookup falls back to the honest class verdict instead of guessing.
 */
import type { BasicCodeEntry, Reference } from './types.js';

/** An RFC, optionally at one section: `RFC 5321 §4.2.3`. */
function rfc(number: number, section?: string): Reference {
  const url = `https://www.rfc-editor.org/rfc/rfc${number}`;
  return section === undefined
    ? { kind: 'rfc', title: `RFC ${number}`, url }
    : { kind: 'rfc', title: `RFC ${number} §${section}`, url: `${url}#section-${section}` };
}

/** A Postfix main.cf parameter in postconf(5). */
function postconf(parameter: string): Reference {
  return {
    kind: 'mta',
    title: `Postfix postconf(5): ${parameter}`,
    url: `https://www.postfix.org/postconf.5.html#${parameter}`,
  };
}

/** An expired Internet-Draft on the IETF datatracker. */
function draft(name: string): Reference {
  return { kind: 'draft', title: name, url: `https://datatracker.ietf.org/doc/html/${name}` };
}

const IANA_ENHANCED: Reference = {
  kind: 'iana',
  title: 'IANA SMTP Enhanced Status Codes',
  url: 'https://www.iana.org/assignments/smtp-enhanced-status-codes/smtp-enhanced-status-codes.xhtml',
};

const EXIM_LOG_FILES: Reference = {
  kind: 'mta',
  title: 'Exim specification: log files',
  url: 'https://www.exim.org/exim-html-current/doc/html/spec_html/ch-log_files.html',
};

const POSTFIX_SMTPD_CHECK: Reference = {
  kind: 'mta',
  title: 'Postfix smtpd_check.c',
  url: 'https://github.com/vdukhovni/postfix/blob/master/postfix/src/smtpd/smtpd_check.c',
};

export const REPLY_CODES: readonly BasicCodeEntry[] = [
  {
    id: 'reply.200',
    code: 200,
    class: 'success',
    status: 'non-standard',
    reason: 'delivered',
    whoMustAct: 'nobody',
    hardness: 'none',
    texts: {
      en: {
        title: 'Non-standard success (200)',
        description:
          'Non-standard: no SMTP specification defines 200; old reply-code lists only mark it as a non-standard success seen in early implementations (the 1983 survey RFC 876). A few odd servers and gateways still send it where 250 belongs, and clients read it by its first digit, as a positive completion.',
        whenYouSeeIt:
          'Rarely, as `status=sent (200 ...)` in Postfix or as an Exim `C="200 ..."` confirmation from an old or home-grown server. Postfix and Exim never send it themselves.',
        howToFix:
          'Nothing to do: the leading 2 means the next hop accepted the command. If mail to that host goes missing later, ask its administrator to make the server answer 250 as RFC 5321 requires.',
      },
      tr: {
        title: 'Standart dışı başarı (200)',
        description:
          'Standart dışıdır: hiçbir SMTP belirtimi 200 kodunu tanımlamaz; eski yanıt kodu listeleri onu yalnızca ilk uygulamalarda görülen standart dışı bir başarı olarak işaretler (1983 tarihli inceleme RFC 876). Bazı eski sunucular ve ağ geçitleri hâlâ 250 yerine bunu gönderir; istemciler ilk haneye bakarak bunu olumlu sonuç sayar.',
        whenYouSeeIt:
          'Nadiren: Postfix\'te `status=sent (200 ...)` olarak ya da Exim\'de eski veya kendi yazılmış bir sunucudan gelen `C="200 ..."` onayı olarak. Postfix ve Exim bu kodu kendileri hiç göndermez.',
        howToFix:
          'Yapılacak bir şey yok: baştaki 2, bir sonraki sunucunun komutu kabul ettiğini söyler. O sunucuya giden postalar sonradan kaybolursa yöneticisinden RFC 5321 gereği 250 ile yanıt vermesini isteyin.',
      },
    },
    references: [rfc(5321, '4.2.1'), rfc(5321, '4.3.2')],
    samples: ['200 OK'],
  },
  {
    id: 'reply.211',
    code: 211,
    class: 'success',
    status: 'standard',
    reason: 'delivered',
    whoMustAct: 'nobody',
    hardness: 'none',
    texts: {
      en: {
        title: 'System status reply',
        description:
          'A positive reply carrying system status or help, for example the answer to HELP with an argument (RFC 5321 §4.2.2). It is informational and never concerns a message.',
        whenYouSeeIt:
          'Only in SMTP session transcripts and debug output (Postfix `debug_peer_list`, `exim -d`), never in `status=` or `=>` delivery lines.',
        howToFix: 'Nothing to do; a 211 is not a delivery result.',
      },
      tr: {
        title: 'Sistem durumu yanıtı',
        description:
          'Sistem durumu veya yardım bilgisi taşıyan olumlu bir yanıttır; örneğin argümanlı HELP komutuna verilir (RFC 5321 §4.2.2). Yalnızca bilgi verir, hiçbir iletiyle ilgili değildir.',
        whenYouSeeIt:
          "Yalnızca SMTP oturum dökümlerinde ve hata ayıklama çıktısında (Postfix'te `debug_peer_list`, `exim -d`) görülür; `status=` veya `=>` teslim satırlarında asla yer almaz.",
        howToFix: 'Yapılacak bir şey yok; 211 bir teslim sonucu değildir.',
      },
    },
    references: [rfc(5321, '4.2.2'), rfc(5321, '4.3.2')],
    samples: ['211 System status ok'],
  },
  {
    id: 'reply.214',
    code: 214,
    class: 'success',
    status: 'standard',
    reason: 'delivered',
    whoMustAct: 'nobody',
    hardness: 'none',
    texts: {
      en: {
        title: 'Help message',
        description:
          'Human-readable help sent in answer to HELP (RFC 5321 §4.2.2); sendmail, for example, closes its help text with `214 2.0.0 End of HELP info`. It says nothing about any message.',
        whenYouSeeIt:
          'Only when someone types HELP in a manual session (telnet, `openssl s_client -starttls smtp`, swaks) or in debug transcripts; Postfix and Exim never log it for deliveries.',
        howToFix: 'Nothing to do; a 214 never needs action.',
      },
      tr: {
        title: 'Yardım mesajı',
        description:
          'HELP komutuna karşılık gönderilen, insanlar için yazılmış yardım metnidir (RFC 5321 §4.2.2); örneğin sendmail yardım metnini `214 2.0.0 End of HELP info` ile bitirir. Hiçbir ileti hakkında bilgi vermez.',
        whenYouSeeIt:
          'Yalnızca biri elle açılmış bir oturumda (telnet, `openssl s_client -starttls smtp`, swaks) HELP yazdığında veya hata ayıklama dökümlerinde görülür; Postfix ve Exim teslimler için bunu günlüğe yazmaz.',
        howToFix: 'Yapılacak bir şey yok; 214 hiçbir zaman müdahale gerektirmez.',
      },
    },
    references: [rfc(5321, '4.2.2'), rfc(5321, '4.3.2')],
    samples: ['214 2.0.0 End of HELP info'],
  },
  {
    id: 'reply.220',
    code: 220,
    class: 'success',
    status: 'standard',
    reason: 'delivered',
    whoMustAct: 'nobody',
    hardness: 'none',
    texts: {
      en: {
        title: 'Service ready',
        description:
          'The greeting a server sends when it accepts a connection, starting with its host name (RFC 5321 §4.2.3). The same code is the go-ahead after STARTTLS (`220 2.0.0 Ready to start TLS`, RFC 3207).',
        whenYouSeeIt:
          'Never logged when things work. When the greeting is not 220, Postfix logs `host X[ip] refused to talk to me: <reply>` and Exim logs `SMTP error from remote mail server after initial connection:`, each followed by the code actually received.',
        howToFix:
          'Nothing to do for a 220. If a greeting is refused or slow, work from the non-220 code in that log line or from the connection timeout, not from this code.',
      },
      tr: {
        title: 'Hizmet hazır',
        description:
          'Sunucunun bir bağlantıyı kabul ettiğinde gönderdiği, kendi ana makine adıyla başlayan karşılama satırıdır (RFC 5321 §4.2.3). Aynı kod STARTTLS sonrasında devam izni olarak da kullanılır (`220 2.0.0 Ready to start TLS`, RFC 3207).',
        whenYouSeeIt:
          'İşler yolundayken günlüğe yazılmaz. Karşılama 220 değilse Postfix `host X[ip] refused to talk to me: <yanıt>`, Exim ise `SMTP error from remote mail server after initial connection:` yazar ve ardından gerçekten alınan kodu ekler.',
        howToFix:
          '220 için yapılacak bir şey yok. Karşılama reddediliyor veya geç geliyorsa bu koda değil, o günlük satırındaki 220 dışı koda ya da bağlantı zaman aşımına bakın.',
      },
    },
    references: [rfc(5321, '4.2.3'), rfc(5321, '3.1'), rfc(3207, '4')],
    samples: ['220 mail.example.org ESMTP Postfix', '220 2.0.0 Ready to start TLS'],
  },
  {
    id: 'reply.221',
    code: 221,
    class: 'success',
    status: 'standard',
    reason: 'delivered',
    whoMustAct: 'nobody',
    hardness: 'none',
    texts: {
      en: {
        title: 'Closing connection',
        description:
          'The server acknowledges QUIT and closes the channel (RFC 5321 §4.2.3). Postfix answers `221 2.0.0 Bye`, Exim `221 <host> closing connection`.',
        whenYouSeeIt:
          'Not logged in normal sessions; it appears only in session transcripts, after the fate of the message was already decided.',
        howToFix:
          'Nothing to do: the outcome of a message is set by the reply to the final dot of DATA, never by the 221 that follows.',
      },
      tr: {
        title: 'Bağlantı kapatılıyor',
        description:
          'Sunucu QUIT komutunu onaylar ve kanalı kapatır (RFC 5321 §4.2.3). Postfix `221 2.0.0 Bye`, Exim ise `221 <host> closing connection` yanıtını verir.',
        whenYouSeeIt:
          'Normal oturumlarda günlüğe yazılmaz; yalnızca oturum dökümlerinde, iletinin akıbeti zaten belli olduktan sonra görünür.',
        howToFix:
          "Yapılacak bir şey yok: iletinin sonucunu ardından gelen 221 değil, DATA'nın sonundaki noktaya verilen yanıt belirler.",
      },
    },
    references: [rfc(5321, '4.2.3'), rfc(5321, '4.3.2')],
    samples: ['221 2.0.0 Bye', '221 mail.example.org closing connection'],
  },
  {
    id: 'reply.235',
    code: 235,
    class: 'success',
    status: 'extension',
    reason: 'delivered',
    whoMustAct: 'nobody',
    hardness: 'none',
    texts: {
      en: {
        title: 'Authentication succeeded',
        description:
          'SMTP AUTH finished successfully (RFC 4954 §6, enhanced code 2.7.0); the session now runs as the authenticated user. It refers to the login, not to any message.',
        whenYouSeeIt:
          'Postfix smtpd does not log the 235 itself but adds `sasl_method=PLAIN, sasl_username=user` to the `client=` line; Exim shows it as `A=<authenticator>:<user>` on the `<=` arrival line. The Postfix client side is silent on success.',
        howToFix:
          'Nothing to do. On a submission server, a 235 for an account that then sends spam means the password is compromised: reset it and check the client IPs.',
      },
      tr: {
        title: 'Kimlik doğrulama başarılı',
        description:
          'SMTP AUTH başarıyla tamamlandı (RFC 4954 §6, gelişmiş kod 2.7.0); oturum artık doğrulanmış kullanıcı adına yürür. Bir iletiyle değil, oturum açmayla ilgilidir.',
        whenYouSeeIt:
          "Postfix smtpd 235'i ayrıca yazmaz, `client=` satırına `sasl_method=PLAIN, sasl_username=kullanıcı` ekler; Exim bunu `<=` geliş satırında `A=<authenticator>:<kullanıcı>` olarak gösterir. Postfix istemci tarafı başarıda hiçbir şey yazmaz.",
        howToFix:
          'Yapılacak bir şey yok. Gönderim (submission) sunucusunda 235 alan bir hesap ardından spam gönderiyorsa parolası ele geçirilmiştir: parolayı sıfırlayın ve bağlanan IP adreslerini inceleyin.',
      },
    },
    references: [rfc(4954, '6')],
    samples: ['235 2.7.0 Authentication successful', '235 Authentication succeeded'],
  },
  {
    id: 'reply.250',
    code: 250,
    class: 'success',
    status: 'standard',
    reason: 'delivered',
    whoMustAct: 'nobody',
    hardness: 'none',
    texts: {
      en: {
        title: 'Requested action completed',
        description:
          'The command succeeded (RFC 5321 §4.2.3). After the final dot of DATA it means the next hop has taken responsibility for the message (§4.2.5); in answer to ETRN (RFC 1985) it means a queue run for the node was started.',
        whenYouSeeIt:
          'Postfix `status=sent (250 2.0.0 Ok: queued as ...)` with the remote queue id; Exim `=>` delivery lines with `C="250 ..."` when `smtp_confirmation` is logged (it is by default).',
        howToFix:
          'Nothing to do. A 250 proves acceptance by the next hop only, not inbox placement; to trace further, look up the remote queue id in the receiving host’s logs.',
      },
      tr: {
        title: 'İstenen işlem tamamlandı',
        description:
          "Komut başarılı oldu (RFC 5321 §4.2.3). DATA'nın sonundaki noktadan sonra geldiğinde bir sonraki sunucunun iletinin sorumluluğunu üstlendiği anlamına gelir (§4.2.5); ETRN'ye (RFC 1985) yanıt olarak ise o düğüm için kuyruk işlemenin başlatıldığını bildirir.",
        whenYouSeeIt:
          'Postfix\'te karşı tarafın kuyruk kimliğiyle birlikte `status=sent (250 2.0.0 Ok: queued as ...)`; Exim\'de `smtp_confirmation` günlüğe yazılıyorsa (varsayılan budur) `C="250 ..."` içeren `=>` teslim satırları.',
        howToFix:
          'Yapılacak bir şey yok. 250 yalnızca bir sonraki sunucunun iletiyi kabul ettiğini kanıtlar, gelen kutusuna düştüğünü değil; daha ileri izlemek için karşı tarafın kuyruk kimliğini o sunucunun günlüklerinde aratın.',
      },
    },
    references: [rfc(5321, '4.2.3'), rfc(5321, '4.2.5'), rfc(1985), EXIM_LOG_FILES],
    samples: [
      '250 2.0.0 Ok: queued as AAB4D259B1',
      '250 2.0.0 OK 1370843019 l7si764411eey.60 - gsmtp',
      '250 OK id=10HmaY-000000005vi-0000',
    ],
  },
  {
    id: 'reply.251',
    code: 251,
    class: 'success',
    status: 'standard',
    reason: 'forwarded',
    whoMustAct: 'nobody',
    hardness: 'none',
    texts: {
      en: {
        title: 'User not local, will forward',
        description:
          'A positive completion: the recipient is not local to this server, but the server accepts the message anyway and relays it toward the forward-path it names (RFC 5321 §3.4). Answering VRFY it means the same; answering ETRN (RFC 1985) it means "no messages waiting for this node".',
        whenYouSeeIt:
          'Rare: after RCPT TO it would be logged as a successful delivery, e.g. Postfix `status=sent (251 ...)` or an Exim `=>` line; fetchmail and other ETRN clients print it as "No messages waiting".',
        howToFix:
          'No fix needed: the message was accepted and is being relayed. Optionally update the stored address to the forward-path the server named, so later mail goes there directly.',
      },
      tr: {
        title: 'Alıcı yerel değil, iletilecek',
        description:
          'Olumlu bir sonuçtur: alıcı bu sunucuda barınmıyor, ancak sunucu iletiyi yine de kabul eder ve belirttiği forward-path\'e doğru aktarır (RFC 5321 §3.4). VRFY yanıtı olarak aynı anlama gelir; ETRN yanıtı olarak (RFC 1985) ise "bu düğüm için bekleyen ileti yok" demektir.',
        whenYouSeeIt:
          'Nadiren görülür: RCPT TO sonrasında başarılı teslim olarak yazılır, örneğin Postfix\'te `status=sent (251 ...)` ya da Exim\'de bir `=>` satırı; fetchmail ve diğer ETRN istemcileri bunu "No messages waiting" olarak gösterir.',
        howToFix:
          'Düzeltme gerekmez: ileti kabul edildi ve aktarılıyor. İsterseniz kayıtlı adresi sunucunun bildirdiği forward-path ile güncelleyin, böylece sonraki postalar doğrudan oraya gider.',
      },
    },
    references: [rfc(5321, '3.4'), rfc(5321, '4.2.3'), rfc(5321, '7.4'), rfc(1985)],
    samples: ['251 2.1.5 User not local; will forward to <bob@new.example.net>'],
  },
  {
    id: 'reply.252',
    code: 252,
    class: 'success',
    status: 'standard',
    reason: 'delivered',
    whoMustAct: 'nobody',
    hardness: 'none',
    texts: {
      en: {
        title: 'Cannot verify, will accept',
        description:
          'Answer to VRFY (or EXPN): the server will not or cannot confirm the mailbox but will accept mail for it and attempt delivery (RFC 5321 §3.5.3). Answering ETRN (RFC 1985) it means pending messages for the node were started; RFC 6531 also allows it with 2.6.8 when a UTF-8 answer cannot be shown.',
        whenYouSeeIt:
          'In address-probing or list-cleaning tools and in manual sessions; Postfix answers VRFY with `252 2.0.0 <address>` unless `disable_vrfy_command = yes`. It does not appear in delivery lines.',
        howToFix:
          'Nothing to fix, but do not treat a 252 as proof that the address exists: many servers answer 252 to every VRFY to stop address harvesting. Verify by real delivery results instead.',
      },
      tr: {
        title: 'Doğrulanamıyor, kabul edilecek',
        description:
          'VRFY (veya EXPN) yanıtıdır: sunucu posta kutusunu doğrulamıyor ya da doğrulayamıyor, ancak bu adrese gelen postayı kabul edip teslim etmeye çalışacak (RFC 5321 §3.5.3). ETRN yanıtı olarak (RFC 1985) düğüm için bekleyen iletilerin gönderimine başlandığını bildirir; RFC 6531 de UTF-8 yanıt gösterilemediğinde 2.6.8 ile kullanılmasına izin verir.',
        whenYouSeeIt:
          "Adres yoklama veya liste temizleme araçlarında ve elle açılan oturumlarda görülür; Postfix, `disable_vrfy_command = yes` değilse VRFY'ye `252 2.0.0 <adres>` ile yanıt verir. Teslim satırlarında yer almaz.",
        howToFix:
          "Düzeltilecek bir şey yok, ama 252'yi adresin var olduğunun kanıtı saymayın: birçok sunucu adres toplanmasını önlemek için her VRFY'ye 252 döner. Adresin geçerliliğini gerçek teslim sonuçlarından çıkarın.",
      },
    },
    references: [rfc(5321, '3.5.3'), rfc(5321, '4.3.2'), rfc(1985), postconf('disable_vrfy_command')],
    samples: [
      '252 2.0.0 <bob@example.org>',
      '252 2.1.5 Cannot VRFY user, but will accept message and attempt delivery',
    ],
  },
  {
    id: 'reply.253',
    code: 253,
    class: 'success',
    status: 'extension',
    reason: 'delivered',
    whoMustAct: 'nobody',
    hardness: 'none',
    texts: {
      en: {
        title: 'ETRN: pending messages started',
        description:
          'ETRN answer (RFC 1985): the server has started delivering the stated number of messages it was holding for the node. It only occurs in ETRN exchanges between a backup MX or ISP relay and a site that connects on demand.',
        whenYouSeeIt:
          'In the output of ETRN clients (fetchmail, msmtp `--etrn`) or session transcripts of a dial-up or backup-MX setup; never in delivery lines.',
        howToFix:
          'Nothing to do; the queued mail will now arrive as normal deliveries from the relay, which you can follow in your own smtpd log.',
      },
      tr: {
        title: 'ETRN: bekleyen iletiler başlatıldı',
        description:
          'ETRN yanıtıdır (RFC 1985): sunucu, düğüm için beklettiği belirtilen sayıdaki iletiyi göndermeye başlamıştır. Yalnızca yedek MX veya servis sağlayıcı aktarıcısı ile isteğe bağlı bağlanan bir site arasındaki ETRN görüşmelerinde geçer.',
        whenYouSeeIt:
          'ETRN istemcilerinin (fetchmail, msmtp `--etrn`) çıktısında ya da çevirmeli veya yedek MX kurulumlarının oturum dökümlerinde görülür; teslim satırlarında asla yer almaz.',
        howToFix:
          'Yapılacak bir şey yok; kuyruktaki postalar artık aktarıcıdan normal teslimler olarak gelecektir, bunları kendi smtpd günlüğünüzde izleyebilirsiniz.',
      },
    },
    references: [rfc(1985)],
    samples: ['253 OK, 12 pending messages for node example.org started'],
  },
  {
    id: 'reply.334',
    code: 334,
    class: 'intermediate',
    status: 'extension',
    reason: 'other',
    whoMustAct: 'nobody',
    hardness: 'none',
    texts: {
      en: {
        title: 'AUTH challenge',
        description:
          'A step inside SMTP AUTH (RFC 4954 §4): the text is a base64 server challenge and the client must send the next SASL response. `334 VXNlcm5hbWU6` is base64 for "Username:" in the LOGIN mechanism.',
        whenYouSeeIt:
          'Only in session transcripts or debug output of AUTH; Postfix and Exim log the outcome of the exchange (a 235, or `SASL LOGIN authentication failed` / `authenticator failed`), not the 334 steps.',
        howToFix:
          'Nothing to do. A session that stops right after a 334 points to a client that gave up or a password-guessing bot; judge it by the authentication failures around it.',
      },
      tr: {
        title: 'AUTH sorgusu',
        description:
          'SMTP AUTH içindeki bir ara adımdır (RFC 4954 §4): metin base64 ile kodlanmış bir sunucu sorgusudur ve istemcinin bir sonraki SASL yanıtını göndermesi gerekir. LOGIN mekanizmasındaki `334 VXNlcm5hbWU6`, base64 ile "Username:" demektir.',
        whenYouSeeIt:
          'Yalnızca AUTH oturum dökümlerinde veya hata ayıklama çıktısında görülür; Postfix ve Exim 334 adımlarını değil, görüşmenin sonucunu (235 ya da `SASL LOGIN authentication failed` / `authenticator failed`) yazar.',
        howToFix:
          "Yapılacak bir şey yok. 334'ün hemen ardından kesilen bir oturum, vazgeçen bir istemciye veya parola deneyen bir bota işaret eder; bunu çevresindeki kimlik doğrulama hatalarına bakarak değerlendirin.",
      },
    },
    references: [rfc(4954, '4')],
    samples: ['334 VXNlcm5hbWU6', '334 UGFzc3dvcmQ6'],
  },
  {
    id: 'reply.354',
    code: 354,
    class: 'intermediate',
    status: 'standard',
    reason: 'other',
    whoMustAct: 'nobody',
    hardness: 'none',
    texts: {
      en: {
        title: 'Start mail input',
        description:
          'The server accepted DATA and waits for the message, ended by a line with a single dot (RFC 5321 §4.2.3). The verdict on the message comes only after that dot.',
        whenYouSeeIt:
          'Not logged. What you see instead is the reply to the final dot: Postfix `(in reply to end of DATA command)`, Exim `SMTP error from remote mail server after end of data:`; a rejection there is about content, size or authentication of the message.',
        howToFix:
          'Nothing to do for the 354 itself. A session that times out after it (Postfix `timed out while sending message body`) is a network or remote-load problem, not a refusal.',
      },
      tr: {
        title: 'İleti verisi bekleniyor',
        description:
          'Sunucu DATA komutunu kabul etti ve tek bir nokta içeren satırla biten iletiyi bekliyor (RFC 5321 §4.2.3). İleti hakkındaki karar ancak bu noktadan sonra verilir.',
        whenYouSeeIt:
          "Günlüğe yazılmaz. Bunun yerine son noktaya verilen yanıtı görürsünüz: Postfix'te `(in reply to end of DATA command)`, Exim'de `SMTP error from remote mail server after end of data:`; orada gelen bir ret iletinin içeriği, boyutu veya kimlik doğrulamasıyla ilgilidir.",
        howToFix:
          "354'ün kendisi için yapılacak bir şey yok. Ardından zaman aşımına uğrayan bir oturum (Postfix'te `timed out while sending message body`) bir ret değil, ağ veya karşı sunucunun yük sorunudur.",
      },
    },
    references: [rfc(5321, '4.2.3'), rfc(5321, '4.2.5'), rfc(5321, '3.3')],
    samples: ['354 End data with <CR><LF>.<CR><LF>'],
  },
  {
    id: 'reply.355',
    code: 355,
    class: 'intermediate',
    status: 'extension',
    reason: 'other',
    whoMustAct: 'nobody',
    hardness: 'none',
    texts: {
      en: {
        title: 'Checkpoint: resume offset',
        description:
          'From the experimental CHECKPOINT extension (RFC 1845): when an interrupted transaction is restarted with the same TRANSID, the server reports the octet offset from which the client should continue sending the message data.',
        whenYouSeeIt:
          'Practically never: neither Postfix nor Exim implements CHECKPOINT, so it can only show up in transcripts of unusual servers.',
        howToFix: 'Nothing to do; if a client stumbles on it, disable CHECKPOINT use on that client.',
      },
      tr: {
        title: 'Checkpoint: devam noktası',
        description:
          'Deneysel CHECKPOINT eklentisinden gelir (RFC 1845): yarıda kalan bir işlem aynı TRANSID ile yeniden başlatıldığında sunucu, istemcinin ileti verisini hangi bayt konumundan göndermeye devam etmesi gerektiğini bildirir.',
        whenYouSeeIt:
          'Pratikte hiç görülmez: Postfix de Exim de CHECKPOINT desteklemediği için yalnızca alışılmadık sunucuların oturum dökümlerinde çıkabilir.',
        howToFix:
          'Yapılacak bir şey yok; bir istemci bununla sorun yaşıyorsa o istemcide CHECKPOINT kullanımını kapatın.',
      },
    },
    references: [rfc(1845)],
    samples: ['355 1048576 is the transaction offset'],
  },
  {
    id: 'reply.420',
    code: 420,
    class: 'transient',
    status: 'non-standard',
    reason: 'network',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Non-standard: connection problem',
        description:
          'Non-standard: 420 is defined nowhere. Error-code lists describe it as a timeout or connection problem; whether it is a dot-stripped enhanced code (4.2.0 or 4.4.2) is unclear, so treat it by its first digit as a transient failure.',
        whenYouSeeIt:
          'As Postfix `status=deferred (host X said: 420 ...)` or an Exim `==` defer line from an appliance or gateway; Postfix and Exim never send it.',
        howToFix:
          'Let the queue retry. If it repeats for one destination, check the path to that host (firewalls, MTU, TLS middleboxes) and read the rest of the reply for a clearer cause.',
      },
      tr: {
        title: 'Standart dışı: bağlantı sorunu',
        description:
          'Standart dışıdır: 420 hiçbir yerde tanımlı değildir. Hata kodu listeleri bunu zaman aşımı veya bağlantı sorunu olarak anlatır; noktaları silinmiş bir gelişmiş kod (4.2.0 ya da 4.4.2) olup olmadığı belirsizdir, bu yüzden ilk hanesine göre geçici bir hata sayın.',
        whenYouSeeIt:
          'Bir cihaz veya ağ geçidinden gelen Postfix `status=deferred (host X said: 420 ...)` ya da Exim `==` erteleme satırı olarak görülür; Postfix ve Exim bu kodu hiç göndermez.',
        howToFix:
          'Kuyruğun yeniden denemesine izin verin. Tek bir hedefte tekrarlanıyorsa o sunucuya giden yolu (güvenlik duvarları, MTU, TLS ara kutuları) kontrol edin ve daha açık bir neden için yanıtın devamını okuyun.',
      },
    },
    references: [rfc(5321, '4.2.1'), rfc(3463, '3.5')],
    samples: ['420 Timeout connection problem'],
  },
  {
    id: 'reply.421',
    code: 421,
    class: 'transient',
    status: 'standard',
    reason: 'other',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Service not available, closing',
        description:
          'The server is closing the connection and did not take the action (RFC 5321 §4.2.3); it may come as the greeting, as the answer to any command, or unsolicited at shutdown. In practice it is heavily used for throttling, too many connections, reputation limits and overload, so the code alone does not say which; the enhanced code and text decide.',
        whenYouSeeIt:
          'Postfix `status=deferred (host X said: 421 ...)` or, at the greeting, `host X refused to talk to me: 421 ...`; Exim `==` defer lines. Postfix smtpd itself sends `421 4.7.0 ... Error: too many connections from ...` and `421 4.7.0 ... Error: too many errors`, Exim `421 ... SMTP command timeout - closing connection`.',
        howToFix:
          'Retries happen automatically. If it persists for one destination, lower concurrency and rate toward it (`smtp_destination_concurrency_limit`, `smtp_destination_rate_delay` in Postfix; fewer parallel deliveries in Exim) and read the text for rate-limit or reputation hints.',
      },
      tr: {
        title: 'Hizmet yok, bağlantı kapanıyor',
        description:
          'Sunucu bağlantıyı kapatıyor ve istenen işlemi yapmadı (RFC 5321 §4.2.3); karşılama satırında, herhangi bir komuta yanıt olarak ya da kapanış sırasında kendiliğinden gelebilir. Pratikte hız sınırlama, fazla bağlantı, itibar sınırları ve aşırı yük için yoğun biçimde kullanıldığından kod tek başına nedeni söylemez; gelişmiş kod ve metin belirleyicidir.',
        whenYouSeeIt:
          "Postfix'te `status=deferred (host X said: 421 ...)`, karşılamada ise `host X refused to talk to me: 421 ...`; Exim'de `==` erteleme satırları. Postfix smtpd'nin kendisi `421 4.7.0 ... Error: too many connections from ...` ve `421 4.7.0 ... Error: too many errors`, Exim ise `421 ... SMTP command timeout - closing connection` gönderir.",
        howToFix:
          "Yeniden denemeler kendiliğinden yapılır. Tek bir hedefte sürerse o hedefe eşzamanlılığı ve hızı düşürün (Postfix'te `smtp_destination_concurrency_limit`, `smtp_destination_rate_delay`; Exim'de daha az paralel teslim) ve metinde hız sınırı veya itibar ipuçlarını arayın.",
      },
    },
    references: [rfc(5321, '4.2.3'), rfc(5321, '3.8'), postconf('smtp_destination_concurrency_limit')],
    samples: [
      '421 4.7.0 in.smtp.cz Error: too many connections from 81.95.98.2',
      '421 <u9484963b@virgilio.it> Service not available - too busy',
      "421 PR(ct1) (BAY0-PAMC1-F3) Unfortunately, some messages from 81.95.98.2 weren't sent. Please try again. We have limits for how many messages can be sent per hour and per day. You can also refer to http://mail.live.com/mail/troubleshooting.aspx#errors.",
    ],
  },
  {
    id: 'reply.422',
    code: 422,
    class: 'transient',
    status: 'registry-associated',
    reason: 'security',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Password transition (historic)',
        description:
          'Defined by no RFC; the IANA registry only lists 422 as a basic code associated with X.7.12 "password transition needed", a historic alternative to 432. Some error lists read 422 as "mailbox over quota", which is really a dot-stripped 4.2.2; that reading is unconfirmed.',
        whenYouSeeIt:
          'Only on submission (AUTH) connections to unusual servers, or as Postfix `status=deferred (host X said: 422 ...)` from a gateway; Postfix and Exim never send it.',
        howToFix:
          'If the text mentions a password transition, authenticate once with PLAIN over TLS and then retry the mechanism. If it mentions quota, treat it like a full mailbox: let it retry, and the recipient must make room.',
      },
      tr: {
        title: 'Parola geçişi (tarihsel)',
        description:
          'Hiçbir RFC tanımlamaz; IANA kaydı 422\'yi yalnızca X.7.12 "parola geçişi gerekli" koduyla ilişkili temel kod olarak listeler ve bu, 432\'nin tarihsel bir alternatifidir. Bazı hata listeleri 422\'yi "posta kutusu kotası aşıldı" diye okur; bu aslında noktaları silinmiş bir 4.2.2\'dir ve doğrulanmamıştır.',
        whenYouSeeIt:
          'Yalnızca alışılmadık sunuculara yapılan gönderim (AUTH) bağlantılarında ya da bir ağ geçidinden gelen Postfix `status=deferred (host X said: 422 ...)` satırında görülür; Postfix ve Exim bu kodu hiç göndermez.',
        howToFix:
          'Metin parola geçişinden söz ediyorsa bir kez TLS üzerinden PLAIN ile oturum açın, sonra istenen mekanizmayı yeniden deneyin. Kotadan söz ediyorsa dolu posta kutusu gibi davranın: yeniden denenmesine izin verin, yer açmak alıcıya düşer.',
      },
    },
    references: [IANA_ENHANCED, rfc(5248), rfc(4954, '6')],
    samples: ['422 4.7.12 A password transition is needed'],
  },
  {
    id: 'reply.430',
    code: 430,
    class: 'transient',
    status: 'registry-associated',
    reason: 'protocol',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Registry-only code (X.5.1)',
        description:
          'No RFC defines 430; the IANA registry lists it only among the basic codes associated with X.5.1 "invalid command" (its origin is unclear, probably an expired authentication draft). Read it as a temporary refusal of an out-of-sequence or unsupported command.',
        whenYouSeeIt:
          'Very rarely, in submission sessions or as Postfix `status=deferred (host X said: 430 ...)` from an unusual server; Postfix and Exim never send it.',
        howToFix:
          'Retry; if it repeats, capture a transcript (Postfix `debug_peer_list`, Exim `-d`) to see which command the server rejects and whether the client uses a feature the server did not advertise.',
      },
      tr: {
        title: 'Yalnızca kayıtta geçen kod (X.5.1)',
        description:
          'Hiçbir RFC 430\'u tanımlamaz; IANA kaydı onu yalnızca X.5.1 "geçersiz komut" ile ilişkili temel kodlar arasında sayar (kökeni belirsizdir, muhtemelen süresi dolmuş bir kimlik doğrulama taslağıdır). Sırası yanlış veya desteklenmeyen bir komutun geçici olarak reddi diye okuyun.',
        whenYouSeeIt:
          'Çok nadiren, gönderim oturumlarında ya da alışılmadık bir sunucudan gelen Postfix `status=deferred (host X said: 430 ...)` satırında görülür; Postfix ve Exim bu kodu hiç göndermez.',
        howToFix:
          "Yeniden deneyin; tekrarlanıyorsa sunucunun hangi komutu reddettiğini ve istemcinin sunucunun duyurmadığı bir özelliği kullanıp kullanmadığını görmek için oturum dökümü alın (Postfix'te `debug_peer_list`, Exim'de `-d`).",
      },
    },
    references: [IANA_ENHANCED, rfc(5248), rfc(3463, '3.6')],
    samples: ['430 4.5.1 Invalid command'],
  },
  {
    id: 'reply.431',
    code: 431,
    class: 'transient',
    status: 'non-standard',
    standsFor: '4.3.1',
    reason: 'system-full',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Non-standard: system storage full',
        description:
          'Non-standard: most likely the enhanced code 4.3.1 "mail system full" with its dots stripped (RFC 3463 §3.4). The receiving system, not a single mailbox, is out of disk or memory.',
        whenYouSeeIt:
          'As Postfix `status=deferred (host X said: 431 ...)` or an Exim `==` defer line from an appliance or Exchange-era gateway; Postfix itself would say `452 4.3.1 Insufficient system storage` instead.',
        howToFix:
          'Let the queue retry; only the receiving administrator can free space. If it lasts for hours, tell their postmaster.',
      },
      tr: {
        title: 'Standart dışı: sistem depolaması dolu',
        description:
          'Standart dışıdır: büyük olasılıkla noktaları silinmiş 4.3.1 "posta sistemi dolu" gelişmiş kodudur (RFC 3463 §3.4). Tek bir posta kutusu değil, alıcı sistemin kendisi disk veya bellek sıkıntısındadır.',
        whenYouSeeIt:
          'Bir cihazdan veya Exchange dönemi bir ağ geçidinden gelen Postfix `status=deferred (host X said: 431 ...)` ya da Exim `==` erteleme satırı olarak görülür; Postfix kendisi bu durumda `452 4.3.1 Insufficient system storage` der.',
        howToFix:
          'Kuyruğun yeniden denemesine izin verin; yer açabilecek olan yalnızca karşı tarafın yöneticisidir. Saatlerce sürerse postmaster adresine haber verin.',
      },
    },
    references: [rfc(3463, '3.4'), IANA_ENHANCED],
    samples: ['431 4.3.1 Insufficient system resources'],
  },
  {
    id: 'reply.432',
    code: 432,
    class: 'transient',
    status: 'extension',
    reason: 'security',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Password transition needed',
        description:
          'AUTH answer (RFC 4954 §6, enhanced 4.7.12): the user must move to the requested mechanism, typically by authenticating once with PLAIN (over TLS) so the server can store the new credentials. Some error lists call 432 an Exchange "queue stopped" error; that is a dot-stripped 4.3.2, not this code.',
        whenYouSeeIt:
          'Only on authenticated submission: Postfix client `SASL authentication failed; server X said: 432 ...`, or a mail client reporting the reply; Postfix and Exim servers never send it.',
        howToFix:
          'Authenticate once with PLAIN over TLS from the affected account, then switch back; for a Postfix relay client allow PLAIN with `smtp_sasl_mechanism_filter` and require TLS (`smtp_tls_security_level = encrypt`).',
      },
      tr: {
        title: 'Parola geçişi gerekli',
        description:
          "AUTH yanıtıdır (RFC 4954 §6, gelişmiş kod 4.7.12): kullanıcının istenen mekanizmaya geçmesi gerekir; bu genellikle sunucunun yeni kimlik bilgilerini saklayabilmesi için bir kez (TLS üzerinden) PLAIN ile oturum açarak yapılır. Bazı hata listeleri 432'yi Exchange'in \"kuyruk durdu\" hatası diye anlatır; o, bu kod değil noktaları silinmiş bir 4.3.2'dir.",
        whenYouSeeIt:
          'Yalnızca kimlik doğrulamalı gönderimde görülür: Postfix istemcisinde `SASL authentication failed; server X said: 432 ...` ya da yanıtı gösteren bir e-posta istemcisi; Postfix ve Exim sunucuları bu kodu hiç göndermez.',
        howToFix:
          'Etkilenen hesapla bir kez TLS üzerinden PLAIN ile oturum açın, sonra eski mekanizmaya dönün; Postfix aktarıcı istemcisinde PLAIN mekanizmasına `smtp_sasl_mechanism_filter` ile izin verin ve TLS zorunlu kılın (`smtp_tls_security_level = encrypt`).',
      },
    },
    references: [rfc(4954, '6'), IANA_ENHANCED, postconf('smtp_sasl_mechanism_filter')],
    samples: ['432 4.7.12 A password transition is needed'],
  },
  {
    id: 'reply.441',
    code: 441,
    class: 'transient',
    status: 'non-standard',
    standsFor: '4.4.1',
    reason: 'network',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Non-standard: no answer from host',
        description:
          'Non-standard: most likely 4.4.1 "no answer from host" with the dots stripped (RFC 3463 §3.5); a relay along the way could not reach the next server. Error lists describe it as "recipient server not responding".',
        whenYouSeeIt:
          'As Postfix `status=deferred (host X said: 441 ...)` or an Exim `==` line when an intermediate gateway relays the failure; your own connect failures look different (Postfix `connect to X[ip]:25: Connection timed out`, dsn 4.4.1).',
        howToFix:
          'Let it retry. If it persists, the relay that answered cannot reach the destination: check that the destination MX is up and reachable on port 25, or ask the relay’s administrator.',
      },
      tr: {
        title: 'Standart dışı: sunucudan yanıt yok',
        description:
          'Standart dışıdır: büyük olasılıkla noktaları silinmiş 4.4.1 "sunucudan yanıt yok" kodudur (RFC 3463 §3.5); yol üzerindeki bir aktarıcı sonraki sunucuya ulaşamamıştır. Hata listeleri bunu "alıcı sunucu yanıt vermiyor" diye anlatır.',
        whenYouSeeIt:
          "Ara bir ağ geçidi hatayı aktardığında Postfix `status=deferred (host X said: 441 ...)` ya da Exim `==` satırı olarak görülür; sizin kendi bağlantı hatalarınız farklı görünür (Postfix'te `connect to X[ip]:25: Connection timed out`, dsn 4.4.1).",
        howToFix:
          "Yeniden denenmesine izin verin. Sürerse yanıt veren aktarıcı hedefe ulaşamıyordur: hedef MX'in ayakta ve 25. porttan erişilebilir olduğunu kontrol edin ya da aktarıcının yöneticisine sorun.",
      },
    },
    references: [rfc(3463, '3.5'), IANA_ENHANCED],
    samples: ['441 4.4.1 No answer from host'],
  },
  {
    id: 'reply.442',
    code: 442,
    class: 'transient',
    status: 'non-standard',
    standsFor: '4.4.2',
    reason: 'network',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Non-standard: connection dropped',
        description:
          'Non-standard: most likely 4.4.2 "bad connection" with the dots stripped (RFC 3463 §3.5): the connection was set up but broke off or timed out before the transaction completed.',
        whenYouSeeIt:
          'As Postfix `status=deferred (host X said: 442 ...)` from a gateway; the same condition on your own connection is logged as `lost connection with X while ...` or `conversation with X timed out while ...` (dsn 4.4.2), or Exim `Remote host closed connection`.',
        howToFix:
          'Let it retry. If it repeats for one destination, look at the network path (MTU, firewalls or TLS-inspecting middleboxes) and at remote overload.',
      },
      tr: {
        title: 'Standart dışı: bağlantı koptu',
        description:
          'Standart dışıdır: büyük olasılıkla noktaları silinmiş 4.4.2 "kötü bağlantı" kodudur (RFC 3463 §3.5): bağlantı kurulmuş, ancak işlem tamamlanmadan kopmuş veya zaman aşımına uğramıştır.',
        whenYouSeeIt:
          "Bir ağ geçidinden gelen Postfix `status=deferred (host X said: 442 ...)` olarak görülür; aynı durum sizin kendi bağlantınızda `lost connection with X while ...` ya da `conversation with X timed out while ...` (dsn 4.4.2), Exim'de ise `Remote host closed connection` olarak yazılır.",
        howToFix:
          'Yeniden denenmesine izin verin. Tek bir hedefte tekrarlanıyorsa ağ yoluna (MTU, güvenlik duvarları veya TLS denetleyen ara kutular) ve karşı sunucunun yüküne bakın.',
      },
    },
    references: [rfc(3463, '3.5'), IANA_ENHANCED],
    samples: ['442 4.4.2 Connection dropped during transmission'],
  },
  {
    id: 'reply.446',
    code: 446,
    class: 'transient',
    status: 'non-standard',
    standsFor: '4.4.6',
    reason: 'loop',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Non-standard: routing loop',
        description:
          'Non-standard: most likely 4.4.6 "routing loop detected" with the dots stripped (RFC 3463 §3.5): the message was forwarded too many times, through wrong routing or a user forwarding loop.',
        whenYouSeeIt:
          'As Postfix `status=deferred (host X said: 446 ...)` from a gateway. Postfix itself reports loops as `mail for X loops back to myself` or `mail forwarding loop for X` (5.4.6), Exim as `Too many "Received" headers - suspected mail loop`.',
        howToFix:
          'Find the loop: compare the Received headers of a bounced copy, then fix the forwarding rule, alias, MX record or `mydestination`/`relay_domains` entry that sends the mail back.',
      },
      tr: {
        title: 'Standart dışı: yönlendirme döngüsü',
        description:
          'Standart dışıdır: büyük olasılıkla noktaları silinmiş 4.4.6 "yönlendirme döngüsü algılandı" kodudur (RFC 3463 §3.5): ileti, hatalı yönlendirme veya bir kullanıcı iletme döngüsü yüzünden çok fazla kez aktarılmıştır.',
        whenYouSeeIt:
          'Bir ağ geçidinden gelen Postfix `status=deferred (host X said: 446 ...)` olarak görülür. Postfix döngüleri kendisi `mail for X loops back to myself` veya `mail forwarding loop for X` (5.4.6), Exim ise `Too many "Received" headers - suspected mail loop` olarak bildirir.',
        howToFix:
          'Döngüyü bulun: geri dönen bir kopyanın Received başlıklarını karşılaştırın, sonra postayı geri gönderen iletme kuralını, takma adı, MX kaydını ya da `mydestination`/`relay_domains` girdisini düzeltin.',
      },
    },
    references: [rfc(3463, '3.5'), IANA_ENHANCED],
    samples: ['446 4.4.6 Maximum hop count exceeded'],
  },
  {
    id: 'reply.447',
    code: 447,
    class: 'transient',
    status: 'non-standard',
    standsFor: '4.4.7',
    reason: 'expired',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Non-standard: delivery time expired',
        description:
          'Non-standard: most likely 4.4.7 with the dots stripped, which RFC 3463 §3.5 defines as "delivery time expired" (the message grew too old for the rejecting system). Error lists describe 447 as an outgoing message that timed out because the receiver was slow or objected.',
        whenYouSeeIt:
          'As Postfix `status=deferred (host X said: 447 ...)` or an Exim `==` line from an Exchange-era gateway or appliance; Postfix and Exim never send it.',
        howToFix:
          'Let it retry; if it repeats, look for timeouts at that hop (large messages, many recipients per transaction, slow content scanning) and ask its administrator.',
      },
      tr: {
        title: 'Standart dışı: teslim süresi doldu',
        description:
          'Standart dışıdır: büyük olasılıkla noktaları silinmiş 4.4.7 kodudur; RFC 3463 §3.5 bunu "teslim süresi doldu" (ileti, reddeden sistem için fazla eskidi) diye tanımlar. Hata listeleri 447\'yi, alıcı yavaş kaldığı veya itiraz ettiği için zaman aşımına uğrayan giden ileti olarak anlatır.',
        whenYouSeeIt:
          'Exchange dönemi bir ağ geçidinden veya cihazdan gelen Postfix `status=deferred (host X said: 447 ...)` ya da Exim `==` satırı olarak görülür; Postfix ve Exim bu kodu hiç göndermez.',
        howToFix:
          'Yeniden denenmesine izin verin; tekrarlanıyorsa o aşamadaki zaman aşımlarına (büyük iletiler, işlem başına çok sayıda alıcı, yavaş içerik taraması) bakın ve yöneticisine danışın.',
      },
    },
    references: [rfc(3463, '3.5'), IANA_ENHANCED],
    samples: ['447 4.4.7 Message expired'],
  },
  {
    id: 'reply.449',
    code: 449,
    class: 'transient',
    status: 'non-standard',
    standsFor: '4.4.9',
    reason: 'system-error',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Non-standard: routing error',
        description:
          'Non-standard: a dot-stripped 4.4.9, which is not in the IANA registry either; error lists attribute it to Microsoft Exchange routing (a non-SMTP address space or a deleted routing group). It means the remote organisation cannot route the message internally.',
        whenYouSeeIt:
          'As Postfix `status=deferred (host X said: 449 ...)` or an Exim `==` line from an Exchange server; Postfix and Exim never send it.',
        howToFix:
          'Nothing to change on your side; let it retry and, if it persists, report it to the recipient organisation’s mail administrator, who must fix their routing (connectors, routing groups).',
      },
      tr: {
        title: 'Standart dışı: yönlendirme hatası',
        description:
          "Standart dışıdır: noktaları silinmiş bir 4.4.9'dur ve bu kod IANA kaydında da yoktur; hata listeleri onu Microsoft Exchange yönlendirmesine (SMTP dışı bir adres alanı veya silinmiş bir yönlendirme grubu) bağlar. Karşı kurumun iletiyi kendi içinde yönlendiremediği anlamına gelir.",
        whenYouSeeIt:
          'Bir Exchange sunucusundan gelen Postfix `status=deferred (host X said: 449 ...)` ya da Exim `==` satırı olarak görülür; Postfix ve Exim bu kodu hiç göndermez.',
        howToFix:
          'Sizin tarafta değiştirilecek bir şey yok; yeniden denenmesine izin verin, sürerse alıcı kurumun posta yöneticisine bildirin, yönlendirmesini (bağlayıcılar, yönlendirme grupları) onların düzeltmesi gerekir.',
      },
    },
    references: [rfc(3463, '3.5'), IANA_ENHANCED],
    samples: ['449 4.4.9 Routing error'],
  },
  {
    id: 'reply.450',
    code: 450,
    class: 'transient',
    status: 'standard',
    reason: 'other',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Mailbox unavailable (temporary)',
        description:
          'The action was not taken for now: the mailbox is busy, or temporarily blocked for policy reasons (RFC 5321 §4.2.3); in ODMR (RFC 2645) it refuses an ATRN request. It is Postfix’s default for most soft checks (greylisting, unknown client hostname, unknown sender domain, unverified address, rate limits), so only the enhanced code and text tell which.',
        whenYouSeeIt:
          'Postfix client `status=deferred (host X said: 450 ...)`; Postfix server `NOQUEUE: reject: RCPT from host[ip]: 450 4.x.x ...` (set by `unknown_client_reject_code`, `unverified_recipient_reject_code`, `defer_code` and others); Exim `==` defer lines.',
        howToFix:
          'Let it retry: greylisting clears on a retry from the same IP range. If it lasts, act on the text: fix reverse DNS, the sender domain’s DNS, or slow down when it says too much mail.',
      },
      tr: {
        title: 'Posta kutusu kullanılamıyor (geçici)',
        description:
          "İşlem şimdilik yapılmadı: posta kutusu meşgul ya da politika gereği geçici olarak engellenmiş (RFC 5321 §4.2.3); ODMR'de (RFC 2645) bir ATRN isteğinin reddidir. Postfix'in çoğu yumuşak denetim (gri liste, bilinmeyen istemci adı, bilinmeyen gönderen alan adı, doğrulanamayan adres, hız sınırları) için varsayılan kodudur; hangisi olduğunu yalnızca gelişmiş kod ve metin söyler.",
        whenYouSeeIt:
          "Postfix istemcisinde `status=deferred (host X said: 450 ...)`; Postfix sunucusunda `NOQUEUE: reject: RCPT from host[ip]: 450 4.x.x ...` (`unknown_client_reject_code`, `unverified_recipient_reject_code`, `defer_code` ve benzerleriyle ayarlanır); Exim'de `==` erteleme satırları.",
        howToFix:
          'Yeniden denenmesine izin verin: gri liste, aynı IP aralığından yapılan bir sonraki denemede kalkar. Sürerse metne göre davranın: ters DNS kaydını veya gönderen alan adının DNS kayıtlarını düzeltin, "too much mail" diyorsa gönderim hızını düşürün.',
      },
    },
    references: [rfc(5321, '4.2.3'), rfc(2645), postconf('unknown_client_reject_code'), POSTFIX_SMTPD_CHECK],
    samples: [
      '450 4.7.1 Error: too much mail from 81.95.98.2',
      '450 4.2.0 <whatever-user@lists.example.org>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/lists.example.org.html',
      '450 4.7.25 Client host rejected: cannot find your hostname, [93.184.216.34]',
    ],
  },
  {
    id: 'reply.451',
    code: 451,
    class: 'transient',
    status: 'standard',
    reason: 'other',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Aborted: local error',
        description:
          'The server aborted the action because of a local error in processing (RFC 5321 §4.2.3); in ODMR (RFC 2645) it cannot process ATRN right now. In practice it also carries greylisting (`451 4.7.1`), temporary SPF or DNS failures and scanner outages, so the code alone does not tell which.',
        whenYouSeeIt:
          'Postfix `status=deferred (host X said: 451 ...)`, often `(in reply to RCPT TO command)` for greylisting or `(in reply to end of DATA command)` for filter trouble; Exim `== ... defer (-44)` or `(-46)` with `SMTP error from remote mail server after ...: 451 ...`.',
        howToFix:
          'Retry; greylisting passes on the next attempt from the same IP. If it persists for a day, contact the receiving postmaster and check that your domain’s SPF and DNS answer quickly and correctly.',
      },
      tr: {
        title: 'İptal: yerel hata',
        description:
          "Sunucu işlemi, işleme sırasındaki yerel bir hata yüzünden iptal etti (RFC 5321 §4.2.3); ODMR'de (RFC 2645) ATRN isteğini şu an işleyemediğini bildirir. Pratikte gri liste (`451 4.7.1`), geçici SPF veya DNS hataları ve tarayıcı arızaları için de kullanılır; kod tek başına hangisi olduğunu söylemez.",
        whenYouSeeIt:
          "Postfix'te `status=deferred (host X said: 451 ...)`; gri listede çoğunlukla `(in reply to RCPT TO command)`, filtre sorunlarında `(in reply to end of DATA command)` ile. Exim'de `SMTP error from remote mail server after ...: 451 ...` içeren `== ... defer (-44)` veya `(-46)` satırları.",
        howToFix:
          "Yeniden deneyin; gri liste aynı IP'den gelen bir sonraki denemede geçer. Bir gün boyunca sürerse alıcı tarafın postmaster adresine yazın ve alan adınızın SPF ve DNS kayıtlarının hızlı ve doğru yanıt verdiğini kontrol edin.",
      },
    },
    references: [rfc(5321, '4.2.3'), rfc(2645), EXIM_LOG_FILES],
    samples: [
      '451 4.7.1 Greylisting in action, please come back later',
      '451 4.3.5 Server configuration problem',
      '451 Requested action aborted: local error in processing',
    ],
  },
  {
    id: 'reply.452',
    code: 452,
    class: 'transient',
    status: 'standard',
    reason: 'other',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Insufficient storage / too many recipients',
        description:
          'Defined as "insufficient system storage" (RFC 5321 §4.2.3), and the required answer when a transaction has too many recipients (§4.5.3.1.10, enhanced 4.5.3); under SIZE (RFC 1870 §6.1) it means the declared size cannot be taken right now. Many providers also use it for a full mailbox (4.2.2), so these different causes are told apart only by the enhanced code and text.',
        whenYouSeeIt:
          'Postfix smtpd sends `452 4.3.1 Insufficient system storage` (queue disk low, `queue_minfree`) and `452 4.5.3 Error: too many recipients` (over `smtpd_recipient_limit`); remote `452 4.2.2 ... Mailbox has exceeded the limit` shows as `status=deferred`. The Postfix client resends recipients refused with 452 in a later transaction.',
        howToFix:
          'Usually clears by itself. For too many recipients, lower recipients per transaction (Postfix `smtp_destination_recipient_limit`, Exim `max_rcpt` on the smtp transport); for a full mailbox the recipient must make room; for system storage the receiving admin must free disk.',
      },
      tr: {
        title: 'Yetersiz depolama / fazla alıcı',
        description:
          '"Yetersiz sistem depolaması" olarak tanımlıdır (RFC 5321 §4.2.3) ve bir işlemde alıcı sayısı fazla olduğunda verilmesi gereken yanıttır (§4.5.3.1.10, gelişmiş kod 4.5.3); SIZE eklentisinde (RFC 1870 §6.1) bildirilen boyutun şu an kabul edilemeyeceği anlamına gelir. Birçok sağlayıcı bunu dolu posta kutusu (4.2.2) için de kullanır; bu farklı nedenler ancak gelişmiş kod ve metinle ayırt edilir.',
        whenYouSeeIt:
          'Postfix smtpd `452 4.3.1 Insufficient system storage` (kuyruk diski azaldı, `queue_minfree`) ve `452 4.5.3 Error: too many recipients` (`smtpd_recipient_limit` aşıldı) gönderir; karşı taraftan gelen `452 4.2.2 ... Mailbox has exceeded the limit` ise `status=deferred` olarak görünür. Postfix istemcisi, 452 ile reddedilen alıcıları sonraki bir işlemde yeniden gönderir.',
        howToFix:
          "Genellikle kendiliğinden düzelir. Fazla alıcı durumunda işlem başına alıcı sayısını düşürün (Postfix'te `smtp_destination_recipient_limit`, Exim'de smtp taşıyıcısının `max_rcpt` ayarı); dolu posta kutusunda yer açmak alıcıya, sistem depolamasında disk boşaltmak karşı tarafın yöneticisine düşer.",
      },
    },
    references: [
      rfc(5321, '4.2.3'),
      rfc(5321, '4.5.3.1.10'),
      rfc(1870, '6.1'),
      postconf('smtp_destination_recipient_limit'),
    ],
    samples: [
      '452 4.2.2 <uf09c2b7f@taborak.cz> Mailbox has exceeded the limit',
      '452 4.5.3 Error: too many recipients',
      '452 Insufficient system storage',
    ],
  },
  {
    id: 'reply.453',
    code: 453,
    class: 'transient',
    status: 'extension',
    reason: 'other',
    whoMustAct: 'nobody',
    hardness: 'soft',
    texts: {
      en: {
        title: 'ODMR: you have no mail',
        description:
          'ATRN answer in On-Demand Mail Relay (RFC 2645): nothing is queued for the requesting domain. The IANA registry also lists 453 as associated with X.3.2, but no other use is defined.',
        whenYouSeeIt:
          'Only in ODMR setups, for example Exim’s reject log `temporarily rejected ATRN <domain>: 453 You have no mail`; never in delivery lines.',
        howToFix: 'Nothing to do; it is harmless. The client will ask again at its next scheduled connection.',
      },
      tr: {
        title: 'ODMR: postanız yok',
        description:
          "İsteğe Bağlı Posta Aktarımı'nda (ODMR, RFC 2645) ATRN yanıtıdır: isteyen alan adı için kuyrukta bekleyen bir şey yoktur. IANA kaydı 453'ü X.3.2 ile de ilişkilendirir, ancak başka bir kullanım tanımlanmamıştır.",
        whenYouSeeIt:
          "Yalnızca ODMR kurulumlarında görülür, örneğin Exim'in ret günlüğünde `temporarily rejected ATRN <alan adı>: 453 You have no mail`; teslim satırlarında asla yer almaz.",
        howToFix: 'Yapılacak bir şey yok; zararsızdır. İstemci bir sonraki planlı bağlantısında yeniden soracaktır.',
      },
    },
    references: [rfc(2645), IANA_ENHANCED],
    samples: ['453 You have no mail'],
  },
  {
    id: 'reply.454',
    code: 454,
    class: 'transient',
    status: 'extension',
    reason: 'security',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'TLS or AUTH temporarily unavailable',
        description:
          'Two defined senses: after STARTTLS, TLS is not available for a temporary reason (RFC 3207 §4); after AUTH, a temporary authentication failure (RFC 4954 §6, 4.7.0). Postfix also answers `454 4.7.1 ... Relay access denied` under `defer_unauth_destination` (common in Debian and Ubuntu `smtpd_relay_restrictions`), and turns any 5xx reject into 4xx while `soft_bounce = yes`; the text reveals these.',
        whenYouSeeIt:
          'Postfix smtpd sends `454 4.7.0 TLS not available due to local problem` when its certificate or key does not load and `454 4.7.0 Temporary authentication failure: ...` when the SASL backend (Dovecot, saslauthd) is down; as a client you see `status=deferred (host X said: 454 ...)` or an Exim `==` line.',
        howToFix:
          'The server that sent it must act: fix `smtpd_tls_cert_file`/`smtpd_tls_key_file` (or Exim `tls_certificate`/`tls_privatekey`) and file permissions, or restart the authentication backend. Clients simply retry; bots hammering AUTH should be rate-limited.',
      },
      tr: {
        title: 'TLS veya AUTH geçici olarak yok',
        description:
          "İki tanımlı anlamı vardır: STARTTLS sonrasında TLS geçici bir nedenle kullanılamıyordur (RFC 3207 §4); AUTH sonrasında ise geçici bir kimlik doğrulama hatasıdır (RFC 4954 §6, 4.7.0). Postfix ayrıca `defer_unauth_destination` altında (Debian ve Ubuntu'nun `smtpd_relay_restrictions` ayarında yaygındır) `454 4.7.1 ... Relay access denied` yanıtını verir ve `soft_bounce = yes` iken her 5xx reddi 4xx'e çevirir; bunları metin ele verir.",
        whenYouSeeIt:
          'Postfix smtpd, sertifikası veya anahtarı yüklenemediğinde `454 4.7.0 TLS not available due to local problem`, SASL arka ucu (Dovecot, saslauthd) çalışmadığında `454 4.7.0 Temporary authentication failure: ...` gönderir; istemci olarak `status=deferred (host X said: 454 ...)` ya da Exim `==` satırı görürsünüz.',
        howToFix:
          "Kodu gönderen sunucunun yöneticisi müdahale etmelidir: `smtpd_tls_cert_file`/`smtpd_tls_key_file` (ya da Exim'de `tls_certificate`/`tls_privatekey`) ayarlarını ve dosya izinlerini düzeltin veya kimlik doğrulama arka ucunu yeniden başlatın. İstemciler yalnızca yeniden dener; AUTH'a yüklenen botlar hız sınırına tabi tutulmalıdır.",
      },
    },
    references: [rfc(3207, '4'), rfc(4954, '6'), postconf('smtpd_tls_cert_file'), postconf('soft_bounce')],
    samples: [
      '454 4.7.0 TLS not available due to local problem',
      '454 4.7.0 Temporary authentication failure',
      '454 4.7.1 <spammer@domain.tld>: Relay access denied',
    ],
  },
  {
    id: 'reply.455',
    code: 455,
    class: 'transient',
    status: 'standard',
    reason: 'protocol',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Cannot accommodate parameters',
        description:
          'The server cannot handle the MAIL FROM or RCPT TO extension parameters right now (RFC 5321 §4.2.3, new since RFC 2821); the permanent counterpart is 555.',
        whenYouSeeIt:
          'Rare: Postfix `status=deferred (host X said: 455 ...) (in reply to MAIL FROM command)` or an Exim `==` line, typically for an ESMTP parameter such as SIZE= or RET=.',
        howToFix:
          'Let it retry. If it never clears, find which parameter the client sends (transcript via `debug_peer_list`) and whether the server really advertises that extension in EHLO.',
      },
      tr: {
        title: 'Parametreler karşılanamıyor',
        description:
          "Sunucu, MAIL FROM veya RCPT TO eklenti parametrelerini şu an işleyemiyor (RFC 5321 §4.2.3, RFC 2821'den sonra eklendi); kalıcı karşılığı 555'tir.",
        whenYouSeeIt:
          "Nadiren görülür: Postfix'te `status=deferred (host X said: 455 ...) (in reply to MAIL FROM command)` ya da Exim `==` satırı; genellikle SIZE= veya RET= gibi bir ESMTP parametresi için.",
        howToFix:
          "Yeniden denenmesine izin verin. Hiç düzelmiyorsa istemcinin hangi parametreyi gönderdiğini (`debug_peer_list` ile oturum dökümü) ve sunucunun o eklentiyi EHLO'da gerçekten duyurup duyurmadığını bulun.",
      },
    },
    references: [rfc(5321, '4.2.3'), rfc(5321, '4.3.2')],
    samples: ['455 4.5.4 Server unable to accommodate parameters'],
  },
  {
    id: 'reply.456',
    code: 456,
    class: 'transient',
    status: 'draft',
    reason: 'auth-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Draft: retry over IPv4',
        description:
          'Only in an expired Internet-Draft (draft-martin-smtp-ipv6-to-ipv4-fallback): the server asks the client to retry the message at once over IPv4 because over IPv6 it fails SPF- or DKIM-based checks. Whether any server deploys it is unclear.',
        whenYouSeeIt:
          'If at all, as Postfix `status=deferred (host X[ipv6] said: 456 ...)` or an Exim `==` line on an IPv6 connection; Postfix and Exim do not implement the fallback.',
        howToFix:
          'Make IPv6 sending pass authentication (PTR for the IPv6 address, SPF covering it, DKIM signing), or prefer IPv4 toward that destination (Postfix `smtp_address_preference = ipv4`, Exim `dns_ipv4_lookup`).',
      },
      tr: {
        title: 'Taslak: IPv4 üzerinden yeniden dene',
        description:
          'Yalnızca süresi dolmuş bir İnternet Taslağında geçer (draft-martin-smtp-ipv6-to-ipv4-fallback): sunucu, ileti IPv6 üzerinden SPF veya DKIM tabanlı denetimleri geçemediği için istemciden iletiyi hemen IPv4 üzerinden yeniden denemesini ister. Herhangi bir sunucunun bunu kullanıp kullanmadığı belirsizdir.',
        whenYouSeeIt:
          'Görülürse bir IPv6 bağlantısında Postfix `status=deferred (host X[ipv6] said: 456 ...)` ya da Exim `==` satırı olarak; Postfix ve Exim bu geri dönüşü uygulamaz.',
        howToFix:
          "IPv6 gönderiminin kimlik doğrulamasını geçmesini sağlayın (IPv6 adresi için PTR, onu kapsayan SPF, DKIM imzası) ya da o hedefe IPv4'ü tercih edin (Postfix'te `smtp_address_preference = ipv4`, Exim'de `dns_ipv4_lookup`).",
      },
    },
    references: [draft('draft-martin-smtp-ipv6-to-ipv4-fallback-00'), postconf('smtp_address_preference')],
    samples: ['456 Please retry immediately the message over IPv4 because it fails SPF and DKIM'],
  },
  {
    id: 'reply.458',
    code: 458,
    class: 'transient',
    status: 'extension',
    reason: 'system-error',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'ETRN: unable to queue node',
        description:
          'ETRN answer (RFC 1985): the server cannot start a queue run for the requested node right now. It concerns only on-demand relaying between a backup MX or ISP relay and a site that connects periodically.',
        whenYouSeeIt:
          'In ETRN clients (fetchmail reports "Unable to queue messages for node") or session transcripts; never in delivery lines.',
        howToFix:
          'Retry the ETRN later. If it keeps failing, the relay’s administrator must check that the node is one it queues mail for (Postfix: listed in `fast_flush_domains`, Exim: `smtp_etrn_command` configured).',
      },
      tr: {
        title: 'ETRN: düğüm kuyruğa alınamıyor',
        description:
          'ETRN yanıtıdır (RFC 1985): sunucu, istenen düğüm için kuyruk işlemeyi şu an başlatamıyor. Yalnızca yedek MX veya servis sağlayıcı aktarıcısı ile belirli aralıklarla bağlanan bir site arasındaki isteğe bağlı aktarımı ilgilendirir.',
        whenYouSeeIt:
          'ETRN istemcilerinde (fetchmail "Unable to queue messages for node" der) veya oturum dökümlerinde görülür; teslim satırlarında asla yer almaz.',
        howToFix:
          "ETRN isteğini daha sonra yineleyin. Başarısız olmaya devam ederse aktarıcının yöneticisi o düğüm için posta biriktirdiğini doğrulamalıdır (Postfix'te `fast_flush_domains` listesinde olmalı, Exim'de `smtp_etrn_command` yapılandırılmalı).",
      },
    },
    references: [rfc(1985), postconf('fast_flush_domains')],
    samples: ['458 Unable to queue messages for node example.org'],
  },
  {
    id: 'reply.459',
    code: 459,
    class: 'transient',
    status: 'extension',
    reason: 'policy',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'ETRN: node not allowed',
        description:
          'ETRN answer (RFC 1985): the requesting client is not allowed to start a queue run for that node, with the reason in the text. It is a configuration decision of the relay, not a fault.',
        whenYouSeeIt:
          'In ETRN clients (fetchmail reports "Node ... not allowed") or transcripts of backup-MX arrangements; never in delivery lines.',
        howToFix:
          'Ask the relay’s administrator to permit your client for that domain (Postfix `smtpd_etrn_restrictions`, Exim `acl_smtp_etrn`), or request the right node name.',
      },
      tr: {
        title: 'ETRN: düğüme izin yok',
        description:
          'ETRN yanıtıdır (RFC 1985): isteyen istemcinin o düğüm için kuyruk işletmesine izin verilmiyor; nedeni metinde yazar. Bu bir arıza değil, aktarıcının yapılandırma kararıdır.',
        whenYouSeeIt:
          'ETRN istemcilerinde (fetchmail "Node ... not allowed" der) veya yedek MX düzenlerinin oturum dökümlerinde görülür; teslim satırlarında asla yer almaz.',
        howToFix:
          "Aktarıcının yöneticisinden istemcinize o alan adı için izin vermesini isteyin (Postfix'te `smtpd_etrn_restrictions`, Exim'de `acl_smtp_etrn`) ya da doğru düğüm adını isteyin.",
      },
    },
    references: [rfc(1985), postconf('smtpd_etrn_restrictions')],
    samples: ['459 Node example.org not allowed: unauthorized client'],
  },
  {
    id: 'reply.471',
    code: 471,
    class: 'transient',
    status: 'non-standard',
    standsFor: '4.7.1',
    reason: 'other',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Non-standard: temporary policy refusal',
        description:
          'Non-standard: most likely 4.7.1 "delivery not authorized" with the dots stripped (RFC 3463 §3.8). Error lists describe it as a fault of the mail server, often its anti-spam filter; like 4.7.1 itself it covers many policy causes, so the text decides.',
        whenYouSeeIt:
          'As Postfix `status=deferred (host X said: 471 ...)` or an Exim `==` line from a filtering appliance; Postfix and Exim never send it.',
        howToFix:
          'Let it retry and read the text: a spam-filter or blocklist hint means checking your IP and domain reputation; an internal filter error clears when the receiver fixes it.',
      },
      tr: {
        title: 'Standart dışı: geçici politika reddi',
        description:
          'Standart dışıdır: büyük olasılıkla noktaları silinmiş 4.7.1 "teslime yetki yok" kodudur (RFC 3463 §3.8). Hata listeleri bunu posta sunucusunun, çoğu zaman da spam filtresinin bir arızası olarak anlatır; 4.7.1 gibi birçok politika nedenini kapsar, bu yüzden metin belirleyicidir.',
        whenYouSeeIt:
          'Bir filtreleme cihazından gelen Postfix `status=deferred (host X said: 471 ...)` ya da Exim `==` satırı olarak görülür; Postfix ve Exim bu kodu hiç göndermez.',
        howToFix:
          'Yeniden denenmesine izin verin ve metni okuyun: spam filtresi veya kara liste ipucu varsa IP ve alan adı itibarınızı kontrol edin; filtrenin kendi iç hatasıysa alıcı taraf düzeltince kendiliğinden geçer.',
      },
    },
    references: [rfc(3463, '3.8'), IANA_ENHANCED],
    samples: ['471 4.7.1 Message temporarily rejected by content filter'],
  },
  {
    id: 'reply.500',
    code: 500,
    class: 'permanent',
    status: 'standard',
    reason: 'protocol',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Command not recognized',
        description:
          'Syntax error: the command is unknown or the line is too long (RFC 5321 §4.2.3). RFC 4954 reuses it with 5.5.6 for an AUTH response line longer than the server accepts.',
        whenYouSeeIt:
          'Postfix smtpd answers `500 5.5.2 Error: command not recognized` to unknown commands from scanners and broken clients; as a client you may see it in `status=bounced (host X said: 500 ...)` when a firewall mangles commands.',
        howToFix:
          'Inbound from strangers: ignore or block (postscreen, fail2ban). On your own deliveries: fix the client, and switch off SMTP "fixup/inspection" features of firewalls (e.g. Cisco ESMTP inspection) that rewrite commands.',
      },
      tr: {
        title: 'Komut tanınmadı',
        description:
          'Sözdizimi hatasıdır: komut bilinmiyor ya da satır çok uzun (RFC 5321 §4.2.3). RFC 4954 bunu, sunucunun kabul ettiğinden uzun bir AUTH yanıt satırı için 5.5.6 ile yeniden kullanır.',
        whenYouSeeIt:
          'Postfix smtpd, tarayıcılardan ve bozuk istemcilerden gelen bilinmeyen komutlara `500 5.5.2 Error: command not recognized` yanıtını verir; istemci olarak bir güvenlik duvarı komutları bozduğunda `status=bounced (host X said: 500 ...)` içinde görebilirsiniz.',
        howToFix:
          'Yabancılardan geliyorsa görmezden gelin veya engelleyin (postscreen, fail2ban). Kendi teslimlerinizdeyse istemciyi düzeltin ve komutları yeniden yazan güvenlik duvarı SMTP "fixup/inspection" özelliklerini (ör. Cisco ESMTP inspection) kapatın.',
      },
    },
    references: [rfc(5321, '4.2.3'), rfc(5321, '4.3.2'), rfc(4954, '6')],
    samples: ['500 5.5.2 Error: command not recognized', '500 5.5.6 Authentication Exchange line is too long'],
  },
  {
    id: 'reply.501',
    code: 501,
    class: 'permanent',
    status: 'standard',
    reason: 'protocol',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Syntax error in arguments',
        description:
          'The command is known but its parameters or arguments are malformed (RFC 5321 §4.2.3): a bad address, an invalid HELO name, undecodable base64 in AUTH (RFC 4954, also `501 Authentication cancelled` when the client sends `*`), or STARTTLS with parameters (RFC 3207). All senses mean the sending side formatted something wrongly.',
        whenYouSeeIt:
          'Postfix smtpd `501 5.1.7 Bad sender address syntax`, `501 5.1.3 Bad recipient address syntax`, `501 5.5.2 <name>: Helo command rejected: Invalid name` (`invalid_hostname_reject_code`); Exim `login authenticator failed for ...: 501 Authentication cancelled`; as a client `status=bounced (host X said: 501 ...)`.',
        howToFix:
          'Correct the address format (angle brackets, no spaces, a full domain) or the HELO name (`smtp_helo_name` in Postfix, `helo_data` in Exim) in the sending application or MTA; for AUTH errors fix or update the client.',
      },
      tr: {
        title: 'Argümanlarda sözdizimi hatası',
        description:
          "Komut biliniyor, ancak parametreleri veya argümanları bozuk (RFC 5321 §4.2.3): hatalı bir adres, geçersiz bir HELO adı, AUTH'ta çözülemeyen base64 (RFC 4954; istemci `*` gönderdiğinde `501 Authentication cancelled`) ya da parametreyle gönderilmiş STARTTLS (RFC 3207). Tüm anlamlarında gönderen tarafın bir şeyi yanlış biçimlendirdiğini söyler.",
        whenYouSeeIt:
          "Postfix smtpd'de `501 5.1.7 Bad sender address syntax`, `501 5.1.3 Bad recipient address syntax`, `501 5.5.2 <ad>: Helo command rejected: Invalid name` (`invalid_hostname_reject_code`); Exim'de `login authenticator failed for ...: 501 Authentication cancelled`; istemci olarak `status=bounced (host X said: 501 ...)`.",
        howToFix:
          "Gönderen uygulamada veya MTA'da adres biçimini (açılı ayraçlar, boşluksuz, tam alan adı) ya da HELO adını (Postfix'te `smtp_helo_name`, Exim'de `helo_data`) düzeltin; AUTH hatalarında istemciyi düzeltin veya güncelleyin.",
      },
    },
    references: [rfc(5321, '4.2.3'), rfc(4954, '4'), rfc(3207, '4'), postconf('invalid_hostname_reject_code')],
    samples: [
      '501 Syntax error in parameters or arguments',
      '501 5.1.7 Bad sender address syntax',
      '501 Invalid Address',
    ],
  },
  {
    id: 'reply.502',
    code: 502,
    class: 'permanent',
    status: 'standard',
    reason: 'protocol',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Command not implemented',
        description:
          'The server recognises the command but does not implement it or has it switched off (RFC 5321 §4.2.4); an unknown command gets 500 instead. A server must not advertise in EHLO a capability it answers with 502.',
        whenYouSeeIt:
          'Postfix `502 5.5.1 VRFY command is disabled` when `disable_vrfy_command = yes`; EXPN, ETRN or TURN refused by servers that do not offer them; as a client rarely in `status=bounced`, since MTAs only use advertised commands.',
        howToFix:
          'Do not depend on the command: address-verification scripts must not rely on VRFY. If a delivery fails with 502, check that the client only uses what the server advertised in EHLO.',
      },
      tr: {
        title: 'Komut uygulanmamış',
        description:
          "Sunucu komutu tanıyor, ancak uygulamıyor ya da kapatmış (RFC 5321 §4.2.4); bilinmeyen bir komut bunun yerine 500 alır. Sunucu, 502 ile yanıtladığı bir yeteneği EHLO'da duyurmamalıdır.",
        whenYouSeeIt:
          "Postfix'te `disable_vrfy_command = yes` iken `502 5.5.1 VRFY command is disabled`; EXPN, ETRN veya TURN komutlarını sunmayan sunucuların retleri; MTA'lar yalnızca duyurulan komutları kullandığından istemci tarafında `status=bounced` içinde nadiren görülür.",
        howToFix:
          "Komuta bel bağlamayın: adres doğrulama betikleri VRFY'ye dayanmamalı. Bir teslim 502 ile başarısız oluyorsa istemcinin yalnızca sunucunun EHLO'da duyurduklarını kullandığını kontrol edin.",
      },
    },
    references: [rfc(5321, '4.2.4'), rfc(5321, '4.3.2'), postconf('disable_vrfy_command')],
    samples: ['502 5.5.1 VRFY command is disabled'],
  },
  {
    id: 'reply.503',
    code: 503,
    class: 'permanent',
    status: 'standard',
    reason: 'protocol',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Bad sequence of commands',
        description:
          'A command came out of order: RCPT before MAIL, DATA with no accepted recipient, MAIL before EHLO, or a second AUTH (RFC 5321 §4.2.3, RFC 4954). A server that greeted with 554 answers 503 to everything but QUIT (§3.1), so a 503 is often the echo of an earlier rejection.',
        whenYouSeeIt:
          'Postfix smtpd `503 5.5.1 Error: need MAIL command`, `503 5.5.1 Error: already authenticated`, `503 5.5.0 ... Improper use of SMTP command pipelining` (`reject_unauth_pipelining`); Exim `503 AUTH command used when not advertised`; as a client `(in reply to DATA command)` after all RCPTs were refused.',
        howToFix:
          'Look at the reply before the 503 (a refused RCPT or greeting is the real cause). Otherwise fix the client’s protocol logic, or a middlebox that breaks PIPELINING.',
      },
      tr: {
        title: 'Komut sırası hatalı',
        description:
          "Bir komut sırasız geldi: MAIL'den önce RCPT, kabul edilmiş alıcı yokken DATA, EHLO'dan önce MAIL ya da ikinci bir AUTH (RFC 5321 §4.2.3, RFC 4954). 554 ile karşılayan bir sunucu QUIT dışındaki her şeye 503 döner (§3.1); bu yüzden 503 çoğu zaman önceki bir reddin yankısıdır.",
        whenYouSeeIt:
          "Postfix smtpd'de `503 5.5.1 Error: need MAIL command`, `503 5.5.1 Error: already authenticated`, `503 5.5.0 ... Improper use of SMTP command pipelining` (`reject_unauth_pipelining`); Exim'de `503 AUTH command used when not advertised`; istemci olarak tüm RCPT'ler reddedildikten sonra `(in reply to DATA command)`.",
        howToFix:
          "503'ten önceki yanıta bakın (asıl neden reddedilmiş bir RCPT veya karşılama satırıdır). Öyle değilse istemcinin protokol mantığını ya da PIPELINING'i bozan ara kutuyu düzeltin.",
      },
    },
    references: [rfc(5321, '4.2.3'), rfc(5321, '3.1'), rfc(4954, '4'), POSTFIX_SMTPD_CHECK],
    samples: ['503 5.5.1 Error: need MAIL command', '503 AUTH command used when not advertised'],
  },
  {
    id: 'reply.504',
    code: 504,
    class: 'permanent',
    status: 'standard',
    reason: 'protocol',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Command parameter not implemented',
        description:
          'The command is implemented but the requested parameter is not (RFC 5321 §4.2.3), e.g. an unsupported AUTH mechanism (RFC 4954, 5.5.4). Postfix also uses 504 5.5.2 by default (`non_fqdn_reject_code = 504`) for a HELO, sender or recipient that is not fully qualified.',
        whenYouSeeIt:
          'Postfix `NOQUEUE: reject: RCPT from ...: 504 5.5.2 <name>: Helo command rejected: need fully-qualified hostname` (`reject_non_fqdn_helo_hostname`) or `... Sender address rejected: need fully-qualified address`; client side `SASL authentication failed` when the mechanism is refused.',
        howToFix:
          'Send a fully-qualified HELO name and full user@domain.tld addresses (Postfix `smtp_helo_name`/`myhostname`, Exim `helo_data`); for AUTH, use a mechanism the server advertised (`smtp_sasl_mechanism_filter`).',
      },
      tr: {
        title: 'Komut parametresi uygulanmamış',
        description:
          'Komut uygulanmış, ama istenen parametre uygulanmamış (RFC 5321 §4.2.3); örneğin desteklenmeyen bir AUTH mekanizması (RFC 4954, 5.5.4). Postfix, tam nitelikli olmayan bir HELO adı, gönderen veya alıcı için de varsayılan olarak 504 5.5.2 kullanır (`non_fqdn_reject_code = 504`).',
        whenYouSeeIt:
          "Postfix'te `NOQUEUE: reject: RCPT from ...: 504 5.5.2 <ad>: Helo command rejected: need fully-qualified hostname` (`reject_non_fqdn_helo_hostname`) ya da `... Sender address rejected: need fully-qualified address`; mekanizma reddedildiğinde istemci tarafında `SASL authentication failed`.",
        howToFix:
          "Tam nitelikli bir HELO adı ve eksiksiz kullanici@alan.tld adresleri gönderin (Postfix'te `smtp_helo_name`/`myhostname`, Exim'de `helo_data`); AUTH için sunucunun duyurduğu bir mekanizmayı kullanın (`smtp_sasl_mechanism_filter`).",
      },
    },
    references: [rfc(5321, '4.2.3'), rfc(4954, '4'), postconf('non_fqdn_reject_code'), POSTFIX_SMTPD_CHECK],
    samples: [
      '504 5.5.2 <WIN-6A0KEE6QVP5>: Helo command rejected: need fully-qualified hostname',
      '504 5.5.2 <aap@henk>: Sender address rejected: need fully-qualified address',
    ],
  },
  {
    id: 'reply.510',
    code: 510,
    class: 'permanent',
    status: 'non-standard',
    standsFor: '5.1.0',
    reason: 'user-unknown',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Non-standard: bad address',
        description:
          'Non-standard: most likely 5.1.0 "other address status" with the dots stripped (RFC 3463 §3.2). Error lists call it "bad email address"; it says something is wrong with an address without saying what.',
        whenYouSeeIt:
          'As Postfix `status=bounced (host X said: 510 ...)` or an Exim `**` line from a gateway; Postfix and Exim never send it, although Postfix logs dsn=5.1.0 for some address failures of its own.',
        howToFix:
          'Check the address for typos and whether the mailbox exists; since the code is vague, do not suppress the address on one 510 alone unless the text says the user is unknown.',
      },
      tr: {
        title: 'Standart dışı: hatalı adres',
        description:
          'Standart dışıdır: büyük olasılıkla noktaları silinmiş 5.1.0 "diğer adres durumu" kodudur (RFC 3463 §3.2). Hata listeleri bunu "hatalı e-posta adresi" diye anlatır; bir adreste sorun olduğunu söyler ama ne olduğunu söylemez.',
        whenYouSeeIt:
          'Bir ağ geçidinden gelen Postfix `status=bounced (host X said: 510 ...)` ya da Exim `**` satırı olarak görülür; Postfix ve Exim bu kodu göndermez, ancak Postfix kendi bazı adres hatalarında dsn=5.1.0 yazar.',
        howToFix:
          "Adreste yazım hatası olup olmadığını ve posta kutusunun var olup olmadığını kontrol edin; kod belirsiz olduğundan, metin kullanıcının bilinmediğini söylemiyorsa tek bir 510'a dayanarak adresi listeden çıkarmayın.",
      },
    },
    references: [rfc(3463, '3.2'), IANA_ENHANCED],
    samples: ['510 5.1.0 Address rejected'],
  },
  {
    id: 'reply.511',
    code: 511,
    class: 'permanent',
    status: 'non-standard',
    standsFor: '5.1.1',
    reason: 'user-unknown',
    whoMustAct: 'our-side',
    hardness: 'hard',
    texts: {
      en: {
        title: 'Non-standard: mailbox does not exist',
        description:
          'Non-standard: most likely 5.1.1 "bad destination mailbox address" with the dots stripped (RFC 3463 §3.2): the part left of the @ does not exist at the destination.',
        whenYouSeeIt:
          'As Postfix `status=bounced (host X said: 511 ...)` or an Exim `**` line from a gateway that prints enhanced codes without dots; the standard form is `550 5.1.1`.',
        howToFix:
          'Remove or correct the address: repeated mail to unknown users hurts your sender reputation. Check for typos before suppressing a known contact.',
      },
      tr: {
        title: 'Standart dışı: posta kutusu yok',
        description:
          'Standart dışıdır: büyük olasılıkla noktaları silinmiş 5.1.1 "hatalı hedef posta kutusu adresi" kodudur (RFC 3463 §3.2): @ işaretinin solundaki kısım hedefte mevcut değildir.',
        whenYouSeeIt:
          "Gelişmiş kodları noktasız yazan bir ağ geçidinden gelen Postfix `status=bounced (host X said: 511 ...)` ya da Exim `**` satırı olarak görülür; standart biçimi `550 5.1.1`'dir.",
        howToFix:
          'Adresi silin veya düzeltin: bilinmeyen kullanıcılara tekrar tekrar posta göndermek gönderen itibarınızı zedeler. Tanıdık bir kişiyi listeden çıkarmadan önce yazım hatası olup olmadığına bakın.',
      },
    },
    references: [rfc(3463, '3.2'), IANA_ENHANCED],
    samples: ['511 5.1.1 User unknown'],
  },
  {
    id: 'reply.512',
    code: 512,
    class: 'permanent',
    status: 'non-standard',
    standsFor: '5.1.2',
    reason: 'host-unknown',
    whoMustAct: 'our-side',
    hardness: 'hard',
    texts: {
      en: {
        title: 'Non-standard: domain not found',
        description:
          'Non-standard: most likely 5.1.2 "bad destination system address" with the dots stripped (RFC 3463 §3.2): the domain right of the @ does not exist or cannot take mail.',
        whenYouSeeIt:
          'As Postfix `status=bounced (host X said: 512 ...)` from a relay or gateway. Your own MTA reports the same condition differently: Postfix `Host or domain name not found. Name service error for name=... type=MX: Host not found` (5.4.4), Exim `Unrouteable address`.',
        howToFix:
          'Check the domain for typos (gmial.com, gmai.com) and whether it has MX or A records (`dig MX domain`); remove addresses at dead domains.',
      },
      tr: {
        title: 'Standart dışı: alan adı bulunamadı',
        description:
          'Standart dışıdır: büyük olasılıkla noktaları silinmiş 5.1.2 "hatalı hedef sistem adresi" kodudur (RFC 3463 §3.2): @ işaretinin sağındaki alan adı yoktur ya da posta alamaz.',
        whenYouSeeIt:
          "Bir aktarıcıdan veya ağ geçidinden gelen Postfix `status=bounced (host X said: 512 ...)` olarak görülür. Kendi MTA'nız aynı durumu farklı bildirir: Postfix'te `Host or domain name not found. Name service error for name=... type=MX: Host not found` (5.4.4), Exim'de `Unrouteable address`.",
        howToFix:
          'Alan adında yazım hatası (gmial.com, gmai.com) olup olmadığına ve MX veya A kaydı bulunup bulunmadığına (`dig MX alanadi`) bakın; ölü alan adlarındaki adresleri listeden çıkarın.',
      },
    },
    references: [rfc(3463, '3.2'), IANA_ENHANCED],
    samples: ['512 5.1.2 Domain not found'],
  },
  {
    id: 'reply.513',
    code: 513,
    class: 'permanent',
    status: 'non-standard',
    standsFor: '5.1.3',
    reason: 'user-unknown',
    whoMustAct: 'our-side',
    hardness: 'hard',
    texts: {
      en: {
        title: 'Non-standard: bad address syntax',
        description:
          'Non-standard: most likely 5.1.3 "bad destination mailbox address syntax" with the dots stripped (RFC 3463 §3.2): the recipient address is syntactically invalid, so no retry can deliver it.',
        whenYouSeeIt:
          'As Postfix `status=bounced (host X said: 513 ...)` or an Exim `**` line from a gateway; the standard form is Postfix’s own `501 5.1.3 Bad recipient address syntax`.',
        howToFix:
          'Fix the address where it was entered or generated (stray spaces, commas, missing domain, unquoted special characters) and resend.',
      },
      tr: {
        title: 'Standart dışı: adres sözdizimi hatalı',
        description:
          'Standart dışıdır: büyük olasılıkla noktaları silinmiş 5.1.3 "hatalı hedef posta kutusu adresi sözdizimi" kodudur (RFC 3463 §3.2): alıcı adresi sözdizimsel olarak geçersizdir, hiçbir yeniden deneme onu teslim edemez.',
        whenYouSeeIt:
          "Bir ağ geçidinden gelen Postfix `status=bounced (host X said: 513 ...)` ya da Exim `**` satırı olarak görülür; standart biçimi Postfix'in kendi `501 5.1.3 Bad recipient address syntax` yanıtıdır.",
        howToFix:
          'Adresi girildiği veya üretildiği yerde düzeltin (fazladan boşluk, virgül, eksik alan adı, tırnaksız özel karakterler) ve yeniden gönderin.',
      },
    },
    references: [rfc(3463, '3.2'), IANA_ENHANCED],
    samples: ['513 5.1.3 Bad recipient address syntax'],
  },
  {
    id: 'reply.520',
    code: 520,
    class: 'permanent',
    status: 'draft',
    reason: 'protocol',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Draft: use the correct QHLO ID',
        description:
          'Only in an expired Internet-Draft (draft-fanf-smtp-quickstart), where it tells a client of the proposed QHLO quick-start command to use the correct ID. It is essentially never seen.',
        whenYouSeeIt:
          'Practically never; neither Postfix nor Exim implements QHLO. A 520 from a real server is more likely a local invention, so read its text.',
        howToFix:
          'Treat it as a generic permanent protocol error: capture a transcript and check what the client sent; nothing standard applies.',
      },
      tr: {
        title: 'Taslak: doğru QHLO kimliğini kullan',
        description:
          'Yalnızca süresi dolmuş bir İnternet Taslağında geçer (draft-fanf-smtp-quickstart); orada önerilen QHLO hızlı başlatma komutunun istemcisine doğru kimliği kullanmasını söyler. Neredeyse hiç görülmez.',
        whenYouSeeIt:
          "Pratikte hiç görülmez; Postfix de Exim de QHLO'yu uygulamaz. Gerçek bir sunucudan gelen 520 büyük olasılıkla yerel bir uydurmadır, metnini okuyun.",
        howToFix:
          'Genel bir kalıcı protokol hatası gibi davranın: oturum dökümü alın ve istemcinin ne gönderdiğine bakın; standart bir çözüm yoktur.',
      },
    },
    references: [draft('draft-fanf-smtp-quickstart-01')],
    samples: ['520 Please use the correct QHLO ID'],
  },
  {
    id: 'reply.521',
    code: 521,
    class: 'permanent',
    status: 'extension',
    reason: 'not-accept',
    whoMustAct: 'their-side',
    hardness: 'hard',
    texts: {
      en: {
        title: 'Host does not accept mail',
        description:
          'A permanent failure (RFC 7504, first proposed in RFC 1846): this host accepts no mail at all, usually said in the greeting with enhanced code 5.3.2. Real servers also use 521 for blocklisting (AT&T: `521 ... Blocked for abuse`, KPN: `521 5.5.0 Your IP ... has been blacklisted`), so read the text before concluding the host takes no mail.',
        whenYouSeeIt:
          'Postfix client `host X refused to talk to me: 521 ...`; by default (`smtp_skip_5xx_greeting = yes`) Postfix treats a 5xx greeting as temporary, logs `status=deferred` (dsn 4.0.0) and tries the next MX. Postfix itself sends `521 5.3.2 Service currently unavailable` or `521 5.5.1 Protocol error` from postscreen and `521 5.5.2 ... bare <LF> received` when dropping a client.',
        howToFix:
          'Check the domain’s MX records (`dig MX domain`): they must point at real mail hosts, not at a web server or a null host; if the domain really takes no mail, reach the recipient another way. If the text names a blocklist, follow its delisting contact; if your own server sent it, review postscreen and `smtpd_forbid_bare_newline`.',
      },
      tr: {
        title: 'Sunucu posta kabul etmiyor',
        description:
          "Kalıcı bir hatadır (RFC 7504, ilk olarak RFC 1846'da önerildi): bu sunucu hiçbir posta kabul etmez; genellikle karşılama satırında, 5.3.2 gelişmiş koduyla söylenir. Gerçek sunucular 521'i kara listeye alma için de kullanır (AT&T: `521 ... Blocked for abuse`, KPN: `521 5.5.0 Your IP ... has been blacklisted`); bu yüzden sunucunun posta almadığına karar vermeden önce metni okuyun.",
        whenYouSeeIt:
          "Postfix istemcisinde `host X refused to talk to me: 521 ...`; Postfix varsayılan olarak (`smtp_skip_5xx_greeting = yes`) 5xx karşılamayı geçici sayar, `status=deferred` (dsn 4.0.0) yazar ve bir sonraki MX'i dener. Postfix'in kendisi bir istemciyi düşürürken postscreen'den `521 5.3.2 Service currently unavailable` veya `521 5.5.1 Protocol error`, ayrıca `521 5.5.2 ... bare <LF> received` gönderir.",
        howToFix:
          'Alan adının MX kayıtlarını kontrol edin (`dig MX alanadi`): bir web sunucusunu veya boş bir sunucuyu değil, gerçek posta sunucularını göstermelidir; alan adı gerçekten posta almıyorsa alıcıya başka bir yoldan ulaşın. Metin bir kara liste adı veriyorsa listeden çıkma iletişim adresini izleyin; kodu kendi sunucunuz gönderdiyse postscreen ve `smtpd_forbid_bare_newline` ayarlarını gözden geçirin.',
      },
    },
    references: [
      rfc(7504),
      rfc(1846),
      postconf('smtp_skip_5xx_greeting'),
      postconf('smtpd_forbid_bare_newline'),
      rfc(3463, '3.4'),
    ],
    samples: [
      '521-188.40.99.213 blocked by ldap:ou=rblmx,dc=att,dc=net 521 Error - Blocked for abuse. Contact abuse_rbl@abuse-att.net.',
      '521 5.3.2 Service currently unavailable',
      '521 5.3.2 mx.example.net does not accept mail',
    ],
  },
  {
    id: 'reply.523',
    code: 523,
    class: 'permanent',
    status: 'registry-associated',
    reason: 'tls-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Encryption needed',
        description:
          'No RFC defines 523 itself; the IANA registry lists it as the basic code for X.7.10 "encryption needed" (RFC 5248): a TLS layer is required before this, typically cleartext, authentication. Some error lists read 523 as "message exceeds size limits" (a dot-stripped 5.2.3); that reading is unconfirmed.',
        whenYouSeeIt:
          'On submission or relay connections when AUTH is tried without TLS: Postfix client `SASL authentication failed; server X said: 523 ...`, or a mail client reporting it.',
        howToFix:
          'Run STARTTLS before AUTH: in Postfix set `smtp_tls_security_level = encrypt` for that relay, in Exim require TLS toward it (`hosts_require_tls`). If the text is about size instead, shrink the message.',
      },
      tr: {
        title: 'Şifreleme gerekli',
        description:
          'Hiçbir RFC 523\'ün kendisini tanımlamaz; IANA kaydı onu X.7.10 "şifreleme gerekli" (RFC 5248) için temel kod olarak listeler: bu, genellikle düz metin olan kimlik doğrulamadan önce bir TLS katmanı gerektiği anlamına gelir. Bazı hata listeleri 523\'ü "ileti boyut sınırını aşıyor" (noktaları silinmiş 5.2.3) diye okur; bu okuma doğrulanmamıştır.',
        whenYouSeeIt:
          'TLS olmadan AUTH denendiğinde gönderim veya aktarım bağlantılarında görülür: Postfix istemcisinde `SASL authentication failed; server X said: 523 ...` ya da bunu bildiren bir e-posta istemcisi.',
        howToFix:
          "AUTH'tan önce STARTTLS çalıştırın: Postfix'te o aktarıcı için `smtp_tls_security_level = encrypt` ayarlayın, Exim'de ona TLS'yi zorunlu kılın (`hosts_require_tls`). Metin bunun yerine boyuttan söz ediyorsa iletiyi küçültün.",
      },
    },
    references: [IANA_ENHANCED, rfc(5248), postconf('smtp_tls_security_level')],
    samples: ['523 5.7.10 Encryption Needed'],
  },
  {
    id: 'reply.524',
    code: 524,
    class: 'permanent',
    status: 'registry-associated',
    reason: 'tls-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Encryption required (historic)',
        description:
          'No RFC defines 524; the IANA registry lists it as associated with X.7.11 "encryption required for requested authentication mechanism", a historic alternative to 538. The mechanism chosen may only be used on an encrypted connection.',
        whenYouSeeIt:
          'Very rarely, on AUTH attempts over plaintext to older servers: Postfix client `SASL authentication failed; server X said: 524 ...`.',
        howToFix:
          'Use STARTTLS before authenticating (Postfix `smtp_tls_security_level = encrypt` toward that relay, Exim `hosts_require_tls`), or pick a mechanism the server allows without TLS.',
      },
      tr: {
        title: 'Şifreleme zorunlu (tarihsel)',
        description:
          'Hiçbir RFC 524\'ü tanımlamaz; IANA kaydı onu X.7.11 "istenen kimlik doğrulama mekanizması için şifreleme zorunlu" ile ilişkilendirir ve bu, 538\'in tarihsel bir alternatifidir. Seçilen mekanizma yalnızca şifreli bir bağlantıda kullanılabilir.',
        whenYouSeeIt:
          'Çok nadiren, eski sunuculara düz metin üzerinden yapılan AUTH denemelerinde görülür: Postfix istemcisinde `SASL authentication failed; server X said: 524 ...`.',
        howToFix:
          "Kimlik doğrulamadan önce STARTTLS kullanın (o aktarıcı için Postfix'te `smtp_tls_security_level = encrypt`, Exim'de `hosts_require_tls`) ya da sunucunun TLS olmadan izin verdiği bir mekanizma seçin.",
      },
    },
    references: [IANA_ENHANCED, rfc(5248), rfc(4954, '6')],
    samples: ['524 5.7.11 Encryption required for requested authentication mechanism'],
  },
  {
    id: 'reply.525',
    code: 525,
    class: 'permanent',
    status: 'registry-associated',
    reason: 'suspended',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'User account disabled',
        description:
          'No RFC defines 525; the IANA registry lists it as the basic code for X.7.13 "user account disabled" (RFC 5248): authentication itself succeeded, but an administrator has disabled the account (unpaid, abuse, suspected break-in). It stays permanent until the account is re-enabled.',
        whenYouSeeIt:
          'On authenticated submission or relay: Postfix client `SASL authentication failed; server X said: 525 ...` or a mail client reporting it; Postfix and Exim servers do not send it by default.',
        howToFix:
          'Retyping the password will not help: the account holder must contact the provider’s administrator to re-enable it, or switch the relay (Postfix `relayhost`, `smtp_sasl_password_maps`) to a working account.',
      },
      tr: {
        title: 'Kullanıcı hesabı devre dışı',
        description:
          'Hiçbir RFC 525\'i tanımlamaz; IANA kaydı onu X.7.13 "kullanıcı hesabı devre dışı" (RFC 5248) için temel kod olarak listeler: kimlik doğrulamanın kendisi başarılıdır, ancak bir yönetici hesabı kapatmıştır (ödeme yok, kötüye kullanım, izinsiz giriş şüphesi). Hesap yeniden açılana kadar kalıcıdır.',
        whenYouSeeIt:
          'Kimlik doğrulamalı gönderim veya aktarımda görülür: Postfix istemcisinde `SASL authentication failed; server X said: 525 ...` ya da bunu bildiren bir e-posta istemcisi; Postfix ve Exim sunucuları varsayılan olarak bunu göndermez.',
        howToFix:
          "Parolayı yeniden yazmak işe yaramaz: hesap sahibi, hesabı yeniden açtırmak için sağlayıcının yöneticisiyle görüşmeli ya da aktarıcıyı (Postfix'te `relayhost`, `smtp_sasl_password_maps`) çalışan bir hesaba geçirmelidir.",
      },
    },
    references: [IANA_ENHANCED, rfc(5248)],
    samples: ['525 5.7.13 User account disabled'],
  },
  {
    id: 'reply.530',
    code: 530,
    class: 'permanent',
    status: 'extension',
    reason: 'security',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Authentication or STARTTLS required',
        description:
          'The server refuses the command until the client authenticates (RFC 4954 §6, `530 5.7.0 Authentication required`) or starts TLS (RFC 3207, `530 5.7.0 Must issue a STARTTLS command first`).',
        whenYouSeeIt:
          'Postfix smtpd sends `530 5.7.0 Must issue a STARTTLS command first` when `smtpd_tls_security_level = encrypt`; smarthosts answer 530 to an unauthenticated MAIL FROM, which your Postfix logs as `status=bounced (host X said: 530 ...) (in reply to MAIL FROM command)` and Exim as a `**` line.',
        howToFix:
          'Enable client authentication and TLS toward that relay: Postfix `smtp_sasl_auth_enable = yes` with credentials in `smtp_sasl_password_maps` and `smtp_tls_security_level = encrypt`; Exim an authenticator with `client_send` plus `hosts_require_auth` and `hosts_require_tls` on the smtp transport.',
      },
      tr: {
        title: 'Kimlik doğrulama veya STARTTLS gerekli',
        description:
          'Sunucu, istemci kimliğini doğrulayana (RFC 4954 §6, `530 5.7.0 Authentication required`) ya da TLS başlatana (RFC 3207, `530 5.7.0 Must issue a STARTTLS command first`) kadar komutu reddeder.',
        whenYouSeeIt:
          "Postfix smtpd, `smtpd_tls_security_level = encrypt` iken `530 5.7.0 Must issue a STARTTLS command first` gönderir; akıllı aktarıcılar (smarthost) kimlik doğrulamasız bir MAIL FROM'a 530 ile yanıt verir, bunu Postfix `status=bounced (host X said: 530 ...) (in reply to MAIL FROM command)`, Exim ise `**` satırı olarak yazar.",
        howToFix:
          "O aktarıcıya istemci kimlik doğrulamasını ve TLS'yi açın: Postfix'te `smtp_sasl_auth_enable = yes`, kimlik bilgileri `smtp_sasl_password_maps` içinde ve `smtp_tls_security_level = encrypt`; Exim'de `client_send` içeren bir authenticator ile smtp taşıyıcısında `hosts_require_auth` ve `hosts_require_tls`.",
      },
    },
    references: [
      rfc(4954, '6'),
      rfc(3207, '4'),
      postconf('smtp_sasl_auth_enable'),
      postconf('smtpd_tls_security_level'),
    ],
    samples: ['530 5.7.0 Must issue a STARTTLS command first', '530 5.7.0 Authentication required'],
  },
  {
    id: 'reply.533',
    code: 533,
    class: 'permanent',
    status: 'registry-associated',
    reason: 'other',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Registry-only code (X.7.1)',
        description:
          'No RFC defines 533; the IANA registry only lists it among the basic codes associated with X.7.1 "delivery not authorized, message refused", and its origin is unclear. Like 5.7.1 it can stand for any policy refusal, so only the text can tell which.',
        whenYouSeeIt:
          'Very rarely, as Postfix `status=bounced (host X said: 533 ...)` or an Exim `**` line from an unusual server; Postfix and Exim never send it.',
        howToFix:
          'Read the text: relay or authentication wording means authenticate or fix relay permissions; blocklist or spam wording means check your IP and domain reputation. Without a text, ask the receiving postmaster.',
      },
      tr: {
        title: 'Yalnızca kayıtta geçen kod (X.7.1)',
        description:
          'Hiçbir RFC 533\'ü tanımlamaz; IANA kaydı onu yalnızca X.7.1 "teslime yetki yok, ileti reddedildi" ile ilişkili temel kodlar arasında sayar ve kökeni belirsizdir. 5.7.1 gibi herhangi bir politika reddini temsil edebilir; hangisi olduğunu yalnızca metin söyler.',
        whenYouSeeIt:
          'Çok nadiren, alışılmadık bir sunucudan gelen Postfix `status=bounced (host X said: 533 ...)` ya da Exim `**` satırı olarak görülür; Postfix ve Exim bu kodu hiç göndermez.',
        howToFix:
          'Metni okuyun: aktarım veya kimlik doğrulama ifadeleri varsa kimliğinizi doğrulayın ya da aktarım izinlerini düzeltin; kara liste veya spam ifadeleri varsa IP ve alan adı itibarınızı kontrol edin. Metin yoksa alıcı tarafın postmaster adresine sorun.',
      },
    },
    references: [IANA_ENHANCED, rfc(5248), rfc(3463, '3.8')],
    samples: ['533 5.7.1 Delivery not authorized, message refused'],
  },
  {
    id: 'reply.534',
    code: 534,
    class: 'permanent',
    status: 'extension',
    reason: 'security',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Authentication mechanism too weak',
        description:
          'AUTH answer (RFC 4954 §6, enhanced 5.7.9): the chosen mechanism is weaker than the server’s policy allows for this user. Gmail uses 534 to demand an app-specific password (`534 5.7.9`) or a browser login (`534 5.7.14`).',
        whenYouSeeIt:
          'Postfix client `SASL authentication failed; server X said: 534 ...` when relaying through a provider, followed by deferred mail; mail clients show it as a login error.',
        howToFix:
          'Use a stronger mechanism, an app password or OAuth2 as the provider requires; in Postfix update the credentials in `smtp_sasl_password_maps` and the allowed mechanisms in `smtp_sasl_mechanism_filter`.',
      },
      tr: {
        title: 'Kimlik doğrulama mekanizması zayıf',
        description:
          "AUTH yanıtıdır (RFC 4954 §6, gelişmiş kod 5.7.9): seçilen mekanizma, sunucunun bu kullanıcı için izin verdiği düzeyden zayıftır. Gmail 534'ü uygulamaya özel parola (`534 5.7.9`) veya tarayıcıdan oturum açma (`534 5.7.14`) istemek için kullanır.",
        whenYouSeeIt:
          'Bir sağlayıcı üzerinden aktarım yaparken Postfix istemcisinde `SASL authentication failed; server X said: 534 ...` ve ardından ertelenen postalar; e-posta istemcileri bunu oturum açma hatası olarak gösterir.',
        howToFix:
          "Sağlayıcının istediği gibi daha güçlü bir mekanizma, uygulama parolası veya OAuth2 kullanın; Postfix'te `smtp_sasl_password_maps` içindeki kimlik bilgilerini ve `smtp_sasl_mechanism_filter` ile izin verilen mekanizmaları güncelleyin.",
      },
    },
    references: [rfc(4954, '6'), IANA_ENHANCED, postconf('smtp_sasl_password_maps')],
    samples: ['534 5.7.9 Authentication mechanism is too weak'],
  },
  {
    id: 'reply.535',
    code: 535,
    class: 'permanent',
    status: 'extension',
    reason: 'login-failure',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Authentication credentials invalid',
        description:
          'AUTH answer (RFC 4954 §6, enhanced 5.7.8): the username or password was rejected. Microsoft 365 also returns `535 5.7.139 Authentication unsuccessful` when SMTP AUTH is disabled for the tenant or mailbox.',
        whenYouSeeIt:
          'As a server: Postfix `535 5.7.8 Error: authentication failed: ...` with `warning: ...: SASL LOGIN authentication failed`, Exim `login authenticator failed for ...: 535 Incorrect authentication data`, usually many per hour from password-guessing bots. As a client: Postfix `SASL authentication failed; server X said: 535 ...` and the mail stays deferred.',
        howToFix:
          'Inbound bursts are brute force: rate-limit or ban the source (fail2ban, postscreen, `smtpd_client_auth_rate_limit`). If your own relay login fails, correct the entry in `smtp_sasl_password_maps` (run `postmap` after editing); for Microsoft 365, enable SMTP AUTH for the tenant and the mailbox.',
      },
      tr: {
        title: 'Kimlik bilgileri geçersiz',
        description:
          'AUTH yanıtıdır (RFC 4954 §6, gelişmiş kod 5.7.8): kullanıcı adı veya parola reddedildi. Microsoft 365, kiracı veya posta kutusu için SMTP AUTH kapalıyken de `535 5.7.139 Authentication unsuccessful` döndürür.',
        whenYouSeeIt:
          "Sunucu olarak: Postfix'te `warning: ...: SASL LOGIN authentication failed` ile birlikte `535 5.7.8 Error: authentication failed: ...`, Exim'de `login authenticator failed for ...: 535 Incorrect authentication data`; çoğu zaman parola deneyen botlardan saatte onlarca kez. İstemci olarak: Postfix'te `SASL authentication failed; server X said: 535 ...` ve posta ertelenmiş olarak kalır.",
        howToFix:
          "Dışarıdan gelen yoğun denemeler kaba kuvvet saldırısıdır: kaynağı hız sınırına tabi tutun veya engelleyin (fail2ban, postscreen, `smtpd_client_auth_rate_limit`). Kendi aktarıcı girişiniz başarısızsa `smtp_sasl_password_maps` içindeki kaydı düzeltin (düzenledikten sonra `postmap` çalıştırın); Microsoft 365 için kiracıda ve posta kutusunda SMTP AUTH'u açın.",
      },
    },
    references: [rfc(4954, '6'), postconf('smtp_sasl_password_maps'), postconf('smtpd_client_auth_rate_limit')],
    samples: ['535 5.7.8 Error: authentication failed: authentication failure', '535 Incorrect authentication data'],
  },
  {
    id: 'reply.538',
    code: 538,
    class: 'permanent',
    status: 'extension',
    reason: 'tls-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Encryption required for mechanism',
        description:
          'AUTH answer (RFC 4954 §6, enhanced 5.7.11): the selected mechanism may only be used over an encrypted connection. RFC 4954 keeps it for historical purposes; modern servers simply do not advertise such mechanisms before STARTTLS.',
        whenYouSeeIt:
          'Rarely: Postfix client `SASL authentication failed; server X said: 538 ...` when it authenticates without TLS; Postfix servers instead hide AUTH until TLS when `smtpd_tls_auth_only = yes`.',
        howToFix:
          'Start TLS before AUTH: `smtp_tls_security_level = encrypt` for that relay in Postfix (or `may` at least), `hosts_require_tls` in Exim.',
      },
      tr: {
        title: 'Mekanizma için şifreleme zorunlu',
        description:
          "AUTH yanıtıdır (RFC 4954 §6, gelişmiş kod 5.7.11): seçilen mekanizma yalnızca şifreli bir bağlantıda kullanılabilir. RFC 4954 bunu tarihsel amaçla tutar; günümüz sunucuları bu tür mekanizmaları STARTTLS'ten önce hiç duyurmaz.",
        whenYouSeeIt:
          "Nadiren: TLS olmadan kimlik doğrulayan Postfix istemcisinde `SASL authentication failed; server X said: 538 ...`; Postfix sunucuları ise `smtpd_tls_auth_only = yes` iken AUTH'u TLS başlayana kadar gizler.",
        howToFix:
          "AUTH'tan önce TLS başlatın: Postfix'te o aktarıcı için `smtp_tls_security_level = encrypt` (en azından `may`), Exim'de `hosts_require_tls`.",
      },
    },
    references: [rfc(4954, '6'), postconf('smtpd_tls_auth_only'), postconf('smtp_tls_security_level')],
    samples: ['538 5.7.11 Encryption required for requested authentication mechanism'],
  },
  {
    id: 'reply.541',
    code: 541,
    class: 'permanent',
    status: 'non-standard',
    standsFor: '5.4.1',
    reason: 'other',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Non-standard: recipient rejected',
        description:
          'Non-standard: formally a dot-stripped 5.4.1 "no answer from host" (RFC 3463 §3.5), but error lists describe it as the recipient’s server refusing the message, often by an anti-spam filter. Exchange Online uses the related `550 5.4.1 Recipient address rejected: Access denied` when the address is not in its directory.',
        whenYouSeeIt:
          'As Postfix `status=bounced (host X said: 541 ...)` or an Exim `**` line from a filtering gateway; Postfix and Exim never send it.',
        howToFix:
          'Read the text: "access denied" or directory wording means the address is invalid at that organisation (check it, remove it); spam-filter wording means reviewing content and reputation or asking the recipient to allowlist you.',
      },
      tr: {
        title: 'Standart dışı: alıcı reddetti',
        description:
          'Standart dışıdır: biçimsel olarak noktaları silinmiş 5.4.1 "sunucudan yanıt yok" kodudur (RFC 3463 §3.5), ama hata listeleri bunu alıcı sunucunun, çoğu zaman da spam filtresinin iletiyi reddetmesi olarak anlatır. Exchange Online, adres dizininde yoksa benzer `550 5.4.1 Recipient address rejected: Access denied` yanıtını kullanır.',
        whenYouSeeIt:
          'Bir filtreleme ağ geçidinden gelen Postfix `status=bounced (host X said: 541 ...)` ya da Exim `**` satırı olarak görülür; Postfix ve Exim bu kodu hiç göndermez.',
        howToFix:
          'Metni okuyun: "access denied" veya dizin ifadeleri adresin o kurumda geçersiz olduğunu gösterir (kontrol edin, listeden çıkarın); spam filtresi ifadeleri varsa içeriği ve itibarı gözden geçirin ya da alıcıdan sizi izin listesine eklemesini isteyin.',
      },
    },
    references: [rfc(3463, '3.5'), IANA_ENHANCED],
    samples: ['541 Recipient address rejected your message'],
  },
  {
    id: 'reply.550',
    code: 550,
    class: 'permanent',
    status: 'standard',
    reason: 'other',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Mailbox unavailable or refused',
        description:
          'The action was not taken: the mailbox was not found or not accessible, or the command was refused for policy reasons (RFC 5321 §4.2.3). It is the most overloaded code (unknown user, relay denial, spam, SPF/DKIM/DMARC failure, blocklists, RFC 6531 `5.6.9` UTF-8 headers), so never classify on 550 alone: the enhanced code and the text decide.',
        whenYouSeeIt:
          'Postfix client `status=bounced (host X said: 550 5.1.1 ... (in reply to RCPT TO command))`; Postfix server `NOQUEUE: reject: RCPT from ...: 550 5.1.1 <x>: Recipient address rejected: User unknown in local recipient table` (`unknown_local_recipient_reject_code = 550`); Exim `**` lines with `SMTP error from remote mail server after RCPT TO:<...>: 550 ...`.',
        howToFix:
          'Act on the enhanced code: 5.1.x means clean the address list; 5.7.x means fix authentication (SPF, DKIM, DMARC), reputation or relay permissions. With no enhanced code, the text and the stage (RCPT TO vs end of DATA) tell which.',
      },
      tr: {
        title: 'Posta kutusu yok veya reddedildi',
        description:
          "İşlem yapılmadı: posta kutusu bulunamadı veya erişilemiyor ya da komut politika gereği reddedildi (RFC 5321 §4.2.3). En aşırı yüklenmiş koddur (bilinmeyen kullanıcı, aktarım reddi, spam, SPF/DKIM/DMARC hatası, kara listeler, RFC 6531 `5.6.9` UTF-8 başlıklar); bu yüzden yalnızca 550'ye bakarak sınıflandırmayın, gelişmiş kod ve metin belirleyicidir.",
        whenYouSeeIt:
          "Postfix istemcisinde `status=bounced (host X said: 550 5.1.1 ... (in reply to RCPT TO command))`; Postfix sunucusunda `NOQUEUE: reject: RCPT from ...: 550 5.1.1 <x>: Recipient address rejected: User unknown in local recipient table` (`unknown_local_recipient_reject_code = 550`); Exim'de `SMTP error from remote mail server after RCPT TO:<...>: 550 ...` içeren `**` satırları.",
        howToFix:
          'Gelişmiş koda göre davranın: 5.1.x adres listesini temizlemeniz, 5.7.x ise kimlik doğrulamayı (SPF, DKIM, DMARC), itibarı veya aktarım izinlerini düzeltmeniz gerektiğini söyler. Gelişmiş kod yoksa hangisi olduğunu metin ve aşama (RCPT TO mu, DATA sonu mu) gösterir.',
      },
    },
    references: [rfc(5321, '4.2.3'), rfc(5321, '3.3'), postconf('unknown_local_recipient_reject_code'), IANA_ENHANCED],
    samples: [
      '550 5.1.1 <sales@server.com>: Recipient address rejected: User unknown in local recipient table',
      '550 Requested action not taken: mailbox unavailable',
      '550 5.1.1 Sorry, no mailbox here by that name.',
    ],
  },
  {
    id: 'reply.551',
    code: 551,
    class: 'permanent',
    status: 'standard',
    reason: 'has-moved',
    whoMustAct: 'our-side',
    hardness: 'hard',
    texts: {
      en: {
        title: 'User not local, try elsewhere',
        description:
          'The recipient is not hosted here and the server refuses to forward; it may name the forward-path to use instead (RFC 5321 §3.4). Some servers misuse 551 for an unknown user or for relay denial, so an enhanced code such as 5.1.1 takes precedence.',
        whenYouSeeIt:
          'Rare: Postfix `status=bounced (host X said: 551 ...) (in reply to RCPT TO command)` or an Exim `**` line; the real-world example `551 5.1.1 user does not exist` is really an unknown user.',
        howToFix:
          'If the reply names a new address, verify it with the recipient and update your records; do not rewrite addresses automatically (RFC 5321 §7.4 warns about that). Otherwise treat it as an invalid address and remove it.',
      },
      tr: {
        title: 'Alıcı yerel değil, başka yerde dene',
        description:
          "Alıcı bu sunucuda barınmıyor ve sunucu iletmeyi reddediyor; bunun yerine kullanılacak forward-path'i belirtebilir (RFC 5321 §3.4). Bazı sunucular 551'i bilinmeyen kullanıcı veya aktarım reddi için yanlış kullanır; bu yüzden 5.1.1 gibi bir gelişmiş kod önceliklidir.",
        whenYouSeeIt:
          "Nadiren: Postfix'te `status=bounced (host X said: 551 ...) (in reply to RCPT TO command)` ya da Exim `**` satırı; gerçek hayattan `551 5.1.1 user does not exist` örneği aslında bilinmeyen bir kullanıcıdır.",
        howToFix:
          'Yanıt yeni bir adres veriyorsa bunu alıcıyla doğrulayıp kayıtlarınızı güncelleyin; adresleri otomatik olarak değiştirmeyin (RFC 5321 §7.4 buna karşı uyarır). Aksi halde geçersiz bir adres sayıp listeden çıkarın.',
      },
    },
    references: [rfc(5321, '3.4'), rfc(5321, '4.2.3'), rfc(5321, '7.4')],
    samples: ['551 5.1.1 user does not exist', '551 User not local; please try <bob@new.example.net>'],
  },
  {
    id: 'reply.552',
    code: 552,
    class: 'permanent',
    status: 'standard',
    reason: 'other',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Exceeded storage allocation',
        description:
          '"Requested mail action aborted: exceeded storage allocation" (RFC 5321 §4.2.3) covers two different problems: the message is too big (5.3.4, also the SIZE answer of RFC 1870 §6.1) or the mailbox is full (5.2.2). RFC 5321 §4.5.3.1.10 adds that a 552 given for too many recipients should be treated like 452.',
        whenYouSeeIt:
          'Postfix `552 5.3.4 Message size exceeds fixed limit` (over `message_size_limit`), remote `status=bounced (host X said: 552 5.2.2 ... mailbox full)`. A reply like `552 4.2.2 User has full mailbox.` carries a mismatched class, so Postfix logs it with `dsn=5.0.0`.',
        howToFix:
          'Size: shrink attachments or send links, or raise `message_size_limit` (the same name in Postfix and Exim) if the limit is yours. Full mailbox: treat it as a soft bounce; the recipient must free space, and repeated failures over days justify suppressing the address.',
      },
      tr: {
        title: 'Depolama tahsisi aşıldı',
        description:
          '"İstenen işlem iptal edildi: depolama tahsisi aşıldı" (RFC 5321 §4.2.3) iki farklı sorunu kapsar: ileti çok büyüktür (5.3.4; RFC 1870 §6.1\'deki SIZE yanıtı da budur) ya da posta kutusu doludur (5.2.2). RFC 5321 §4.5.3.1.10 ayrıca fazla alıcı için verilen bir 552\'nin 452 gibi ele alınması gerektiğini söyler.',
        whenYouSeeIt:
          "Postfix'te `552 5.3.4 Message size exceeds fixed limit` (`message_size_limit` aşıldı), karşı taraftan `status=bounced (host X said: 552 5.2.2 ... mailbox full)`. `552 4.2.2 User has full mailbox.` gibi bir yanıtta sınıf uyuşmaz, bu yüzden Postfix onu `dsn=5.0.0` ile yazar.",
        howToFix:
          "Boyut: ekleri küçültün veya bağlantı gönderin; sınır sizinse `message_size_limit` değerini (Postfix'te de Exim'de de bu adla) yükseltin. Dolu posta kutusu: yumuşak geri dönüş sayın; yer açmak alıcıya düşer, günlerce süren hatalar adresi listeden çıkarmayı haklı kılar.",
      },
    },
    references: [rfc(5321, '4.2.3'), rfc(5321, '4.5.3.1.10'), rfc(1870, '6.1'), postconf('message_size_limit')],
    samples: ['552 5.3.4 Message size exceeds fixed limit', '552 4.2.2 User has full mailbox.'],
  },
  {
    id: 'reply.553',
    code: 553,
    class: 'permanent',
    status: 'standard',
    reason: 'other',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Mailbox name not allowed',
        description:
          'The mailbox name is not allowed, typically because its syntax is wrong (RFC 5321 §4.2.3); RFC 6531 uses `553 5.6.7` for a non-ASCII address sent without SMTPUTF8. In practice it also carries sender-ownership refusals, qmail-style "no mailbox here" and relay refusals, and Yahoo blocklist codes, so the text decides.',
        whenYouSeeIt:
          'Postfix smtpd `553 5.7.1 <x>: Sender address rejected: not owned by user ...` (`reject_sender_login_mismatch`) and `553 5.6.7 Must declare SMTPUTF8 to send unicode address`; remote `status=bounced (host X said: 553 sorry, no mailbox here by that name. (#5.1.1))` from qmail.',
        howToFix:
          'Fix the address syntax; make the envelope sender match the authenticated account (or update `smtpd_sender_login_maps`); for UTF-8 addresses enable SMTPUTF8 end to end (`smtputf8_enable`) or use ASCII. For a qmail "no mailbox" text, remove the address.',
      },
      tr: {
        title: 'Posta kutusu adına izin yok',
        description:
          'Posta kutusu adına izin verilmiyor, çoğunlukla sözdizimi hatalı olduğu için (RFC 5321 §4.2.3); RFC 6531, SMTPUTF8 olmadan gönderilen ASCII dışı bir adres için `553 5.6.7` kullanır. Pratikte gönderen sahipliği retleri, qmail tarzı "burada öyle bir posta kutusu yok" ve aktarım retleri ile Yahoo kara liste kodları için de kullanılır; metin belirleyicidir.',
        whenYouSeeIt:
          "Postfix smtpd'de `553 5.7.1 <x>: Sender address rejected: not owned by user ...` (`reject_sender_login_mismatch`) ve `553 5.6.7 Must declare SMTPUTF8 to send unicode address`; qmail'den gelen `status=bounced (host X said: 553 sorry, no mailbox here by that name. (#5.1.1))`.",
        howToFix:
          'Adres sözdizimini düzeltin; zarf göndereninin doğrulanmış hesapla eşleşmesini sağlayın (ya da `smtpd_sender_login_maps` dosyasını güncelleyin); UTF-8 adresler için SMTPUTF8\'i uçtan uca açın (`smtputf8_enable`) veya ASCII kullanın. qmail\'in "no mailbox" metninde adresi listeden çıkarın.',
      },
    },
    references: [rfc(5321, '4.2.3'), rfc(6531), postconf('smtpd_sender_login_maps'), POSTFIX_SMTPD_CHECK],
    samples: [
      '553 sorry, no mailbox here by that name. (#5.1.1)',
      '553 5.7.1 <sender@example.com>: Sender address rejected: not owned by user ph123',
      '553 5.6.7 Must declare SMTPUTF8 to send unicode address',
    ],
  },
  {
    id: 'reply.554',
    code: 554,
    class: 'permanent',
    status: 'standard',
    reason: 'other',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Transaction failed',
        description:
          'A generic permanent failure (RFC 5321 §4.2.3); as the greeting it means "no SMTP service here" (§3.1), after DATA it can mean no valid recipients. It is Postfix’s default for relay denial, DNSBL hits and access-map rejects, and receivers use it for spam and policy too, so the text decides.',
        whenYouSeeIt:
          'Postfix server `NOQUEUE: reject: RCPT from ...: 554 5.7.1 <x>: Relay access denied` (`relay_domains_reject_code`), `554 5.7.1 Service unavailable; Client host [ip] blocked using ...` (`maps_rbl_reject_code`); client `status=bounced (host X said: 554 ...)`, or `refused to talk to me: 554 ...` (deferred under `smtp_skip_5xx_greeting`).',
        howToFix:
          'Relay denial: authenticate (port 587 with SASL) or fix `mynetworks`/`relay_domains`, and check the MX if a remote MX says it. Blocklist: remove the cause, then request delisting. Spam or policy wording: review content, authentication and reputation.',
      },
      tr: {
        title: 'İşlem başarısız',
        description:
          'Genel bir kalıcı hatadır (RFC 5321 §4.2.3); karşılama satırında "burada SMTP hizmeti yok" (§3.1), DATA\'dan sonra ise geçerli alıcı olmadığı anlamına gelebilir. Postfix\'in aktarım reddi, DNSBL eşleşmesi ve erişim tablosu retleri için varsayılan kodudur; alıcılar onu spam ve politika için de kullanır, bu yüzden metin belirleyicidir.',
        whenYouSeeIt:
          'Postfix sunucusunda `NOQUEUE: reject: RCPT from ...: 554 5.7.1 <x>: Relay access denied` (`relay_domains_reject_code`), `554 5.7.1 Service unavailable; Client host [ip] blocked using ...` (`maps_rbl_reject_code`); istemcide `status=bounced (host X said: 554 ...)` ya da `refused to talk to me: 554 ...` (`smtp_skip_5xx_greeting` gereği ertelenir).',
        howToFix:
          'Aktarım reddi: kimliğinizi doğrulayın (587. port ve SASL) ya da `mynetworks`/`relay_domains` ayarlarını düzeltin; bunu bir uzak MX söylüyorsa MX kaydını kontrol edin. Kara liste: nedeni ortadan kaldırın, sonra listeden çıkarılmayı isteyin. Spam veya politika ifadesi: içeriği, kimlik doğrulamayı ve itibarı gözden geçirin.',
      },
    },
    references: [
      rfc(5321, '4.2.3'),
      rfc(5321, '3.1'),
      postconf('relay_domains_reject_code'),
      postconf('maps_rbl_reject_code'),
    ],
    samples: [
      '554 5.7.1 <u7ec3254b@vse-pro-deti.cz>: Relay access denied',
      '554 5.7.1 Service unavailable; Client host [87.236.233.182] blocked using rbl.example.com; https://www.example.com/query/ip/87.236.233.182',
      '554 5.5.1 Error: no valid recipients',
    ],
  },
  {
    id: 'reply.555',
    code: 555,
    class: 'permanent',
    status: 'standard',
    reason: 'protocol',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'MAIL/RCPT parameters not recognized',
        description:
          'A MAIL FROM or RCPT TO extension parameter is not recognised or not implemented (RFC 5321 §4.2.3, new since RFC 2821); the temporary counterpart is 455.',
        whenYouSeeIt:
          'Postfix smtpd `555 5.5.4 Unsupported option: ...`; as a client `status=bounced (host X said: 555 ...) (in reply to MAIL FROM command)`, often when a middlebox strips EHLO capabilities but the client still sends SIZE= or BODY=.',
        howToFix:
          'The client must only send parameters the server advertised in EHLO; look for firewalls or proxies that filter EHLO keywords (or Postfix `smtpd_discard_ehlo_keywords` on the receiving side).',
      },
      tr: {
        title: 'MAIL/RCPT parametreleri tanınmadı',
        description:
          "Bir MAIL FROM veya RCPT TO eklenti parametresi tanınmıyor ya da uygulanmamış (RFC 5321 §4.2.3, RFC 2821'den sonra eklendi); geçici karşılığı 455'tir.",
        whenYouSeeIt:
          "Postfix smtpd'de `555 5.5.4 Unsupported option: ...`; istemci olarak `status=bounced (host X said: 555 ...) (in reply to MAIL FROM command)`; çoğu zaman bir ara kutu EHLO yeteneklerini sildiği halde istemci SIZE= veya BODY= gönderdiğinde.",
        howToFix:
          "İstemci yalnızca sunucunun EHLO'da duyurduğu parametreleri göndermelidir; EHLO anahtar kelimelerini süzen güvenlik duvarlarını veya vekil sunucuları (ya da alıcı tarafta Postfix `smtpd_discard_ehlo_keywords` ayarını) arayın.",
      },
    },
    references: [rfc(5321, '4.2.3'), rfc(5321, '4.3.2'), postconf('smtpd_discard_ehlo_keywords')],
    samples: ['555 5.5.4 Unsupported option: SMTPUTF8'],
  },
  {
    id: 'reply.556',
    code: 556,
    class: 'permanent',
    status: 'extension',
    reason: 'not-accept',
    whoMustAct: 'our-side',
    hardness: 'hard',
    texts: {
      en: {
        title: 'Domain does not accept mail',
        description:
          'A permanent failure (RFC 7504, created for the null MX of RFC 7505): the recipient domain declares that it takes no mail at all (`MX 0 .`), enhanced code 5.1.10. Unlike 521, it is about the whole domain and is reported by a server that looked up the forward-path.',
        whenYouSeeIt:
          'Postfix smtpd `NOQUEUE: reject: RCPT from ...: 556 5.1.10 <x>: Recipient address rejected: Domain example.com does not accept mail (nullMX)`; the Postfix client logs `status=bounced (Domain example.com does not accept mail (nullMX))` with dsn=5.1.0, Exim `an MX or SRV record indicated no SMTP service`.',
        howToFix:
          'Remove the address: the domain owner states it takes no mail, so retrying or writing to their postmaster will not help. If the domain should receive mail, its owner must replace the null MX with real MX records.',
      },
      tr: {
        title: 'Alan adı posta kabul etmiyor',
        description:
          "Kalıcı bir hatadır (RFC 7504, RFC 7505'teki null MX için oluşturuldu): alıcı alan adı hiçbir posta almadığını bildirir (`MX 0 .`), gelişmiş kod 5.1.10. 521'den farklı olarak tüm alan adıyla ilgilidir ve forward-path'i sorgulayan bir sunucu tarafından bildirilir.",
        whenYouSeeIt:
          "Postfix smtpd'de `NOQUEUE: reject: RCPT from ...: 556 5.1.10 <x>: Recipient address rejected: Domain example.com does not accept mail (nullMX)`; Postfix istemcisi dsn=5.1.0 ile `status=bounced (Domain example.com does not accept mail (nullMX))`, Exim ise `an MX or SRV record indicated no SMTP service` yazar.",
        howToFix:
          "Adresi listeden çıkarın: alan adının sahibi posta almadığını açıkça bildiriyor, yeniden denemek veya postmaster'a yazmak işe yaramaz. Alan adı posta almalıysa null MX kaydını gerçek MX kayıtlarıyla değiştirmek sahibine düşer.",
      },
    },
    references: [rfc(7504), rfc(7505), IANA_ENHANCED],
    samples: [
      '556 5.1.10 <admin@example.com>: Recipient address rejected: Domain example.com does not accept mail (nullMX)',
    ],
  },
  {
    id: 'reply.557',
    code: 557,
    class: 'permanent',
    status: 'draft',
    reason: 'other',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Draft-only code (557)',
        description:
          'Only mentioned in an expired Internet-Draft (draft-moore-email-addrquery); its meaning there is unclear, and some code tables label it "too many duplicate messages" without any standard behind that. Treat it as a generic permanent failure.',
        whenYouSeeIt:
          'Rarely, as Postfix `status=bounced (host X said: 557 ...)` or an Exim `**` line from an unusual server; Postfix and Exim never send it.',
        howToFix:
          'Read the text for the actual cause; if it mentions duplicates, check that your application is not sending the same message repeatedly, otherwise ask the receiving postmaster.',
      },
      tr: {
        title: 'Yalnızca taslakta geçen kod (557)',
        description:
          'Yalnızca süresi dolmuş bir İnternet Taslağında (draft-moore-email-addrquery) geçer; oradaki anlamı belirsizdir ve bazı kod tabloları arkasında hiçbir standart olmadan onu "çok fazla yinelenen ileti" diye etiketler. Genel bir kalıcı hata gibi ele alın.',
        whenYouSeeIt:
          'Nadiren, alışılmadık bir sunucudan gelen Postfix `status=bounced (host X said: 557 ...)` ya da Exim `**` satırı olarak görülür; Postfix ve Exim bu kodu hiç göndermez.',
        howToFix:
          'Asıl neden için metni okuyun; yinelenen iletilerden söz ediyorsa uygulamanızın aynı iletiyi tekrar tekrar göndermediğini kontrol edin, aksi halde alıcı tarafın postmaster adresine sorun.',
      },
    },
    references: [draft('draft-moore-email-addrquery-01'), rfc(5321, '4.2.1')],
    samples: ['557 5.7.0 Too many duplicate messages'],
  },
  {
    id: 'reply.571',
    code: 571,
    class: 'permanent',
    status: 'non-standard',
    standsFor: '5.7.1',
    reason: 'other',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Non-standard: delivery not authorized',
        description:
          'Non-standard: the enhanced code 5.7.1 "delivery not authorized, message refused" with the dots stripped (RFC 3463 §3.8). Old IIS and Exchange servers sent it mostly for relay refusal (`571 5.7.1 Unable to relay`), but like 5.7.1 it can also mean a blocklist or spam refusal, so the text decides.',
        whenYouSeeIt:
          'As Postfix `status=bounced (host X said: 571 ...) (in reply to RCPT TO command)` or an Exim `**` line from Windows-based or appliance gateways; Postfix and Exim never send it.',
        howToFix:
          '"Unable to relay": authenticate to that server or have its administrator allow your IP, and check that the domain’s MX really points at it. Blocklist or spam wording: fix the cause and request delisting.',
      },
      tr: {
        title: 'Standart dışı: teslime yetki yok',
        description:
          'Standart dışıdır: noktaları silinmiş 5.7.1 "teslime yetki yok, ileti reddedildi" gelişmiş kodudur (RFC 3463 §3.8). Eski IIS ve Exchange sunucuları bunu çoğunlukla aktarım reddi için gönderirdi (`571 5.7.1 Unable to relay`), ancak 5.7.1 gibi kara liste veya spam reddi de olabilir; metin belirleyicidir.',
        whenYouSeeIt:
          'Windows tabanlı veya cihaz türü ağ geçitlerinden gelen Postfix `status=bounced (host X said: 571 ...) (in reply to RCPT TO command)` ya da Exim `**` satırı olarak görülür; Postfix ve Exim bu kodu hiç göndermez.',
        howToFix:
          '"Unable to relay": o sunucuda kimliğinizi doğrulayın ya da yöneticisinden IP adresinize izin vermesini isteyin ve alan adının MX kaydının gerçekten o sunucuyu gösterdiğini kontrol edin. Kara liste veya spam ifadesi: nedeni giderip listeden çıkarılmayı isteyin.',
      },
    },
    references: [rfc(3463, '3.8'), IANA_ENHANCED],
    samples: ['571 5.7.1 Unable to relay for bob@example.org', '571 Delivery not authorized, message refused'],
  },
];
