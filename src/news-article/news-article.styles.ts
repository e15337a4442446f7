import { css, unsafeCSS } from 'lit';
import {
  hostBase,
  noticeStyles,
  placeholder,
  pulseStyles,
  separatedLine,
  separator,
} from '../element/shared.styles.js';
import { FONT_SCALES } from './font-scale.js';

/** One rule per A−/A/A+ step: a class-like attribute, not an inline style, which strict CSPs block. */
const scaleSteps = unsafeCSS(
  FONT_SCALES.map((scale, step) => `.article[data-scale='${step}'] { --_scale: ${scale}; }`).join('\n'),
);

/** The article's styles, on the tokens of `hostBase`. `--_scale` is the visitor's A−/A+ choice. */
export const articleStyles = css`
  :host {
    ${hostBase}
    line-height: 1.6;
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  .category {
    margin: 0 0 0.5em;
    color: var(--_accent);
    font-weight: 700;
    font-size: 0.875em;
    text-transform: uppercase;
    letter-spacing: 0.03em;
  }
  .title {
    margin: 0 0 0.4em;
    font-size: 1.75em;
    line-height: 1.3;
    font-weight: 800;
  }
  .meta {
    ${separatedLine}
    margin-block: 0 var(--_gap);
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* A line break inside "Lượt xem: 1.234" reads badly on a phone: each entry wraps as a whole. */
  .entry {
    white-space: nowrap;
  }
  /* The first entry has no bar: its place keeps the line's text clear of the clipped edge. */
  .entry:first-child {
    padding-inline-start: var(--_sep);
  }
  .sep {
    ${separator}
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px 12px;
    padding: 6px 0;
    margin: 0 0 var(--_gap);
    border-block: 1px solid var(--_line);
    font-size: 0.875em;
  }
  .group {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px;
  }
  .tool {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 44px;
    min-width: 44px;
    padding: 0 12px;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .tool:hover:not([disabled]) {
    border-color: var(--_accent);
    color: var(--_accent);
  }
  .tool[disabled] {
    opacity: 0.45;
    cursor: default;
  }
  .tool[aria-pressed='true'] {
    border-color: var(--_accent);
    background: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
  }
  .feedback {
    color: var(--_accent);
    font-weight: 600;
  }
  .feedback:empty {
    display: none;
  }
  .audio {
    display: block;
    width: 100%;
    margin: 0 0 var(--_gap);
  }

  .article {
    --_scale: 1;
  }
  ${scaleSteps}
  .content {
    font-size: calc(1em * var(--_scale));
  }
  .lead {
    margin: 0 0 var(--_gap);
    font-weight: 700;
    font-size: 1.0625em;
  }
  figure {
    margin: 0 0 var(--_gap);
  }
  figure img,
  .body img {
    display: block;
    max-width: 100%;
    height: auto;
    margin-inline: auto;
    border-radius: var(--_radius);
  }
  figcaption {
    margin-top: 0.4em;
    color: var(--_muted);
    font-size: 0.875em;
    font-style: italic;
    text-align: center;
  }
  [hidden] {
    display: none !important;
  }

  .body {
    text-align: justify;
    text-justify: inter-word;
  }
  .body > :first-child {
    margin-top: 0;
  }
  .body p,
  .body ul,
  .body ol,
  .body blockquote,
  .body table,
  .body pre {
    margin: 0 0 1em;
  }
  .body h2,
  .body h3,
  .body h4,
  .body h5,
  .body h6 {
    margin: 1.2em 0 0.5em;
    line-height: 1.35;
    text-align: start;
  }
  .body h2 {
    font-size: 1.3em;
  }
  .body h3 {
    font-size: 1.15em;
  }
  .body h4,
  .body h5,
  .body h6 {
    font-size: 1em;
  }
  .body a,
  .attachments a,
  .related a {
    color: var(--_accent);
  }
  .body blockquote {
    padding: 0.25em 1em;
    border-inline-start: 4px solid var(--_accent);
    background: color-mix(in srgb, var(--_accent) 5%, var(--_surface));
  }
  .body table {
    display: block;
    max-width: 100%;
    overflow-x: auto;
    border-collapse: collapse;
    text-align: start;
  }
  .body th,
  .body td {
    padding: 0.4em 0.6em;
    border: 1px solid var(--_line);
    vertical-align: top;
  }
  .body th {
    background: color-mix(in srgb, var(--_text) 5%, var(--_surface));
  }
  .body pre {
    overflow-x: auto;
  }
  .video-link {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0 1em;
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
    font-weight: 600;
  }

  .section-title {
    margin: 0 0 0.5em;
    font-size: 1em;
    font-weight: 700;
    text-transform: uppercase;
  }
  .attachments {
    margin: var(--_gap) 0;
    padding: 0.75em 1em;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
  }
  .attachments ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .attachments li {
    padding: 0.35em 0;
  }
  .file-details {
    margin-inline-start: 0.4em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .signature {
    margin: var(--_gap) 0;
    text-align: end;
    font-weight: 700;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
    margin: var(--_gap) 0 0;
    font-size: 0.875em;
  }
  .tags-label {
    font-weight: 700;
  }
  .tag {
    padding: 0.15em 0.7em;
    border-radius: 999px;
    background: color-mix(in srgb, var(--_text) 7%, var(--_surface));
  }
  .print-source {
    display: none;
  }

  .related {
    margin-top: calc(var(--_gap) * 2);
    padding-top: var(--_gap);
    border-top: 3px solid var(--_accent);
  }
  .related-list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .related-list li {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 1em;
    padding: 0.5em 0;
    border-bottom: 1px dashed var(--_line);
  }
  .related-list a {
    text-decoration: none;
    font-weight: 600;
  }
  .related-list a:hover {
    text-decoration: underline;
  }
  .related-list time {
    color: var(--_muted);
    font-size: 0.875em;
  }

  a:focus-visible,
  button:focus-visible,
  audio:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }

  ${noticeStyles}

  .skeleton .bar,
  .skeleton .picture {
    ${placeholder}
  }
  .skeleton .bar {
    height: 1em;
    margin: 0.6em 0;
  }
  .skeleton .category-bar {
    width: 25%;
  }
  .skeleton .title-bar {
    height: 1.8em;
  }
  .skeleton .short {
    width: 60%;
  }
  .skeleton .meta-bar {
    width: 45%;
    margin-bottom: 1.2em;
  }
  .skeleton .picture {
    aspect-ratio: 16 / 9;
    margin: 1em 0;
  }
  ${pulseStyles}

  @media (max-width: 480px) {
    .title {
      font-size: 1.4em;
    }
    .body {
      text-align: start;
    }
  }

  @media print {
    :host {
      color: #000;
      background: #fff;
    }
    .toolbar,
    .audio,
    .related,
    .status,
    .video-link {
      display: none !important;
    }
    .print-source {
      display: block;
      margin-top: 2em;
      font-size: 0.8em;
      color: #000;
      overflow-wrap: anywhere;
    }
    .body a {
      color: inherit;
    }
    figure,
    img,
    table {
      break-inside: avoid;
    }
  }
`;
