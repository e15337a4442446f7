/**
 * <news-feed> and <news-article> in React 19 JSX: `import type {} from 'news-elements/react';` once, e.g. in
 * a global .d.ts. React 19 passes props that name an element property (`messages`, `fields`) as properties
 * and `onnews-select` style props as listeners for that custom event.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { NewsArticleElement, NewsFeedElement } from '../dist/lib/index.js';
import type { NewsArticleProps, NewsFeedProps } from './jsx.js';

type ElementProps<E, P> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof P> & P;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'news-feed': ElementProps<NewsFeedElement, NewsFeedProps>;
      'news-article': ElementProps<NewsArticleElement, NewsArticleProps>;
    }
  }
}
