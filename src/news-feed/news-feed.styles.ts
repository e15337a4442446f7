import { css } from 'lit';
import { hostBase, noticeStyles, placeholder, pulseStyles } from '../internal/shared.styles.js';

/** Dark defaults; a page's own `--news-*` values still win. */
const darkTokens = css`
  --_accent: var(--news-accent, #ff8a80);
  --_text: var(--news-text, #ececee);
  --_muted: var(--news-muted, #b4b7bd);
  --_surface: var(--news-surface, #17191d);
`;

/**
 * The feed's styles, on the tokens of `hostBase`. Rows have fixed heights (titles and summaries clamped to a
 * set number of lines, room kept for a missing summary), so `page-size` rows of the skeleton take exactly
 * the height of the loaded list: no layout shift.
 */
export const feedStyles = css`
  :host {
    ${hostBase}
    --_thumb-width: 168px;
    --_title-lines: 2;
    --_summary-lines: 2;
    container-type: inline-size;
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* ---- list (the default) ---- */
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }
  .item {
    float: none;
    margin: 0;
    padding: 0 0 var(--_gap);
    border-bottom: 1px solid var(--_line);
  }
  .item:last-child {
    border-bottom: 0;
    padding-bottom: 0;
  }
  article {
    display: grid;
    grid-template-columns: var(--_thumb-width) minmax(0, 1fr);
    grid-template-areas: 'thumb head' 'thumb summary';
    grid-template-rows: auto 1fr;
    gap: 0 var(--_gap);
    align-items: start;
  }
  article.no-image {
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'head' 'summary';
  }
  .head {
    grid-area: head;
  }
  .thumb {
    grid-area: thumb;
    display: block;
    border-radius: var(--_radius);
    overflow: hidden;
    aspect-ratio: 16 / 10;
    background: var(--_skeleton);
  }
  .thumb img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .title {
    margin: 0 0 0.25em;
    font-size: 1.125em;
    line-height: 1.35;
    height: calc(var(--_title-lines) * 1.35em);
    font-weight: 700;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_title-lines);
    overflow: hidden;
  }
  .title a {
    color: inherit;
    text-decoration: none;
  }
  .title a:hover {
    color: var(--_accent);
    text-decoration: underline;
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .meta {
    display: flex;
    flex-wrap: nowrap;
    gap: 0 0.75em;
    height: 1.5em;
    margin: 0 0 0.35em;
    overflow: hidden;
    white-space: nowrap;
    font-size: 0.875em;
    color: var(--_muted);
  }
  /* The separator trails each entry, so a wrapped line ends with it instead of starting with it. */
  .meta > :not(:last-child)::after {
    content: '|';
    margin-inline-start: 0.75em;
    color: color-mix(in srgb, var(--_muted) 50%, transparent);
  }
  .meta > * {
    flex: none;
  }
  /* When the line is short of room the category gives way first, but never below a readable stub. */
  .category {
    flex: 0 1 auto;
    min-width: 5em;
    color: var(--_accent);
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.02em;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .source {
    padding: 0 0.5em;
    border-radius: 999px;
    background: color-mix(in srgb, var(--_accent) 10%, var(--_surface));
    color: var(--_text);
  }
  .summary {
    grid-area: summary;
    margin: 0;
    height: calc(var(--_summary-lines) * 1.5em);
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_summary-lines);
    overflow: hidden;
  }

  /* ---- featured first item (list and grid) ---- */
  .list:not(.grid) .featured article {
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'thumb' 'head' 'summary';
  }
  .list:not(.grid) .featured .thumb {
    aspect-ratio: 16 / 7;
    margin-bottom: 0.75em;
  }
  .featured {
    --_title-lines: 2;
    --_summary-lines: 3;
  }
  .featured .title {
    font-size: 1.5em;
  }

  /* ---- grid: columns from the element's own width ---- */
  .list.grid {
    grid-template-columns: minmax(0, 1fr);
    --_title-lines: 3;
    --_summary-lines: 3;
  }
  .grid .item {
    border-bottom: 0;
    padding-bottom: 0;
  }
  .grid article,
  .grid article.no-image {
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'thumb' 'head' 'summary';
    grid-template-rows: auto auto 1fr;
  }
  .grid .thumb {
    margin-bottom: 0.6em;
  }
  /* Where every row has a picture's frame (cards, a featured first item), one without keeps it, tinted. */
  .grid article.no-image::before,
  .list:not(.grid) .featured article.no-image::before {
    content: '';
    grid-area: thumb;
    aspect-ratio: 16 / 10;
    margin-bottom: 0.6em;
    border-radius: var(--_radius);
    background: linear-gradient(
      135deg,
      color-mix(in srgb, var(--_accent) 18%, var(--_surface)),
      var(--_skeleton)
    );
  }
  .list:not(.grid) .featured article.no-image::before {
    aspect-ratio: 16 / 7;
    margin-bottom: 0.75em;
  }
  @container (min-width: 540px) {
    .list.grid {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .grid .featured {
      grid-column: span 2;
      grid-row: span 2;
    }
  }
  @container (min-width: 840px) {
    .list.grid {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }

  /* ---- compact: title and date, for sidebars ---- */
  .list.compact {
    gap: 0.6em;
  }
  .compact .item {
    padding-bottom: 0.6em;
  }
  .compact .title {
    font-size: 1em;
  }
  .compact .meta {
    margin: 0;
  }

  /* ---- states ---- */
  ${noticeStyles}
  .empty {
    margin: 0 0 var(--_gap);
    color: var(--_muted);
  }
  .skeleton .bar,
  .skeleton .thumb {
    ${placeholder}
  }
  .skeleton .bar {
    display: block;
    width: 100%;
    height: 100%;
  }
  .skeleton .title .bar {
    width: 85%;
  }
  .skeleton .bar.short {
    width: 40%;
  }
  /* A whole line of its own, as tall as the rows it stands for (measured while the list loads). */
  .skeleton .deferred {
    --_deferred-height: 0px;
    grid-column: 1 / -1;
    box-sizing: content-box;
    height: var(--_deferred-height);
  }
  ${pulseStyles}

  /* ---- a narrow column (sidebars, phones) ---- */
  @container (max-width: 480px) {
    .list {
      --_thumb-width: 104px;
    }
    /*
     * Beside a small image the title gets three lines, and the image exactly their height: a row with an
     * image and one without are then the same height, as the skeleton (which cannot know) assumes.
     */
    .list:not(.grid):not(.compact):not(.ticker-list) {
      --_title-lines: 3;
    }
    .list:not(.grid):not(.ticker-list) .item:not(.featured) .thumb {
      aspect-ratio: auto;
      height: calc(var(--_title-lines) * 1.35em);
    }
    .title {
      font-size: 1em;
    }
    /*
     * Beside a small image only the title fits; the meta line and the summary take the full width below.
     * Rows without an image use the same grid (margins in a grid do not collapse), so both are as tall.
     */
    .list:not(.grid):not(.ticker-list) .item:not(.featured) article:not(.no-image) {
      grid-template-areas: 'thumb title' 'meta meta' 'summary summary';
      grid-template-rows: auto auto 1fr;
    }
    .list:not(.grid):not(.ticker-list) .item:not(.featured) article.no-image {
      grid-template-areas: 'title' 'meta' 'summary';
      grid-template-rows: auto auto 1fr;
    }
    .list:not(.grid):not(.ticker-list) .item:not(.featured) .head {
      display: contents;
    }
    .list:not(.grid) .item:not(.featured) .title {
      grid-area: title;
    }
    .list:not(.grid) .item:not(.featured) .meta {
      grid-area: meta;
      margin-top: 0.4em;
    }
    .list:not(.grid) .summary {
      margin-top: 0.25em;
    }
    .meta {
      flex-wrap: wrap;
      height: 3em;
    }
    .list.compact .meta,
    .list.slim-meta .meta {
      flex-wrap: nowrap;
      height: 1.5em;
    }
  }
`;
