import type { SESv2Client } from '@aws-sdk/client-sesv2';
import type { MailerPort } from '#app/ports';
import { type ClientSource, call, clientConfig, lazy, lazyAsync } from './aws.ts';
import { requireEnv } from './env.ts';
import { traced } from './tracing.ts';

/** The SES v2 SDK, imported on first use (see `lazyAsync`). */
const sesSdk = lazyAsync(() => import('@aws-sdk/client-sesv2')).get;

export const sesClient = lazyAsync<SESv2Client>(async () => {
  const { SESv2Client } = await sesSdk();
  return traced(new SESv2Client(clientConfig()));
});

export function sesMailer(
  sender: () => string = () => requireEnv('SENDER_EMAIL'),
  client: ClientSource<SESv2Client> = sesClient.get,
): MailerPort {
  return {
    async send(email) {
      const { SendEmailCommand } = await sesSdk();
      const out = await call('SES SendEmail', async () =>
        (await client()).send(
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
