import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { extrasMessagesFor } from '../i18n/extras-messages.js';
import { fill } from '../i18n/messages.js';
import { resolveLang } from '../i18n/resolve-lang.js';
import type { NewsItem } from '../sources/types.js';
import type { FeedState } from './feed-state.js';

const reducedMotion = (): boolean => matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The `ticker` layout's state: which headline shows. It stands still unless the page asked for motion
 * (`ticker-autoplay`: state portals may not move text by themselves, Circular 32/2017/TT-BTTTT Art. 18);
 * the visitor steps with previous/next. Moving, it stops while paused, hovered or focused (nobody should
 * have to chase what they are reading), and never moves for a visitor who asked for reduced motion.
 */
export class TickerController implements ReactiveController {
  index = 0;
  paused = false;
  #hovered = false;
  #focused = false;
  #active = false;
  #timer: ReturnType<typeof setInterval> | undefined;

  readonly #host: ReactiveControllerHost;
  readonly #isActive: () => boolean;
  readonly #autoplay: () => boolean;
  readonly #count: () => number;
  readonly #intervalMs: () => number;

  constructor(
    host: ReactiveControllerHost,
    options: {
      isActive: () => boolean;
      autoplay: () => boolean;
      count: () => number;
      intervalMs: () => number;
    },
  ) {
    this.#host = host;
    this.#isActive = options.isActive;
    this.#autoplay = options.autoplay;
    this.#count = options.count;
    this.#intervalMs = options.intervalMs;
    host.addController(this);
  }

  /** Whether the headlines may move by themselves: asked for, and not under reduced motion. */
  get moving(): boolean {
    return this.#autoplay() && !reducedMotion();
  }

  /** Turns the clock on or off as the element's attributes say; a changed interval takes effect at once. */
  hostUpdate(): void {
    this.#active = this.#isActive();
    clearInterval(this.#timer);
    this.#timer = undefined;
    this.#sync();
  }

  /** Shows the headline `step` places on (−1: the previous one), wrapping around. */
  step(step: number): void {
    const count = this.#count();
    this.index = count ? (((this.index + step) % count) + count) % count : 0;
    this.#host.requestUpdate();
  }

  toggle(): void {
    this.paused = !this.paused;
    this.#sync();
    this.#host.requestUpdate();
  }

  hover(on: boolean): void {
    this.#hovered = on;
    this.#sync();
  }

  focus(on: boolean): void {
    this.#focused = on;
    this.#sync();
  }

  hostConnected(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  #sync(): void {
    const run = this.#active && this.moving && !this.paused && !this.#hovered && !this.#focused;
    if (run && !this.#timer) {
      this.#timer = setInterval(() => this.step(1), this.#intervalMs());
    } else if (!run && this.#timer) {
      clearInterval(this.#timer);
      this.#timer = undefined;
    }
  }
}

/**
 * The ticker's frame: its label, the current headline of `items` (rendered afresh for each item), the
 * previous/next buttons with the headline's position, and, when it moves, a pause button. A headline the
 * visitor stepped to is announced; one that moved by itself is not (it would talk over everything).
 */
export function renderTicker(
  feed: FeedState,
  ticker: TickerController,
  items: NewsItem[],
  renderOne: (item: NewsItem) => TemplateResult,
  listLabel: string,
): TemplateResult {
  const messages = extrasMessagesFor(resolveLang(feed), feed.messages);
  const index = ticker.index % items.length;
  const item = items[index];
  const moving = ticker.moving;
  const stepButton = (step: number, label: string, text: string) =>
    html`<button
      type="button"
      class="ticker-step"
      aria-label=${label}
      ?disabled=${items.length < 2}
      @click=${() => ticker.step(step)}
    >
      ${text}
    </button>`;
  return html`<div
    part="ticker"
    class="ticker"
    @mouseenter=${() => ticker.hover(true)}
    @mouseleave=${() => ticker.hover(false)}
    @focusin=${() => ticker.focus(true)}
    @focusout=${() => ticker.focus(false)}
  >
    <span class="ticker-label">${messages.tickerLabel}</span>
    <ul
      part="list"
      class="list ticker-list"
      aria-label=${listLabel}
      aria-live=${moving && !ticker.paused ? 'off' : 'polite'}
    >
      ${keyed(item.id, renderOne(item))}
    </ul>
    <div class="ticker-controls">
      ${stepButton(-1, messages.previousHeadline, '‹')}
      <span class="ticker-position"
        >${fill(messages.headlineOf, { index: index + 1, count: items.length })}</span
      >
      ${stepButton(1, messages.nextHeadline, '›')}
      ${
        moving
          ? html`<button
              type="button"
              class="ticker-toggle"
              aria-pressed=${ticker.paused ? 'true' : 'false'}
              @click=${() => ticker.toggle()}
            >
              ${ticker.paused ? messages.playTicker : messages.pauseTicker}
            </button>`
          : nothing
      }
    </div>
  </div>`;
}
