import { expect, waitUntil } from '@open-wc/testing';
import { loadedFeed, shadow } from '../../test/feed-helpers.js';
import './news-feed.js';

/**
 * Thumbnails request a width near the one shown where the source offers several (WordPress's sizes, or
 * `image.srcset` in our JSON): `srcset` with `sizes="auto"`, which Chromium resolves to the laid-out width.
 * The image is one fixture served under different URLs, one per width, so the URL the browser chose says
 * which width it picked.
 */
const image = (width: number) => `${location.origin}/test/fixtures/img/hoi-nghi.svg?w=${width}`;
const asUrl = (payload: unknown) =>
  URL.createObjectURL(new Blob([JSON.stringify(payload)], { type: 'application/json' }));
const sizes = (...list: [string, number, number][]) =>
  Object.fromEntries(
    list.map(([name, width, height]) => [name, { source_url: image(width), width, height }]),
  );

function wordPressPost(id: number) {
  return {
    id,
    date_gmt: '2020-08-21T10:24:00',
    link: `https://phuong.example.vn/tin/${id}/`,
    slug: `tin-${id}`,
    type: 'post',
    title: { rendered: `Bài ${id}` },
    excerpt: { rendered: '<p>Tóm tắt.</p>' },
    _embedded: {
      'wp:featuredmedia': [
        {
          source_url: image(1200),
          alt_text: '',
          media_details: {
            width: 1200,
            height: 750,
            sizes: sizes(
              ['thumbnail', 150, 150],
              ['medium', 300, 188],
              ['medium_large', 768, 480],
              ['large', 1024, 640],
              ['full', 1200, 750],
            ),
          },
        },
      ],
    },
  };
}

const firstImage = (feed: Element) => shadow(feed).querySelector<HTMLImageElement>('[part~="image"]')!;

/** The narrowest candidate at least as wide as `shown` CSS pixels on this screen: what the browser picks. */
const nearest = (widths: number[], shown: number) =>
  Math.min(...widths.filter((width) => width >= shown * devicePixelRatio));

describe('<news-feed> thumbnails with several widths', () => {
  it('offer WordPress sizes of the same shape, and download the one nearest the width shown', async () => {
    const feed = await loadedFeed(
      `<news-feed lang="vi" src="${asUrl([wordPressPost(1), wordPressPost(2)])}"></news-feed>`,
    );
    const img = firstImage(feed);
    // The square `thumbnail` is a crop, not the same picture: it is left out.
    expect(img.getAttribute('srcset')).to.equal(
      [300, 768, 1024, 1200].map((width) => `${image(width)} ${width}w`).join(', '),
    );
    // The width each layout shows, not `auto`: with `auto` Chromium picked for the whole viewport (issue 16).
    expect(img.getAttribute('sizes')).to.match(/\d+px$/);
    expect(img.getAttribute('loading')).to.equal('lazy');
    await waitUntil(() => img.currentSrc, 'the thumbnail was not requested');
    const shown = img.getBoundingClientRect().width;
    expect(shown).to.be.lessThan(400);
    expect(img.currentSrc).to.equal(image(nearest([300, 768, 1024, 1200], shown)));
  });

  it('read `image.srcset` of our JSON, dropping candidates without a width or a safe URL', async () => {
    const items = [
      {
        id: 'a',
        title: 'Tin có ảnh',
        image: {
          src: image(1600),
          srcset: [
            { src: image(320), width: 320 },
            { url: image(640), width: '640' },
            { src: image(960) },
            { src: 'javascript:alert(1)', width: 200 },
            { src: image(100), width: -100 },
            null,
            { src: image(1600), width: 1600 },
          ],
        },
      },
      { id: 'b', title: 'Tin không có cỡ ảnh', image: { src: image(500), srcset: [{ src: image(50) }] } },
    ];
    const feed = await loadedFeed(`<news-feed lang="vi" src="${asUrl({ items })}"></news-feed>`);
    const [withSizes, without] = shadow(feed).querySelectorAll<HTMLImageElement>('[part~="image"]');
    expect(withSizes.getAttribute('srcset')).to.equal(
      `${image(320)} 320w, ${image(640)} 640w, ${image(1600)} 1600w`,
    );
    expect(without.hasAttribute('srcset')).to.equal(false);
    expect(without.getAttribute('src')).to.equal(image(500));
    const item = feed.items[0];
    expect(item.image!.srcset).to.deep.equal([
      { src: image(320), width: 320 },
      { src: image(640), width: 640 },
      { src: image(1600), width: 1600 },
    ]);
  });

  it('give the featured image, which loads at once, the width of the viewport', async () => {
    const feed = await loadedFeed(
      `<news-feed lang="vi" featured src="${asUrl([wordPressPost(1), wordPressPost(2)])}"></news-feed>`,
    );
    const img = firstImage(feed);
    expect(img.getAttribute('loading')).to.equal('eager');
    await waitUntil(() => img.currentSrc, 'the featured image was not requested');
    // `sizes="auto"` counts only for lazy images; for this one the browser takes 100vw.
    expect(img.currentSrc).to.equal(image(nearest([300, 768, 1024, 1200], innerWidth)));
    // The others stay lazy.
    expect(shadow(feed).querySelectorAll('[part~="image"]')[1].getAttribute('loading')).to.equal('lazy');
  });

  it('leave images below the first screen unrequested: lazy images stay lazy', async () => {
    const spacer = document.createElement('div');
    spacer.style.height = '6000px';
    document.body.prepend(spacer);
    try {
      const key = Date.now().toString(36);
      const items = Array.from({ length: 8 }, (_, i) => ({
        id: `t${i}`,
        title: `Tin ${i}`,
        image: {
          src: `${image(400)}&below=${key}-${i}`,
          srcset: [{ src: `${image(300)}&below=${key}-${i}`, width: 300 }],
        },
      }));
      const feed = await loadedFeed(`<news-feed lang="vi" src="${asUrl({ items })}"></news-feed>`);
      expect(shadow(feed).querySelectorAll('[part~="image"]')).to.have.length(8);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const requested = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes(`below=${key}`));
      expect(requested).to.deep.equal([]);
    } finally {
      spacer.remove();
    }
  });
});
