import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TaskStatus } from '@lit/task';

/** The part of a @lit/task Task this needs. */
interface AbortableTask {
  readonly status: TaskStatus;
  run(): Promise<void>;
  abort(): void;
}

/**
 * Aborts a loading task when its element leaves the page (@lit/task does not) and runs it again when the
 * element comes back. An element moved within the page is disconnected and reconnected in one task, so the
 * decision waits a microtask: a move is not a removal. `onRemoved` stops whatever else the host had started.
 * The host adds it with `addController`.
 */
export class AbortOnRemoval implements ReactiveController {
  #aborted = false;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #task: () => AbortableTask;
  readonly #onRemoved: (() => void) | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, task: () => AbortableTask, onRemoved?: () => void) {
    this.#host = host;
    this.#task = task;
    this.#onRemoved = onRemoved;
  }

  hostConnected(): void {
    if (!this.#aborted) return;
    this.#aborted = false;
    void this.#task().run();
  }

  hostDisconnected(): void {
    queueMicrotask(() => {
      if (this.#host.isConnected) return;
      this.#onRemoved?.();
      const task = this.#task();
      if (task.status !== TaskStatus.PENDING) return;
      this.#aborted = true;
      task.abort();
    });
  }
}
