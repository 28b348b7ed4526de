import type { Clock } from '#app/ports';

/**
 * The clock of the ports: the system's on AWS. The local stack puts its own in place (`use`), which tests
 * move forward to reach an approval's reminders and timeout without waiting; it returns the undo.
 */
let current: Clock = () => new Date();

export const systemClock = {
  now: (): Date => current(),
  use(clock: Clock): () => void {
    const previous = current;
    current = clock;
    return () => {
      current = previous;
    };
  },
};
