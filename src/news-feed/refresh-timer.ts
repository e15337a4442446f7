import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Calls `refresh` every `every()` seconds while the element is connected and the page is visible; a changed
 * interval starts over. The first call is jittered so that many visitors of one ward site do not poll in
 * step; a hidden tab polls nothing and catches up when shown.
 */
export class RefreshTimer implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private seconds = 0;
  private dueAt = 0;
  private readonly onVisibility = () => this.schedule();

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly every: () => number,
    private readonly refresh: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.start();
  }

  hostDisconnected(): void {
    this.stop();
  }

  hostUpdate(): void {
    if (this.host.isConnected && this.every() !== this.seconds) this.start();
  }

  private start(): void {
    const seconds = this.every();
    this.stop();
    if (!(seconds > 0)) return;
    this.seconds = seconds;
    this.dueAt = Date.now() + seconds * 1000 * (0.75 + Math.random() * 0.5);
    document.addEventListener('visibilitychange', this.onVisibility);
    this.schedule();
  }

  private stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.seconds = 0;
    document.removeEventListener('visibilitychange', this.onVisibility);
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.seconds || document.visibilityState === 'hidden') return;
    this.timer = setTimeout(() => this.fire(), Math.max(0, this.dueAt - Date.now()));
  }

  private fire(): void {
    this.dueAt = Date.now() + this.seconds * 1000;
    this.refresh();
    this.schedule();
  }
}
