import { randomBytes } from 'node:crypto';
import type { SigningKeyPort } from '#app/ports';

/**
 * The signing key port's behaviours, declared once: the in-memory port in the unit suite, the adapter on
 * its local source (SIGNING_KEY_FILE, shaped as the Secrets Manager secret string) in the integration
 * suite. The harness owns a key source holding `initial`: `port()` is a new container's port on it,
 * `rotate` replaces the key in the source. Rotation as it exists: a container reads the key once and keeps
 * it (links it signed stay verifiable while it lives); containers started after the rotation read the new
 * key. A read that fails is not kept: the next call reads the source again.
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

    it('keeps the key a container read after a rotation; a new container reads the new key', async () => {
      const [before, after] = [keyText(), keyText()];
      const source = make(before);
      const warm = source.port();
      await warm.get();
      await source.rotate(after);
      expect(await warm.get()).toEqual(bytes(before));
      expect(await source.port().get()).toEqual(bytes(after));
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
