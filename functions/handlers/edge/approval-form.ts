import type { APIGatewayProxyEvent } from 'aws-lambda';

/** The decision form is tiny; anything bigger is not ours. */
export const MAX_BODY_BYTES = 8 * 1024;
export const MAX_REASON_CHARS = 1_000;
const FORM_FIELDS = new Set(['decision', 'reason', 'exp', 'sig']);

function header(event: APIGatewayProxyEvent, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [k, v] of Object.entries(event.headers ?? {})) if (k.toLowerCase() === wanted) return v;
  return undefined;
}

type Form = { decision: 'approve' | 'reject'; reason: string; exp: string; sig: string };

/** Parses the decision form: size-limited, no unknown or repeated fields, bounded reason. */
export function parseDecisionForm(
  event: APIGatewayProxyEvent,
): { ok: true; form: Form } | { ok: false; status: number; message: string } {
  const type = (header(event, 'content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') {
    return { ok: false, status: 415, message: 'The decision must be sent as a form.' };
  }
  const raw = event.body ?? '';
  if (raw.length > (event.isBase64Encoded ? Math.ceil((MAX_BODY_BYTES * 4) / 3) + 4 : MAX_BODY_BYTES)) {
    return { ok: false, status: 413, message: 'The form is too large.' };
  }
  const bytes = event.isBase64Encoded ? Buffer.from(raw, 'base64') : Buffer.from(raw, 'utf8');
  if (bytes.byteLength > MAX_BODY_BYTES) return { ok: false, status: 413, message: 'The form is too large.' };
  const params = new URLSearchParams(bytes.toString('utf8'));
  const seen = new Map<string, string>();
  for (const [key, value] of params) {
    if (!FORM_FIELDS.has(key))
      return { ok: false, status: 400, message: `Unexpected form field "${key.slice(0, 40)}".` };
    if (seen.has(key)) return { ok: false, status: 400, message: `Form field "${key}" is repeated.` };
    seen.set(key, value);
  }
  const decision = seen.get('decision');
  if (decision !== 'approve' && decision !== 'reject') {
    return { ok: false, status: 400, message: 'The decision must be approve or reject.' };
  }
  const reason = (seen.get('reason') ?? '').trim();
  if (reason.length > MAX_REASON_CHARS) {
    return { ok: false, status: 400, message: `The reason may be at most ${MAX_REASON_CHARS} characters.` };
  }
  const exp = seen.get('exp') ?? event.queryStringParameters?.exp ?? '';
  const sig = seen.get('sig') ?? event.queryStringParameters?.sig ?? '';
  return { ok: true, form: { decision, reason, exp, sig } };
}
