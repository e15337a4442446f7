import { css } from 'lit';
import {
  hostBase,
  noticeStyles,
  placeholder,
  pulseStyles,
  separatedLine,
  separator,
} from '../element/shared.styles.js';

/** Dark defaults; a page's own `--news-*` values still win. */
const darkTokens = css`
  --_accent: var(--news-accent, #ff8a80);
  --_text: var(--news-text, #ececee);
  --_muted: var(--news-muted, #b4b7bd);
  --_surface: var(--news-surface, #17191d);
`;

/**
 * The feed's styles, on the tokens of `hostBase`. Titles show whole and meta lines wrap: rows are as tall as
 * their words. The skeleton's rows are drawn as tall as a row of real-length headlines measures in each
 * layout (see `docs/layout-stability.md`), so the page below barely moves when the news arrives.
 */
export const feedStyles = css`
  :host {
    ${hostBase}
    --_thumb-width: 168px;
    --_summary-lines: 2;
    /* How many lines the skeleton draws for a title and a meta line: what real headlines measure. */
    --_skeleton-title-lines: 2;
    --_skeleton-meta-lines: 1;
    container-type: inline-size;
    line-height: 1.5;
    overflow-wrap: break-word;
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
  /* The whole title, however many lines it takes: a headline cut short says something else. */
  .title {
    margin: 0 0 0.25em;
    font-size: 1.125em;
    line-height: 1.35;
    font-weight: 700;
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
    ${separatedLine}
    margin-block: 0 0.35em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  /* Each entry brings its own separator; the one that starts a line is clipped (see separatedLine). */
  .meta > ::before {
    content: '|' / '';
    ${separator}
  }
  /* A date or a count reads as one piece; a long category may wrap inside itself rather than overflow. */
  .meta > * {
    white-space: nowrap;
  }
  .category {
    min-width: 0;
    white-space: normal;
    color: var(--_accent);
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.02em;
  }
  .source {
    white-space: normal;
  }
  .source > span {
    padding: 0 0.5em;
    border-radius: 999px;
    background: color-mix(in srgb, var(--_accent) 10%, var(--_surface));
    color: var(--_text);
  }
  /* A summary is a teaser: a few lines, cut at a word with an ellipsis; the title above is whole. */
  .summary {
    grid-area: summary;
    margin: 0;
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
    --_summary-lines: 3;
  }
  .featured .title {
    font-size: 1.5em;
  }

  /* ---- grid: columns from the element's own width ---- */
  .list.grid {
    grid-template-columns: minmax(0, 1fr);
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
    margin-bottom: 0;
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
    height: 100%;
  }
  /* Placeholder lines as tall as the lines they stand for (a title's, a meta line's, a summary's). */
  .skeleton .title {
    height: calc(var(--_skeleton-title-lines) * 1lh);
  }
  .skeleton .meta {
    height: calc(var(--_skeleton-meta-lines) * 1lh);
    margin-inline-start: 0;
  }
  .skeleton .summary {
    height: calc(var(--_summary-lines) * 1lh);
  }
  .skeleton .title .bar {
    width: 85%;
  }
  .skeleton .meta .bar {
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

  /* The ticker's frame while its first headline loads: its border, its controls' height, two lines. */
  .skeleton.ticker-skeleton {
    --_skeleton-title-lines: 2;
    padding-block: 0.4em;
    border-block: 2px solid var(--_accent);
  }
  .skeleton.ticker-skeleton .item {
    padding: 0;
  }

  /*
   * What headlines of 15 to 30 words measure (docs/layout-stability.md): two lines beside a picture, four
   * on a card, one or two across a wide compact list, four in any column under 480 px.
   */
  .grid {
    --_skeleton-title-lines: 4;
    --_skeleton-meta-lines: 2;
  }
  .grid .featured {
    --_skeleton-title-lines: 3;
    --_skeleton-meta-lines: 1;
  }
  .compact {
    --_skeleton-title-lines: 1.25;
  }

  /* ---- a narrow column (sidebars, phones) ---- */
  @container (max-width: 480px) {
    .list {
      --_thumb-width: 112px;
      --_skeleton-title-lines: 4;
      --_skeleton-meta-lines: 2;
    }
    .list .featured {
      --_skeleton-title-lines: 5;
    }
    .compact,
    .slim-meta {
      --_skeleton-meta-lines: 1;
    }
    /* On a phone the label and the buttons take a line above the headline, which has no meta line. */
    .skeleton.ticker-skeleton {
      --_skeleton-title-lines: 4;
    }
    .skeleton.ticker-skeleton::before {
      content: '';
      display: block;
      height: calc(44px + 0.4em);
    }
    .skeleton.ticker-skeleton .meta {
      display: none;
    }
    .title {
      font-size: 1.0625em;
    }
    .featured .title {
      font-size: 1.25em;
    }
    /*
     * The title takes the full width, where a long Vietnamese headline needs the fewest lines; the meta line
     * follows it, and the picture sits beside the summary, as the big news sites lay out their phone lists.
     */
    .list:not(.grid) .item:not(.featured) article:not(.no-image) {
      grid-template-areas: 'title title' 'meta meta' 'thumb summary';
      grid-template-rows: auto auto 1fr;
    }
    /* Without a summary (hide="summary") the picture goes back beside the title rather than stand alone. */
    .list:not(.grid) .item:not(.featured) article:not(.no-image):not(:has(.summary)) {
      grid-template-areas: 'thumb title' 'thumb meta';
      grid-template-rows: auto 1fr;
    }
    .list:not(.grid) .item:not(.featured) article.no-image {
      grid-template-areas: 'title' 'meta' 'summary';
      grid-template-rows: auto auto 1fr;
    }
    .list:not(.grid) .item:not(.featured) .head {
      display: contents;
    }
    .list:not(.grid) .item:not(.featured) .title {
      grid-area: title;
    }
    .list:not(.grid) .item:not(.featured) .meta {
      grid-area: meta;
    }
    .list:not(.grid) .item:not(.featured) article:not(.no-image) .summary {
      --_summary-lines: 3;
      font-size: 0.9375em;
      line-height: 1.45;
    }
    .list:not(.grid) .item:not(.featured) .thumb {
      margin-top: 0.15em;
    }
  }
`;
