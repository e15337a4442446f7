import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { FIXTURES, unique } from './feed-helpers.js';
import '../src/define.js';
import { itNeeds, meets } from './engine.js';

/**
 * The loading placeholders of both elements pulse, and stand still for a visitor who asked for reduced
 * motion. The sources hang, so the skeletons stay while the test reads them.
 */
describe('loading placeholders and reduced motion', () => {
  afterEach(() => meets('devtools-media') && emulateMedia({ reducedMotion: 'no-preference' }));

  const skeletons = async () => {
    const holder = await fixture<HTMLElement>(html`<div></div>`);
    holder.innerHTML = `<news-feed lang="vi" src="/__fault/hang/${unique()}" cache="0"></news-feed>
      <news-article lang="vi" src="/__fault/hang/${unique()}?src=${FIXTURES}/article-basic.json" cache="0"></news-article>`;
    const elements = [...holder.children] as (HTMLElement & { updateComplete: Promise<unknown> })[];
    await Promise.all(elements.map((element) => element.updateComplete));
    return elements.map((element) => [
      ...element.shadowRoot!.querySelectorAll<HTMLElement>(
        '.skeleton .bar, .skeleton .thumb, .skeleton .picture',
      ),
    ]);
  };

  it('pulse while they load', async () => {
    for (const placeholders of await skeletons()) {
      expect(placeholders.length).to.be.greaterThan(0);
      for (const node of placeholders) expect(getComputedStyle(node).animationName).to.equal('pulse');
    }
  });

  itNeeds('devtools-media', 'stand still under prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    for (const placeholders of await skeletons()) {
      expect(placeholders.length).to.be.greaterThan(0);
      for (const node of placeholders) expect(getComputedStyle(node).animationName).to.equal('none');
    }
  });
});
