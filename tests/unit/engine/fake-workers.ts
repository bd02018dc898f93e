import { MessageChannel, type MessagePort } from 'node:worker_threads';
import * as Comlink from 'comlink';
import { createWorkerApi, type WorkerApi } from '../../../src/lib/engine/worker-api';

/** A Node MessagePort as a comlink endpoint (what comlink's node adapter does). */
export function nodeEndpoint(port: MessagePort) {
  const wrapped = new WeakMap<EventListener, (data: unknown) => void>();
  return {
    postMessage: (message: unknown, transfer?: Transferable[]) =>
      port.postMessage(message, transfer as never),
    addEventListener: (_type: string, fn: EventListener) => {
      const handler = (data: unknown) => fn({ data } as MessageEvent);
      wrapped.set(fn, handler);
      port.on('message', handler);
    },
    removeEventListener: (_type: string, fn: EventListener) => {
      const handler = wrapped.get(fn);
      if (handler) port.off('message', handler);
    },
    start: () => port.start(),
  };
}

export interface FakeWorker {
  /** Fires an error event, as a worker that throws at top level. */
  die: () => void;
  /** Stops answering without any event, as a worker that called close(). */
  close: () => void;
  /** Never answers again, as a worker in an endless loop. */
  hang: () => void;
  terminated: boolean;
}

/** The worker API whose every call never returns while `hung()` says so. */
function hangable(api: WorkerApi, hung: () => boolean): WorkerApi {
  const never = new Promise<never>(() => undefined);
  return new Proxy(api, {
    get: (target, key) => {
      const value = target[key as keyof WorkerApi];
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) =>
        hung() ? never : (value as (...a: unknown[]) => unknown)(...args);
    },
  });
}

/** Stand-in Workers: the real engine behind a MessageChannel, and ways to make each misbehave. */
export function fakeWorkers() {
  const started: FakeWorker[] = [];
  const factory = () => {
    const { port1, port2 } = new MessageChannel();
    let hung = false;
    Comlink.expose(
      hangable(createWorkerApi(), () => hung),
      nodeEndpoint(port2),
    );
    const target = new EventTarget();
    const endpoint = nodeEndpoint(port1);
    const handle: FakeWorker = {
      terminated: false,
      die: () => target.dispatchEvent(new Event('error')),
      close: () => port2.close(),
      hang: () => (hung = true),
    };
    started.push(handle);
    const worker = {
      postMessage: endpoint.postMessage.bind(endpoint),
      addEventListener: (type: string, fn: EventListener, opts?: AddEventListenerOptions) =>
        type === 'message'
          ? endpoint.addEventListener(type, fn)
          : target.addEventListener(type, fn, opts),
      removeEventListener: (type: string, fn: EventListener) =>
        type === 'message'
          ? endpoint.removeEventListener(type, fn)
          : target.removeEventListener(type, fn),
      terminate: () => {
        handle.terminated = true;
        port1.close();
      },
    };
    return worker as unknown as Worker;
  };
  return { factory, started };
}
