import type { Locale } from '@ambassador/shared';

/** Text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!,
  );
}

/** A header value on one line: a line break in a title must never start a header of its own. */
export function headerLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
}

export type MailLayout = {
  locale: Locale;
  organisationName: string;
  /** The recipient's name, for the greeting. */
  name: string;
  heading: string;
  /** Paragraphs of plain text (escaped here). */
  lines: string[];
  action?: { label: string; url: string };
  /** Absent for security mails, which cannot be switched off. */
  unsubscribeUrl?: string;
};

const FOOTER = {
  nl: {
    hello: (name: string) => `Beste ${name},`,
    sentBy: (organisation: string) => `Dit bericht komt van ${organisation} via Ambassador.`,
    unsubscribe: 'Deze berichten niet meer ontvangen',
  },
  en: {
    hello: (name: string) => `Dear ${name},`,
    sentBy: (organisation: string) => `This message comes from ${organisation} through Ambassador.`,
    unsubscribe: 'Stop receiving these messages',
  },
} as const;

/** One mail as HTML (a single centred column that reads on a phone) and as plain text, from the same parts. */
export function renderLayout(mail: MailLayout): { html: string; text: string } {
  const words = FOOTER[mail.locale];
  const text = [
    words.hello(mail.name),
    '',
    ...mail.lines.flatMap((line) => [line, '']),
    ...(mail.action ? [`${mail.action.label}: ${mail.action.url}`, ''] : []),
    '--',
    words.sentBy(mail.organisationName),
    ...(mail.unsubscribeUrl ? [`${words.unsubscribe}: ${mail.unsubscribeUrl}`] : []),
  ].join('\n');

  const paragraph = (line: string) => `<p style="margin:0 0 16px">${escapeHtml(line)}</p>`;
  const button = mail.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(mail.action.url)}" style="background:#1d4ed8;color:#ffffff;` +
      `padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(mail.action.label)}` +
      `</a></p><p style="margin:0 0 16px;font-size:13px;color:#555555;word-break:break-all">${escapeHtml(mail.action.url)}</p>`
    : '';
  const unsubscribe = mail.unsubscribeUrl
    ? `<br><a href="${escapeHtml(mail.unsubscribeUrl)}" style="color:#555555">${escapeHtml(words.unsubscribe)}</a>`
    : '';
  const html = `<!doctype html>
<html lang="${mail.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(mail.heading)}</title></head>
<body style="margin:0;padding:0;background:#f4f4f5;font-family:Arial,Helvetica,sans-serif;color:#18181b">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border-radius:8px">
<tr><td style="padding:24px;font-size:15px;line-height:1.5">
<p style="margin:0 0 8px;font-size:13px;color:#555555">${escapeHtml(mail.organisationName)}</p>
<h1 style="margin:0 0 16px;font-size:20px">${escapeHtml(mail.heading)}</h1>
${paragraph(words.hello(mail.name))}
${mail.lines.map(paragraph).join('\n')}
${button}
</td></tr>
<tr><td style="padding:16px 24px;font-size:12px;color:#555555;border-top:1px solid #e4e4e7">
${escapeHtml(words.sentBy(mail.organisationName))}${unsubscribe}
</td></tr></table></td></tr></table></body></html>
`;
  return { html, text };
}
