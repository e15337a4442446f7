import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fill, type FeedExtrasMessages } from '../i18n/messages.js';
import { pageNumbers } from './page-numbers.js';

/** Numbered pages with previous/next; the current page is `aria-current`. */
export function renderPager(
  current: number,
  count: number,
  messages: FeedExtrasMessages,
  go: (page: number) => void,
): TemplateResult | typeof nothing {
  if (count <= 1) return nothing;
  const button = (page: number, label: string, text: unknown, disabled = false) =>
    html`<button
      type="button"
      class="page"
      aria-label=${label}
      aria-current=${ifDefined(page === current && text === String(page) ? 'page' : undefined)}
      ?disabled=${disabled}
      @click=${() => go(page)}
    >
      ${text}
    </button>`;
  return html`<nav part="pager" class="pager" aria-label=${messages.pagerLabel}>
    ${button(current - 1, messages.previousPage, '‹', current <= 1)}
    ${pageNumbers(current, count).map((slot) =>
      slot === 'gap'
        ? html`<span class="gap" aria-hidden="true">…</span>`
        : button(slot, fill(messages.pageOf, { page: slot, pages: count }), String(slot)),
    )}
    ${button(current + 1, messages.nextPage, '›', current >= count)}
  </nav>`;
}

/** "Xem thêm" / "Load more". */
export function renderMoreButton(
  messages: FeedExtrasMessages,
  busy: boolean,
  more: () => void,
): TemplateResult {
  return html`<div part="pager" class="pager">
    <button type="button" class="more" aria-busy=${busy ? 'true' : 'false'} ?disabled=${busy} @click=${more}>
      ${messages.loadMore}
    </button>
  </div>`;
}

/**
 * A real tablist: one tab stop, arrow keys (and Home/End) move between tabs and select them, the selected
 * tab is `aria-selected` and controls the list.
 */
export function renderCategoryTabs(
  categories: string[],
  active: string,
  messages: FeedExtrasMessages,
  panelId: string,
  choose: (category: string, focus: boolean) => void,
): TemplateResult {
  const all = ['', ...categories];
  const onKey = (event: KeyboardEvent) => {
    const index = all.indexOf(active);
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % all.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + all.length) % all.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? all.length - 1
              : -1;
    if (next < 0) return;
    event.preventDefault();
    choose(all[next], true);
  };
  return html`<div
    part="tabs"
    class="tabs"
    role="tablist"
    aria-label=${messages.categoriesLabel}
    @keydown=${onKey}
  >
    ${all.map(
      (category, i) =>
        html`<button
          type="button"
          role="tab"
          id=${`tab-${i}`}
          class="tab"
          aria-selected=${category === active ? 'true' : 'false'}
          aria-controls=${panelId}
          tabindex=${category === active ? '0' : '-1'}
          @click=${() => choose(category, false)}
        >
          ${category || messages.allCategories}
        </button>`,
    )}
  </div>`;
}

/** A labelled search box; input is handed on as typed (the element debounces). */
export function renderSearchBox(
  value: string,
  messages: FeedExtrasMessages,
  onInput: (value: string) => void,
): TemplateResult {
  return html`<div part="search" class="search" role="search">
    <label for="search">${messages.searchLabel}</label>
    <input
      id="search"
      type="search"
      .value=${value}
      placeholder=${messages.searchPlaceholder}
      autocomplete="off"
      @input=${(event: InputEvent) => onInput((event.target as HTMLInputElement).value)}
    />
  </div>`;
}
