import { type FlagChange, planFlagChange } from '#core/flag-change';
import type { Ports } from './ports.ts';

/** `handoff flags set|rollout`: reads the flag, plans the change, writes record + audit entry atomically. */
export async function changeFlag(
  ports: Pick<Ports, 'flagAdmin'>,
  flag: string,
  change: FlagChange,
  meta: { by: string; why: string; at: string },
) {
  const current = await ports.flagAdmin.get(flag);
  const planned = planFlagChange(flag, current, change, meta);
  await ports.flagAdmin.apply(current, planned.record, planned.audit);
  return planned;
}
