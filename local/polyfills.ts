/**
 * aws-local-stepfunctions 3 calls `Promise.withResolvers` (Node 22+) for every Task state. Lambda runs
 * Node 22+, this repository must also run on Node 20: install the standard behaviour when it is missing.
 */
type WithResolvers = <T>() => { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void };

const P = Promise as unknown as { withResolvers?: WithResolvers };
if (typeof P.withResolvers !== 'function') {
  P.withResolvers = <T>() => {
    let resolve!: (v: T) => void;
    let reject!: (e: unknown) => void;
    const promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}

export {};
