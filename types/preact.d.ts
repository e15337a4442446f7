/**
 * <news-feed> and <news-article> in Preact JSX: `import type {} from 'news-elements/preact';` once. Preact
 * sets props that exist on the element (`messages`, `fields`) as properties, and `onnews-select` style props
 * become listeners for the custom event of that name.
 */
import type { HTMLAttributes } from 'preact';
import type { NewsArticleElement, NewsFeedElement } from '../dist/lib/index.js';
import type { NewsArticleProps, NewsFeedProps } from './jsx.js';

type ElementProps<E extends EventTarget, P> = Omit<HTMLAttributes<E>, keyof P> & P;

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'news-feed': ElementProps<NewsFeedElement, NewsFeedProps>;
      'news-article': ElementProps<NewsArticleElement, NewsArticleProps>;
    }
  }
}
