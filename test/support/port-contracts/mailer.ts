import type { Email, MailerPort } from '#app/ports';
import { fresh } from './storage.ts';

/**
 * The mailer port's behaviours, declared once: the in-memory port in the unit suite, the SES v2 adapter
 * against aws-ses-v2-local in the integration suite. `sent()` reads every message sent so far (the memory
 * list, or the emulator's GET /store). Every test writes to fresh recipients, so a shared store needs no
 * cleanup.
 */

export interface SentEmail {
  messageId: string;
  recipients: string[];
  subject: string;
  text: string | undefined;
  html: string | undefined;
}

export interface MailerHarness {
  mailer: MailerPort;
  sent(): Promise<SentEmail[]>;
}

const email = (to: string, over: Partial<Email> = {}): Email => ({
  to,
  subject: 'Approval needed: Spring launch (risk high)',
  text: 'plain body',
  html: '<p>html body</p>',
  ...over,
});

export function describeMailerContract(name: string, make: () => MailerHarness): void {
  describe(`mailer port contract: ${name}`, () => {
    const to = () => `${fresh('ana')}@example.com`;
    const sentTo = async (m: MailerHarness, address: string) =>
      (await m.sent()).filter((e) => e.recipients.includes(address));

    it('sends one message per call to its one recipient, subject and both bodies as given', async () => {
      const m = make();
      const [ana, ben] = [to(), to()];
      const subject = 'Freigabe nötig: „Frühlingsstart“ — risk high ✓';
      const html = '<p>Review <a href="https://approvals.example/a?x=1&amp;y=2">here</a></p>';
      const first = await m.mailer.send(email(ana, { subject, text: 'line 1\nline 2', html }));
      const second = await m.mailer.send(email(ben));
      expect(first.messageId).not.toBe('');
      expect(second.messageId).not.toBe(first.messageId);
      expect(await sentTo(m, ana)).toEqual([
        { messageId: first.messageId, recipients: [ana], subject, text: 'line 1\nline 2', html },
      ]);
      expect(await sentTo(m, ben)).toEqual([
        {
          messageId: second.messageId,
          recipients: [ben],
          subject: 'Approval needed: Spring launch (risk high)',
          text: 'plain body',
          html: '<p>html body</p>',
        },
      ]);
    });

    it('sends a message with one empty body when the other has content', async () => {
      const m = make();
      const ana = to();
      await m.mailer.send(email(ana, { html: '' }));
      expect(await sentTo(m, ana)).toMatchObject([{ text: 'plain body' }]);
    });

    it('refuses a message without a subject or without any body, and sends nothing', async () => {
      const m = make();
      const ana = to();
      await expect(m.mailer.send(email(ana, { subject: '' }))).rejects.toThrow();
      await expect(m.mailer.send(email(ana, { text: '', html: '' }))).rejects.toThrow();
      expect(await sentTo(m, ana)).toEqual([]);
    });
  });
}
