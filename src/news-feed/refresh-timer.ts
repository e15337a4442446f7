import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Calls `refresh` every `every()` seconds while the element is connected and the page is visible; a changed
 * interval starts over. The first call is jittered so that many visitors of one ward site do not poll in
 * step; a hidden tab polls nothing and catches up when shown.
 */
export class RefreshTimer implements ReactiveController {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #seconds = 0;
  #dueAt = 0;
  readonly #onVisibility = () => this.#schedule();

  readonly #host: ReactiveControllerHost & Element;
  readonly #every: () => number;
  readonly #refresh: () => void;

  constructor(host: ReactiveControllerHost & Element, every: () => number, refresh: () => void) {
    this.#host = host;
    this.#every = every;
    this.#refresh = refresh;
    host.addController(this);
  }

  hostConnected(): void {
    this.#start();
  }

  hostDisconnected(): void {
    this.#stop();
  }

  hostUpdate(): void {
    if (this.#host.isConnected && this.#every() !== this.#seconds) this.#start();
  }

  #start(): void {
    const seconds = this.#every();
    this.#stop();
    if (!(seconds > 0)) return;
    this.#seconds = seconds;
    this.#dueAt = Date.now() + seconds * 1000 * (0.75 + Math.random() * 0.5);
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.#schedule();
  }

  #stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#seconds = 0;
    document.removeEventListener('visibilitychange', this.#onVisibility);
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.#seconds || document.visibilityState === 'hidden') return;
    this.#timer = setTimeout(() => this.#fire(), Math.max(0, this.#dueAt - Date.now()));
  }

  #fire(): void {
    this.#dueAt = Date.now() + this.#seconds * 1000;
    this.#refresh();
    this.#schedule();
  }
}
