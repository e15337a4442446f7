import { expect, waitUntil } from '@open-wc/testing';
import { openPage } from '../open-page.js';

/**
 * The built bundles on a page served with
 * `default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'`
 * (test/csp/csp-server.mjs). Each page records every violation from its first script on; the elements must
 * render without one: styles adopted as constructed sheets, HTML only through Trusted Types policies.
 */
interface CspReport {
  violations: { directive: string; blocked: string; sample: string; source: string }[];
  errors: string[];
}
type StrictWindow = Window & {
  cspReport: CspReport;
  inlineRan?: boolean;
  innerHtmlWritten?: boolean;
  innerHtmlError?: string;
};

const open = (path: string) => openPage<StrictWindow>(path);

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

describe('under a strict Content-Security-Policy with Trusted Types', () => {
  it('the policy is enforced: inline scripts and innerHTML strings are refused (control)', async () => {
    const { frame, win } = await open('/csp/control.html');
    frames.push(frame);
    expect(win.inlineRan).to.equal(undefined);
    expect(win.innerHtmlWritten).to.equal(undefined);
    expect(win.innerHtmlError).to.equal('TypeError');
    await waitUntil(() => win.cspReport.violations.length >= 2, 'both violations reported');
    const directives = win.cspReport.violations.map((violation) => violation.directive).sort();
    expect(directives).to.deep.equal(['require-trusted-types-for', 'script-src-elem']);
  });

  for (const [name, path] of [
    ['module', '/csp/feed.html'],
    ['classic', '/csp/feed-classic.html'],
  ]) {
    it(`<news-feed> from the ${name} bundle renders its items with no violation`, async () => {
      const { frame, win, doc } = await open(path);
      frames.push(frame);
      const items = () =>
        doc.querySelector('news-feed')?.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0;
      const failed = () => win.cspReport.errors.length > 0 || win.cspReport.violations.length > 0;
      await waitUntil(() => items() > 0 || failed(), 'the feed rendered', {
        timeout: 5000,
      });
      expect(win.cspReport.errors).to.deep.equal([]);
      expect(win.cspReport.violations).to.deep.equal([]);
      expect(items()).to.equal(5);
      const feed = doc.querySelector('news-feed')!;
      // Styles arrive as constructed sheets, which style-src 'self' allows; a <style> element would not.
      expect(feed.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
      expect(feed.shadowRoot!.querySelector('[part~="views"]')!.textContent!.trim()).to.equal(
        '1.234 lượt xem',
      );
      // Summaries hold markup in the source; their text must still come through, as text.
      expect(feed.shadowRoot!.querySelector('[part~="summary"]')!.textContent).to.contain('sơ kết');
    });
  }

  it('<news-article> renders its sanitized body and JSON-LD with no violation', async () => {
    const { frame, win, doc } = await open('/csp/article.html');
    frames.push(frame);
    const article = () => doc.querySelector('news-article');
    await waitUntil(
      // A refused sink shows as a violation and an error state, not as a thrown error: stop on either.
      () =>
        article()?.shadowRoot?.querySelector('[part~="body"]') ||
        win.cspReport.errors.length > 0 ||
        win.cspReport.violations.length > 0,
      'the article rendered',
      { timeout: 5000 },
    );
    expect(win.cspReport.errors).to.deep.equal([]);
    expect(win.cspReport.violations).to.deep.equal([]);
    expect(article()!.shadowRoot!.querySelector('[part~="body"]')!.textContent).to.contain('21/8/2020');
    const jsonLd = article()!.querySelector('script[type="application/ld+json"]');
    expect(JSON.parse(jsonLd!.textContent!)['@type']).to.equal('NewsArticle');
  });
});
