import { BUSY_RETRY_AFTER_SECONDS, FRONT_DOOR_PAGES } from '#views/front-door';
import { gatewayResponseOf } from '../../infra/constructs/front-door.ts';

// The pages the front door answers on its own: small, self-contained, accessible, and the same words the
// callback uses, because they are the callback's own pages (rendered once, at synth time for AWS).

describe.each(Object.entries(FRONT_DOOR_PAGES))('front door page "%s"', (_name, page) => {
  it('is a complete, small HTML document with a language and a title', () => {
    expect(page.body).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(page.body).toMatch(/<title>[^<]+<\/title>/);
    expect(page.body).toMatch(/<main><h1>[^<]+<\/h1>/);
    expect(Buffer.byteLength(page.body)).toBeLessThan(8 * 1024);
  });

  it('loads nothing: no script, no external asset, no link', () => {
    for (const pattern of [/<script/i, /\bsrc=/i, /\bhref=/i, /url\(/i, /@import/i, /<link/i])
      expect(page.body).not.toMatch(pattern);
  });

  it('becomes a gateway response unchanged (no "$" for API Gateway to substitute)', () => {
    const response = gatewayResponseOf(page);
    expect(response.templates['text/html']).toBe(page.body);
    expect(response.statusCode).toBe(String(page.statusCode));
    expect(response.responseHeaders['content-type']).toBe("'text/html; charset=utf-8'");
  });
});

describe('the busy pages', () => {
  it('ask to retry after the Retry-After they send, and say nothing changed', () => {
    for (const page of [FRONT_DOOR_PAGES.throttled, FRONT_DOOR_PAGES.unavailable]) {
      expect(page.headers['retry-after']).toBe(String(BUSY_RETRY_AFTER_SECONDS));
      expect(page.body).toContain(`again in ${BUSY_RETRY_AFTER_SECONDS} seconds`);
      expect(page.body).toContain('Nothing was changed: your link still works.');
    }
    expect([FRONT_DOOR_PAGES.throttled.statusCode, FRONT_DOOR_PAGES.unavailable.statusCode]).toEqual([
      429, 503,
    ]);
  });
});
