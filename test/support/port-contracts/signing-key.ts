import { randomBytes } from 'node:crypto';
import type { SigningKeyPort } from '#app/ports';

/**
 * The signing key port's behaviours, declared once: the in-memory port in the unit suite, the adapter on
 * its local source (SIGNING_KEY_FILE, shaped as the Secrets Manager secret string) in the integration
 * suite. The harness owns a key source holding `initial`: `port()` is a new container's port on it,
 * `rotate` makes the current key the previous one and stores `next` as current. Links signed before a
 * rotation verify with `previous()`. (The Secrets Manager adapter keeps a key for maxAge seconds through
 * Powertools Parameters; these sources are read on every call.) A read that fails is not kept.
 */

export interface SigningKeyHarness {
  port(): SigningKeyPort;
  rotate(next: string): Promise<void>;
}

const keyText = () => randomBytes(32).toString('base64url');
const bytes = (text: string) => new TextEncoder().encode(text);

export function describeSigningKeyContract(name: string, make: (initial: string) => SigningKeyHarness): void {
  describe(`signing key port contract: ${name}`, () => {
    it('gives the source’s key as UTF-8 bytes, the same bytes on every call and in every container', async () => {
      const text = keyText();
      const source = make(text);
      const one = source.port();
      const key = await one.get();
      expect(key).toEqual(bytes(text));
      expect(key.byteLength).toBeGreaterThanOrEqual(32);
      expect(await one.get()).toEqual(key);
      expect(await source.port().get()).toEqual(key);
    });

    it('has no previous key before a rotation; after one, signs with the new key and keeps the old one', async () => {
      const [before, after] = [keyText(), keyText()];
      const source = make(before);
      const port = source.port();
      expect(await port.previous()).toBeUndefined();
      await source.rotate(after);
      expect(await port.get()).toEqual(bytes(after));
      expect(await port.previous()).toEqual(bytes(before));
      expect(await source.port().previous()).toEqual(bytes(before));
    });

    it('refuses a key shorter than 32 bytes and reads the source again on the next call', async () => {
      const source = make('too-short');
      const port = source.port();
      await expect(port.get()).rejects.toThrow(/is 9 bytes; at least 32 required/);
      const fixed = keyText();
      await source.rotate(fixed);
      expect(await port.get()).toEqual(bytes(fixed));
    });
  });
}
