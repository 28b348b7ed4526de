import type { FlagsPort } from '#app/ports';
import type { FlagRecord } from '#core/flags';
import { fresh } from './storage.ts';

/**
 * Intake's flags port, declared once: the in-memory port in the unit suite, the DynamoDB adapter (plain and
 * cached, as intake reads it) against DynamoDB Local in the integration suite. Flag names are fresh per test.
 */

export function describeFlagsContract(name: string, make: () => FlagsPort): void {
  describe(`flags port contract: ${name}`, () => {
    it('reads a flag that was never written as missing', async () => {
      const flags = make();
      expect(await flags.getFlag(fresh('flag'))).toBeUndefined();
    });

    it('reads back the record as written, optional fields included', async () => {
      const flags = make();
      const record: FlagRecord = {
        flag: fresh('flag'),
        state: 'shadow',
        percentage: 25,
        allowlist: ['spring-launch', 'vip'],
        updatedAt: '2026-11-02T10:00:00.000Z',
        updatedBy: 'ops@example.com',
      };
      await flags.putFlag(record);
      expect(await flags.getFlag(record.flag)).toEqual(record);
      const bare = { flag: fresh('flag'), state: 'on' as const, percentage: 0, allowlist: [] };
      await flags.putFlag(bare);
      expect(await flags.getFlag(bare.flag)).toEqual(bare);
    });

    it('replaces the whole record on a write: fields the new record lacks are gone', async () => {
      const flags = make();
      const flag = fresh('flag');
      await flags.putFlag({ flag, state: 'on', percentage: 100, allowlist: ['a'], updatedBy: 'ops' });
      await flags.putFlag({ flag, state: 'off', percentage: 0, allowlist: undefined });
      const read = await flags.getFlag(flag);
      expect(read).toEqual({ flag, state: 'off', percentage: 0 });
      expect(read?.allowlist).toBeUndefined();
      expect(read?.updatedBy).toBeUndefined();
    });

    it('keeps the record apart from the objects the caller wrote and read', async () => {
      const flags = make();
      const flag = fresh('flag');
      const written: FlagRecord = { flag, state: 'on', percentage: 50, allowlist: ['a'] };
      await flags.putFlag(written);
      written.percentage = 99;
      written.allowlist?.push('b');
      const read = await flags.getFlag(flag);
      expect(read).toEqual({ flag, state: 'on', percentage: 50, allowlist: ['a'] });
      if (read) read.state = 'off';
      expect((await flags.getFlag(flag))?.state).toBe('on');
    });
  });
}
