import { css } from 'lit';
import { actionButton, actionButtonHover } from '../element/shared.styles.js';

/**
 * Styles of what only some feeds show (the ticker, search box, category tabs, pager), adopted with the
 * code of those features after the feed's own sheet, so they may refine its rules.
 */
export const feedExtrasStyles = css`
  /* ---- ticker: one headline at a time ---- */
  .ticker {
    display: flex;
    align-items: center;
    gap: 0.75em;
    padding: 0.4em 0;
    border-block: 2px solid var(--_accent);
  }
  .ticker-label {
    flex: none;
    padding: 0.35em 0.75em;
    background: var(--_accent);
    color: var(--_surface);
    font-weight: 700;
    text-transform: uppercase;
    font-size: 0.8em;
    letter-spacing: 0.04em;
  }
  .ticker-list {
    flex: 1;
    min-width: 0;
  }
  .ticker-list .item {
    border: 0;
    padding: 0;
    animation: slide-in 0.4s ease-out;
  }
  .ticker-list .title {
    font-size: 1em;
    margin: 0;
  }
  .ticker-list .meta {
    margin-block: 0;
  }
  .ticker-controls {
    flex: none;
    display: flex;
    align-items: center;
    gap: 0.25em;
  }
  .ticker-position {
    min-width: 3.5em;
    text-align: center;
    font-size: 0.875em;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  @keyframes slide-in {
    from {
      opacity: 0;
      transform: translateY(0.4em);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .ticker-list .item {
      animation: none;
    }
  }

  /* ---- a search's matches in the items ---- */
  mark {
    background: color-mix(in srgb, var(--_accent) 22%, var(--_surface));
    color: inherit;
    border-radius: 2px;
  }
  /* ---- controls ---- */
  .search {
    display: grid;
    gap: 0.25em;
    margin-bottom: var(--_gap);
  }
  .search label {
    font-weight: 600;
    font-size: 0.875em;
  }
  .search input {
    font: inherit;
    min-height: 44px;
    padding: 0.4em 0.75em;
    border: 1px solid color-mix(in srgb, var(--_text) 35%, transparent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  /*
   * One row, however many categories there are: the rest scroll sideways (a swipe, a wheel, or the arrow
   * keys, which bring the chosen tab into view) instead of piling up rows above the news.
   */
  .tabs {
    display: flex;
    gap: 0.4em;
    /* Room for the focus ring inside the scroller, without moving the tabs off the column's edge. */
    margin: -5px -5px calc(var(--_gap) - 8px);
    padding: 5px 5px 8px;
    overflow-x: auto;
    overscroll-behavior-x: contain;
    scroll-padding-inline: 5px;
    scrollbar-width: thin;
  }
  .tab {
    flex: none;
    white-space: nowrap;
  }
  .tab,
  .page,
  .more,
  .ticker-step,
  .ticker-toggle {
    ${actionButton}
  }
  .tab[aria-selected='true'],
  .page[aria-current='page'],
  .tab:hover,
  .page:hover:not(:disabled),
  .more:hover:not(:disabled),
  .ticker-step:hover:not(:disabled),
  .ticker-toggle:hover {
    ${actionButtonHover}
  }
  button:disabled {
    opacity: 0.45;
    cursor: default;
  }
  .ticker-step {
    padding-inline: 0.5em;
    font-size: 1.25em;
    line-height: 1;
  }
  /* A page the visitor chose that failed: said above the pager they used. */
  .page-status .notice.stale {
    margin: var(--_gap) 0 0;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    align-items: center;
    gap: 0.4em;
    margin-top: var(--_gap);
  }
  .gap {
    min-width: 1.5em;
    text-align: center;
    color: var(--_muted);
  }

  @container (max-width: 480px) {
    /* Label and controls share the first line; the headline gets the full width under them. */
    .ticker {
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0.4em;
    }
    .ticker-list {
      order: 3;
      flex-basis: 100%;
    }
    .ticker-list .meta {
      display: none;
    }
  }
`;
