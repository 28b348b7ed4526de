// Minimal typing of s3rver 3.7 (CommonJS, no bundled types): only what the local runtime uses.
declare module 's3rver' {
  import type { EventEmitter } from 'node:events';
  import type { AddressInfo } from 'node:net';

  export interface S3rverOptions {
    address?: string;
    port?: number;
    silent?: boolean;
    directory?: string;
    resetOnClose?: boolean;
    allowMismatchedSignatures?: boolean;
    vhostBuckets?: boolean;
    configureBuckets?: { name: string; configs?: (string | Buffer)[] }[];
  }

  /** The S3 event notification s3rver emits in-process for Put, Copy, Post and Delete. */
  export interface S3rverEvent {
    Records: {
      eventName: string;
      eventTime: string;
      awsRegion: string;
      s3: {
        bucket: { name: string; arn: string };
        object: { key: string; size?: number; eTag?: string; sequencer: string };
      };
    }[];
  }

  export default class S3rver extends EventEmitter {
    constructor(options?: S3rverOptions);
    run(): Promise<AddressInfo>;
    close(): Promise<void>;
    reset(): void;
    on(event: 'event', listener: (event: S3rverEvent) => void): this;
  }
}
