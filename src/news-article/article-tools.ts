import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { ArticleStrings } from '../i18n/article-messages.js';
import type { NewsItem } from '../sources/types.js';
import { isAudio } from './attachments.js';
import { DEFAULT_SCALE_INDEX, FONT_SCALES, storedScaleIndex, storeScaleIndex } from './font-scale.js';
import { printAlone } from './print-alone.js';
import { facebookShareUrl, zaloShareUrl } from './share-links.js';
import { onVoicesChanged, speak, synth, voiceFor } from './speech.js';

export type Tool = 'print' | 'font-size' | 'share' | 'listen';
const ALL_TOOLS: Tool[] = ['print', 'font-size', 'share', 'listen'];
const FEEDBACK_MS = 4000;

type Host = ReactiveControllerHost &
  HTMLElement & { tools: string; renderRoot: HTMLElement | DocumentFragment };

/**
 * The article's toolbar: print, text size, share and listen. Each tool shows only where the browser can do
 * it (no voice for the language → no listen button), and none may break the article when it fails.
 */
export class ArticleTools implements ReactiveController {
  /** The visitor's A−/A/A+ step, an index into FONT_SCALES; the article's `data-scale`. */
  scaleIndex = DEFAULT_SCALE_INDEX;
  #copyFeedback: 'copied' | 'failed' | undefined;
  #feedbackTimer: ReturnType<typeof setTimeout> | undefined;
  #speech: 'idle' | 'speaking' | 'paused' = 'idle';
  #audioShown = false;
  /** Cancelling fires the old queue's end event late; only the current reading may reset the state. */
  #reading = 0;
  #unsubscribeVoices?: () => void;
  readonly #host: Host;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.scaleIndex = storedScaleIndex();
    this.#unsubscribeVoices = onVoicesChanged(() => this.#host.requestUpdate());
  }

  hostDisconnected(): void {
    this.#unsubscribeVoices?.();
    clearTimeout(this.#feedbackTimer);
    if (this.#speech !== 'idle') synth()?.cancel();
    this.#speech = 'idle';
  }

  render(item: NewsItem, lang: string, messages: ArticleStrings): TemplateResult | typeof nothing {
    const tools = this.#enabledTools();
    const audio = item.attachments?.find(isAudio);
    const voice = audio ? undefined : voiceFor(lang);
    const listen = tools.has('listen') && (audio || voice);
    if (!tools.size || (tools.size === 1 && tools.has('listen') && !listen)) return nothing;
    return html`<div part="toolbar" class="toolbar" role="toolbar" aria-label=${messages.toolbar}>
        ${
          tools.has('print')
            ? html`<button class="tool" type="button" @click=${() => printAlone(this.#host)}>
                ${messages.print}
              </button>`
            : nothing
        }
        ${tools.has('font-size') ? this.#renderFontSize(messages) : nothing}
        ${tools.has('share') ? this.#renderShare(item, messages) : nothing}
        ${listen ? this.#renderListen(item, messages, audio?.url, voice) : nothing}
      </div>
      ${
        audio && this.#audioShown
          ? html`<audio
              class="audio"
              controls
              preload="none"
              src=${audio.url}
              @play=${() => this.#host.requestUpdate()}
              @pause=${() => this.#host.requestUpdate()}
            ></audio>`
          : nothing
      }`;
  }

  #enabledTools(): Set<Tool> {
    const asked = this.#host.tools.split(/\s+/).filter(Boolean);
    const wanted = asked.length ? ALL_TOOLS.filter((tool) => asked.includes(tool)) : ALL_TOOLS;
    return new Set(wanted.filter((tool) => tool !== 'print' || typeof window.print === 'function'));
  }

  /** Each button's name starts with what it shows ("A+ Tăng cỡ chữ"): WCAG 2.5.3, Label in Name. */
  #renderFontSize(messages: ArticleStrings): TemplateResult {
    const last = FONT_SCALES.length - 1;
    return html`<span class="group">
      <button
        class="tool size"
        type="button"
        aria-label=${`A− ${messages.fontSmaller}`}
        title=${messages.fontSmaller}
        ?disabled=${this.scaleIndex === 0}
        @click=${() => this.#setScale(this.scaleIndex - 1)}
      >
        A−
      </button>
      <button
        class="tool size"
        type="button"
        aria-label=${`A ${messages.fontReset}`}
        title=${messages.fontReset}
        aria-pressed=${this.scaleIndex === DEFAULT_SCALE_INDEX ? 'true' : 'false'}
        @click=${() => this.#setScale(DEFAULT_SCALE_INDEX)}
      >
        A
      </button>
      <button
        class="tool size"
        type="button"
        aria-label=${`A+ ${messages.fontLarger}`}
        title=${messages.fontLarger}
        ?disabled=${this.scaleIndex === last}
        @click=${() => this.#setScale(this.scaleIndex + 1)}
      >
        A+
      </button>
    </span>`;
  }

  #setScale(index: number): void {
    this.scaleIndex = Math.min(FONT_SCALES.length - 1, Math.max(0, index));
    storeScaleIndex(this.scaleIndex);
    this.#host.requestUpdate();
  }

  #renderShare(item: NewsItem, messages: ArticleStrings): TemplateResult {
    const url = location.href;
    const canShare = typeof navigator.share === 'function';
    return html`<span class="group">
      <button class="tool" type="button" @click=${() => this.#copyLink(url)}>${messages.copyLink}</button>
      <a
        class="tool"
        href=${facebookShareUrl(url)}
        target="_blank"
        rel="noopener noreferrer"
        aria-label=${messages.shareFacebook}
        >Facebook</a
      >
      <a
        class="tool"
        href=${zaloShareUrl(url)}
        target="_blank"
        rel="noopener noreferrer"
        aria-label=${messages.shareZalo}
        >Zalo</a
      >
      ${
        canShare
          ? html`<button class="tool" type="button" @click=${() => this.#shareNatively(item.title, url)}>
              ${messages.shareNative}
            </button>`
          : nothing
      }
      <span class="feedback" role="status"
        >${
          this.#copyFeedback === 'copied'
            ? messages.copied
            : this.#copyFeedback === 'failed'
              ? messages.copyFailed
              : ''
        }</span
      >
    </span>`;
  }

  async #copyLink(url: string): Promise<void> {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      this.#copyFeedback = 'copied';
    } catch {
      this.#copyFeedback = 'failed';
    }
    this.#host.requestUpdate();
    clearTimeout(this.#feedbackTimer);
    this.#feedbackTimer = setTimeout(() => {
      this.#copyFeedback = undefined;
      this.#host.requestUpdate();
    }, FEEDBACK_MS);
  }

  #shareNatively(title: string, url: string): void {
    // Closing the share sheet rejects with AbortError: that is the visitor's choice, not a failure.
    navigator.share({ title, url }).catch(() => undefined);
  }

  #renderListen(
    item: NewsItem,
    messages: ArticleStrings,
    audioUrl: string | undefined,
    voice: SpeechSynthesisVoice | undefined,
  ): TemplateResult {
    if (audioUrl) {
      const player = this.#host.renderRoot.querySelector<HTMLAudioElement>('audio.audio');
      const playing = Boolean(player && !player.paused);
      return html`<button
        class="tool listen"
        type="button"
        aria-pressed=${playing ? 'true' : 'false'}
        @click=${() => this.#toggleAudio()}
      >
        ${playing ? messages.pause : messages.listen}
      </button>`;
    }
    if (this.#speech === 'idle') {
      return html`<button class="tool listen" type="button" @click=${() => this.#startSpeaking(item, voice!)}>
        ${messages.listen}
      </button>`;
    }
    const paused = this.#speech === 'paused';
    return html`<span class="group">
      <button class="tool listen" type="button" @click=${() => this.#pauseOrResume()}>
        ${paused ? messages.resume : messages.pause}
      </button>
      <button class="tool" type="button" @click=${() => this.#stopSpeaking()}>${messages.stop}</button>
    </span>`;
  }

  async #toggleAudio(): Promise<void> {
    if (!this.#audioShown) {
      this.#audioShown = true;
      this.#host.requestUpdate();
      await this.#host.updateComplete;
    }
    const player = this.#host.renderRoot.querySelector<HTMLAudioElement>('audio.audio');
    if (!player) return;
    if (player.paused) await player.play().catch(() => undefined);
    else player.pause();
    this.#host.requestUpdate();
  }

  #startSpeaking(item: NewsItem, voice: SpeechSynthesisVoice): void {
    const body = this.#host.renderRoot.querySelector<HTMLElement>('.body');
    const paragraphs = [item.title, item.summary ?? '', ...(body?.innerText.split(/\n+/) ?? [])];
    this.#speech = 'speaking';
    const reading = ++this.#reading;
    speak(paragraphs, voice, () => {
      if (reading !== this.#reading) return;
      this.#speech = 'idle';
      this.#host.requestUpdate();
    });
    this.#host.requestUpdate();
  }

  #pauseOrResume(): void {
    const speech = synth();
    if (this.#speech === 'paused') {
      speech?.resume();
      this.#speech = 'speaking';
    } else {
      speech?.pause();
      this.#speech = 'paused';
    }
    this.#host.requestUpdate();
  }

  #stopSpeaking(): void {
    this.#reading++;
    this.#speech = 'idle';
    synth()?.cancel();
    this.#host.requestUpdate();
  }
}
