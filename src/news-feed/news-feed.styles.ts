import { css } from 'lit';

/**
 * Public `--news-*` tokens map to private `--_*` variables here, once; every rule reads only the private
 * ones. `all: initial` stops the host page's inherited styles (letter-spacing, text-transform, text-align,
 * a 62.5 % root font size) from reaching the list; sizes are in px and em of our own font size, never rem.
 */
export const feedStyles = css`
  :host {
    all: initial;
    --_accent: var(--news-accent, #b71c1c);
    --_text: var(--news-text, #1d1d1f);
    --_muted: var(--news-muted, #595959);
    --_surface: var(--news-surface, #ffffff);
    --_skeleton: color-mix(in srgb, var(--_text) 9%, var(--_surface));
    --_font: var(
      --news-font,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans',
      'Helvetica Neue',
      Arial,
      sans-serif
    );
    --_font-size: var(--news-font-size, 16px);
    --_radius: var(--news-radius, 8px);
    --_gap: var(--news-gap, 16px);
    --_thumb-width: 168px;
    display: block;
    container-type: inline-size;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.5;
    color: var(--_text);
    background: var(--_surface);
    text-align: start;
    overflow-wrap: anywhere;
    -webkit-text-size-adjust: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

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
    border-bottom: 1px solid color-mix(in srgb, var(--_text) 12%, transparent);
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
  button:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
    margin: 0 0 0.35em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  /* The separator trails each entry, so a wrapped line ends with it instead of starting with it. */
  .meta > :not(:last-child)::after {
    content: '|';
    margin-inline-start: 0.75em;
    color: color-mix(in srgb, var(--_muted) 50%, transparent);
  }
  .category {
    color: var(--_accent);
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.02em;
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
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
  }

  .status {
    margin: 0;
  }
  .status:empty {
    display: none;
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    padding: 0.75em 1em;
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_accent) 6%, var(--_surface));
  }
  .notice.stale {
    margin-bottom: var(--_gap);
    font-size: 0.875em;
  }
  .retry {
    font: inherit;
    min-height: 44px;
    min-width: 44px;
    padding: 0.4em 1.1em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }
  .retry:hover {
    background: var(--_accent);
    color: var(--_surface);
  }
  .empty {
    color: var(--_muted);
  }

  .skeleton .bar,
  .skeleton .thumb {
    background: var(--_skeleton);
    border-radius: var(--_radius);
    animation: pulse 1.4s ease-in-out infinite;
  }
  .skeleton .bar {
    height: 1em;
    margin: 0.35em 0;
  }
  .skeleton .bar.title-bar {
    height: 1.3em;
    width: 85%;
  }
  .skeleton .bar.short {
    width: 40%;
  }
  @keyframes pulse {
    50% {
      opacity: 0.55;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton .bar,
    .skeleton .thumb {
      animation: none;
    }
  }

  @container (max-width: 480px) {
    .list {
      --_thumb-width: 112px;
    }
    .title {
      font-size: 1em;
    }
    /* On a narrow column the summary takes the full width under the image and title. */
    article:not(.no-image) {
      grid-template-areas: 'thumb head' 'summary summary';
    }
    .summary {
      -webkit-line-clamp: 2;
      margin-top: 0.5em;
    }
  }
`;
