import type { ReactiveController, ReactiveControllerHost } from 'lit';

const reducedMotion = (): boolean => matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The `ticker` layout's clock: one headline at a time, moving on every few seconds. It stands still while
 * paused by the visitor, while hovered or focused (nobody should have to chase what they are reading), and
 * always when the visitor asked for reduced motion, where the element shows a static list instead.
 */
export class TickerController implements ReactiveController {
  index = 0;
  paused = false;
  private hovered = false;
  private focused = false;
  private active = false;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly count: () => number,
    private readonly intervalMs: () => number,
  ) {
    host.addController(this);
  }

  /** Whether the ticker animates at all here: not under reduced motion. */
  get animated(): boolean {
    return !reducedMotion();
  }

  /** Turns the ticker on or off; a changed interval takes effect at once. */
  setActive(active: boolean): void {
    this.active = active;
    clearInterval(this.timer);
    this.timer = undefined;
    this.sync();
  }

  toggle(): void {
    this.paused = !this.paused;
    this.sync();
    this.host.requestUpdate();
  }

  hover(on: boolean): void {
    this.hovered = on;
    this.sync();
  }

  focus(on: boolean): void {
    this.focused = on;
    this.sync();
  }

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private sync(): void {
    const run = this.active && this.animated && !this.paused && !this.hovered && !this.focused;
    if (run && !this.timer) {
      this.timer = setInterval(() => {
        const count = this.count();
        this.index = count ? (this.index + 1) % count : 0;
        this.host.requestUpdate();
      }, this.intervalMs());
    } else if (!run && this.timer) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
  }
}
