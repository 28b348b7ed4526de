import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { requireEnv } from '#shared/env';
import { call, clientConfig, lazy } from './aws.ts';

export interface Email {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Port: one email to one recipient (SES v2 SendEmail, text + HTML). */
export interface MailerPort {
  send(email: Email): Promise<{ messageId: string }>;
}

export const sesClient = lazy(() => new SESv2Client(clientConfig()));

export function sesMailer(
  sender: () => string = () => requireEnv('SENDER_EMAIL'),
  client = sesClient.get,
): MailerPort {
  return {
    async send(email) {
      const out = await call('SES SendEmail', () =>
        client().send(
          new SendEmailCommand({
            FromEmailAddress: sender(),
            Destination: { ToAddresses: [email.to] },
            Content: {
              Simple: {
                Subject: { Data: email.subject, Charset: 'UTF-8' },
                Body: {
                  Text: { Data: email.text, Charset: 'UTF-8' },
                  Html: { Data: email.html, Charset: 'UTF-8' },
                },
              },
            },
          }),
        ),
      );
      return { messageId: out.MessageId ?? '' };
    },
  };
}

export const mailer = lazy(() => sesMailer());
