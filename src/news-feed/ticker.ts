import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { extrasMessagesFor } from '../i18n/extras-messages.js';
import { resolveLang } from '../i18n/resolve-lang.js';
import type { NewsItem } from '../sources/types.js';
import type { NewsFeedElement } from './news-feed.js';

const reducedMotion = (): boolean => matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The `ticker` layout's clock: one headline at a time, moving on every few seconds. It stands still while
 * paused by the visitor, while hovered or focused (nobody should have to chase what they are reading), and
 * always when the visitor asked for reduced motion, where the element shows a static list instead.
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
  readonly #count: () => number;
  readonly #intervalMs: () => number;

  constructor(
    host: ReactiveControllerHost,
    isActive: () => boolean,
    count: () => number,
    intervalMs: () => number,
  ) {
    this.#host = host;
    this.#isActive = isActive;
    this.#count = count;
    this.#intervalMs = intervalMs;
    host.addController(this);
  }

  /** Whether the ticker animates at all here: not under reduced motion. */
  get animated(): boolean {
    return !reducedMotion();
  }

  /** Turns the ticker on or off as the element's layout says; a changed interval takes effect at once. */
  hostUpdate(): void {
    this.#active = this.#isActive();
    clearInterval(this.#timer);
    this.#timer = undefined;
    this.#sync();
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
    const run = this.#active && this.animated && !this.paused && !this.#hovered && !this.#focused;
    if (run && !this.#timer) {
      this.#timer = setInterval(() => {
        const count = this.#count();
        this.index = count ? (this.index + 1) % count : 0;
        this.#host.requestUpdate();
      }, this.#intervalMs());
    } else if (!run && this.#timer) {
      clearInterval(this.#timer);
      this.#timer = undefined;
    }
  }
}

/**
 * The ticker's frame: its label, the current headline of `items` (rendered afresh for each item, so that it
 * slides in), and a pause button.
 */
export function renderTicker(
  feed: NewsFeedElement,
  ticker: TickerController,
  items: NewsItem[],
  renderOne: (item: NewsItem) => TemplateResult,
  listLabel: string,
): TemplateResult {
  const messages = extrasMessagesFor(resolveLang(feed), feed.messages);
  const item = items[ticker.index % items.length];
  return html`<div
    part="ticker"
    class="ticker"
    @mouseenter=${() => ticker.hover(true)}
    @mouseleave=${() => ticker.hover(false)}
    @focusin=${() => ticker.focus(true)}
    @focusout=${() => ticker.focus(false)}
  >
    <span class="ticker-label">${messages.tickerLabel}</span>
    <ul part="list" class="list ticker-list" aria-label=${listLabel}>
      ${keyed(item.id, renderOne(item))}
    </ul>
    <button
      type="button"
      class="ticker-toggle"
      aria-pressed=${ticker.paused ? 'true' : 'false'}
      @click=${() => ticker.toggle()}
    >
      ${ticker.paused ? messages.playTicker : messages.pauseTicker}
    </button>
  </div>`;
}
