import './node-page.js';
import { render } from '@lit-labs/ssr';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import type { RenderInfo } from '@lit-labs/ssr';
import type { CSSResult } from 'lit';
import type { NewsSourceElement } from '../element/news-source-element.js';

/**
 * What only a script makes work (buttons: paging, search, tabs, the article's tools) is not offered where
 * scripting is off. Where it is on, the served copy shows them, as the element will.
 */
const WITHOUT_SCRIPTS =
  '@media (scripting: none) { [part~="pager"], [part~="search"], [part~="tabs"], [part~="toolbar"] { display: none; } }';

/** Renders can ask for parts a few levels deep (the extras, then a date pattern's date-fns): never more. */
const MAX_PASSES = 4;

export interface SettledRender<E> {
  /** The markup, with the element in it (one, of type `E`). */
  template: () => unknown;
  /** Gives the element, as made, the state it renders (the data it would have loaded). */
  prepare: (element: E) => void;
  /** The styles its parts adopt into its shadow root when they arrive: a server render writes them out. */
  adoptedLater?: (element: E) => CSSResult[];
}

/**
 * `template` rendered to HTML with declarative shadow roots, as the elements in it render once the parts
 * their attributes ask for are here. A server render has no update cycle: an element asks for a part
 * (paging, search, a date pattern) in `willUpdate` and renders without it; so this renders again once the
 * parts asked for have arrived, until a render asks for none. What a browser shows once settled is then
 * what the HTML holds.
 */
export async function renderSettled<E extends NewsSourceElement>({
  template,
  prepare,
  adoptedLater = () => [],
}: SettledRender<E>): Promise<string> {
  for (let pass = 1; ; pass++) {
    const elements: E[] = [];
    class SeenRenderer extends LitElementRenderer {
      constructor(tagName: string) {
        super(tagName);
        const element = this.element as unknown as E;
        prepare(element);
        elements.push(element);
      }

      /** The element's styles, then those its parts adopt into its root in a browser. */
      override renderShadow(info: RenderInfo): ReturnType<LitElementRenderer['renderShadow']> {
        const shadow = super.renderShadow(info) as unknown[] | undefined;
        const later = adoptedLater(this.element as unknown as E).map((style) => style.cssText);
        shadow?.splice(shadow.indexOf('</style>'), 0, ...later, WITHOUT_SCRIPTS);
        return shadow as ReturnType<LitElementRenderer['renderShadow']>;
      }
    }
    const html = await collectResult(render(template(), { elementRenderers: [SeenRenderer] }));
    const arriving = elements.map((element) => element.partsArriving).filter(Boolean);
    if (!arriving.length) return html;
    if (pass === MAX_PASSES) throw new Error('pre-rendering: the elements kept asking for parts');
    await Promise.all(arriving);
  }
}
