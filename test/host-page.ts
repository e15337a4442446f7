/**
 * A portal page (test/pages/feed-page.html) in an iframe as wide as a phone or a desktop window, so that
 * the element lays out at that viewport's width, and what the page recorded: layout shifts, the feed.
 */
export interface HostPage {
  frame: HTMLIFrameElement;
  window: Window & typeof globalThis & { layoutShifts: number[] };
  feed: HTMLElement & { status: string; updateComplete: Promise<boolean> };
  /** The page's cumulative layout shift so far. */
  shift(): number;
  /** Loads the same page again, as a visitor's next visit does (the stored copy is in localStorage). */
  reload(): Promise<void>;
  close(): void;
}

export interface PageOptions {
  width: number;
  height: number;
  lang: string;
  attrs: string;
  /** Width of the column the feed stands in, px; default: the page's width. */
  column?: number;
  /** A page style rule, such as the height reservation the docs recommend. */
  css?: string;
}

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

export async function openHostPage(options: PageOptions): Promise<HostPage> {
  const query = new URLSearchParams({ lang: options.lang, attrs: options.attrs, script: 'dist' });
  if (options.column) query.set('column', String(options.column));
  if (options.css) query.set('css', options.css);
  const frame = document.createElement('iframe');
  Object.assign(frame.style, {
    position: 'fixed',
    top: '0',
    left: '0',
    width: `${options.width}px`,
    height: `${options.height}px`,
    border: '0',
    zIndex: '1000',
    background: '#fff',
  });
  const page = {
    frame,
    shift: () => page.window.layoutShifts.reduce((sum, value) => sum + value, 0),
    reload: async () => {
      await load(frame, () => frame.contentWindow!.location.reload());
      await settle(page);
    },
    close: () => frame.remove(),
  } as HostPage;
  await load(frame, () => {
    frame.src = `/test/pages/feed-page.html?${query}`;
    document.body.append(frame);
  });
  await settle(page);
  return page;
}

function load(frame: HTMLIFrameElement, start: () => void): Promise<void> {
  return new Promise((resolve) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    start();
  });
}

/** Waits until the feed has shown what it loaded, its pictures have arrived, and the page is at rest. */
async function settle(page: HostPage): Promise<void> {
  page.window = page.frame.contentWindow as HostPage['window'];
  const { document: doc, customElements } = page.window;
  await customElements.whenDefined('news-feed');
  page.feed = doc.querySelector('news-feed') as HostPage['feed'];
  for (let i = 0; i < 500 && page.feed.status === 'loading'; i++) await frames();
  await page.feed.updateComplete;
  const images = [...page.feed.shadowRoot!.querySelectorAll('img')];
  // Pictures below the fold load lazily, perhaps never here: their boxes are sized before they arrive.
  const timeout = new Promise((resolve) => setTimeout(resolve, 1500));
  await Promise.race([Promise.all(images.map((img) => img.decode().catch(() => undefined))), timeout]);
  await frames();
  await new Promise((resolve) => setTimeout(resolve, 200));
  await frames();
}
