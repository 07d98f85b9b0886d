// The workers are threads of one process (vite.config.ts, pool: 'threads'), and Node's BroadcastChannel reaches every
// thread of the process: the presenter view's test and a presentation layer drawn in the other worker at the same time
// heard each other (PresenterView.test and PresentationLayer.test failed together). Each worker's channels get names of
// their own, so that a worker hears only itself, as a forked worker did; `name` still reads as given. Set once per
// worker: the files of a worker share its globals (isolate: false).
import { threadId } from 'node:worker_threads';

const Shared = globalThis.BroadcastChannel as typeof BroadcastChannel & { perWorker?: true };
if (!Shared.perWorker) {
  globalThis.BroadcastChannel = class extends Shared {
    static perWorker = true as const;
    readonly #name: string;
    constructor(name: string) {
      super(`${name} (test worker ${threadId})`);
      this.#name = String(name);
    }
    get name() { return this.#name; }
  };
}
