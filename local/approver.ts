/**
 * A person approving or rejecting from the email, scripted: open the link from the message, read the
 * confirmation page (a GET never decides), then submit its approve or reject form, exactly as a browser
 * without JavaScript does.
 */
import { httpRequest } from './http-client.ts';

export interface DecisionOutcome {
  status: number;
  body: string;
  /** The link that was followed. */
  link: string;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
};
const unescapeHtml = (s: string) => s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e] ?? e);

/** The approval links in a message body (text or HTML) that point at `baseUrl`. */
export function approvalLinks(body: string, baseUrl: string): string[] {
  const escaped = baseUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = body.match(new RegExp(`${escaped}/approvals/[^\\s"'<>]+`, 'g')) ?? [];
  return [...new Set(found.map(unescapeHtml))];
}

interface PageForm {
  action: string;
  fields: Record<string, string>;
}

/** The forms of the confirmation page with their hidden fields. */
export function pageForms(html: string): PageForm[] {
  const forms: PageForm[] = [];
  for (const match of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const attrs = match[1] ?? '';
    const inner = match[2] ?? '';
    const action = unescapeHtml(/\baction="([^"]*)"/i.exec(attrs)?.[1] ?? '');
    const fields: Record<string, string> = {};
    for (const input of inner.matchAll(/<input\b([^>]*)>/gi)) {
      const a = input[1] ?? '';
      const name = /\bname="([^"]*)"/i.exec(a)?.[1];
      if (name && /\btype="hidden"/i.test(a))
        fields[name] = unescapeHtml(/\bvalue="([^"]*)"/i.exec(a)?.[1] ?? '');
    }
    forms.push({ action, fields });
  }
  return forms;
}

/** Follow `link`, then submit the page's `decision` form (with a reason for a rejection). */
export async function decide(
  link: string,
  decision: 'approve' | 'reject',
  reason = '',
): Promise<DecisionOutcome> {
  const page = await httpRequest(link);
  const html = page.body;
  if (page.status !== 200) return { status: page.status, body: html, link };
  const form = pageForms(html).find((f) => f.fields.decision === decision);
  if (!form) throw new Error(`the confirmation page at ${link} has no ${decision} form`);
  const body = new URLSearchParams({ ...form.fields, ...(reason ? { reason } : {}) });
  const response = await httpRequest(new URL(form.action, link), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: body.toString(),
  });
  return { status: response.status, body: response.body, link };
}
