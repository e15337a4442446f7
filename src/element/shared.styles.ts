import { css } from 'lit';

/**
 * Styles both elements share. `hostBase` is what their `:host` starts with. Public `--news-*` tokens map to private `--_*` variables here,
 * once, and every rule reads only the private ones. `all: initial` stops the host page's inherited styles
 * (letter-spacing, text-transform, text-align, a 62.5 % root font size) from reaching inside; sizes are in px
 * and em of our own font size, never rem.
 */
export const hostBase = css`
  all: initial;
  --_accent: var(--news-accent, #b71c1c);
  --_text: var(--news-text, #1d1d1f);
  --_muted: var(--news-muted, #595959);
  --_surface: var(--news-surface, #ffffff);
  --_line: color-mix(in srgb, var(--_text) 14%, transparent);
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
  display: block;
  box-sizing: border-box;
  font-family: var(--_font);
  font-size: var(--_font-size);
  color: var(--_text);
  background: var(--_surface);
  text-align: start;
  -webkit-text-size-adjust: 100%;
`;

/**
 * The look of the elements' action buttons (retry, pages, tabs, "load more"): 44 px targets in the accent
 * colour, filled on hover. `actionButtonHover` is the hover state.
 */
export const actionButton = css`
  font: inherit;
  min-height: 44px;
  min-width: 44px;
  padding: 0.4em 1em;
  border: 1px solid var(--_accent);
  border-radius: var(--_radius);
  background: var(--_surface);
  color: var(--_accent);
  font-weight: 600;
  cursor: pointer;
`;
export const actionButtonHover = css`
  background: var(--_accent);
  color: var(--_surface);
`;

/**
 * A line of entries separated by bars that wraps without leaving a bar at either end of a line: each entry
 * brings its bar before it (so none ends a line), and every line starts one bar's width (`--_sep`) before the
 * column, where the clip hides the bar of the line's first entry. `separator` is the bar's box.
 */
export const separatedLine = css`
  --_sep: 1.6em;
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  margin-inline-start: calc(-1 * var(--_sep));
  clip-path: inset(-0.5em -0.5em -0.5em var(--_sep));
`;
export const separator = css`
  display: inline-block;
  width: var(--_sep);
  text-align: center;
  color: color-mix(in srgb, var(--_muted) 55%, transparent);
`;

/** What stands in for content while it loads: a block in the skeleton colour that pulses. */
export const placeholder = css`
  background: var(--_skeleton);
  border-radius: var(--_radius);
  animation: pulse 1.4s ease-in-out infinite;
`;

/**
 * The placeholders' pulse, which stops for a visitor who asked for reduced motion. Placed after the
 * placeholder rules: `:host .skeleton *` is as specific as `.skeleton .bar`, and later wins.
 */
export const pulseStyles = css`
  @keyframes pulse {
    50% {
      opacity: 0.55;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host .skeleton * {
      animation: none;
    }
  }
`;

/** The status line both elements show: loading, empty and error notices, the stale-copy note. */
export const noticeStyles = css`
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
    margin: 0;
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
    ${actionButton}
  }
  .retry:hover {
    ${actionButtonHover}
  }
`;
