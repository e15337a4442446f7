import { expect } from '@open-wc/testing';
import { checkSource, postsUrl, site } from './site.js';

describe('WordPress: `news-elements check` tells the truth', () => {
  it('sends an Origin by default, so a stock REST source is readable from other sites', async () => {
    const report = await checkSource(postsUrl());
    const headers = report.headers as Record<string, string | null>;
    expect(report.format).to.equal('wordpress');
    expect(headers['access-control-allow-origin']).to.equal(report.origin);
    expect((report.advice as string[]).join(' ')).not.to.match(/Access-Control-Allow-Origin/);
  });

  it('says how many posts and pages there are', async () => {
    const report = await checkSource(postsUrl());
    expect([report.total, report.pages]).to.deep.equal([
      site.published,
      Math.ceil(site.published / site.perPage),
    ]);
  });

  it('warns that most viewed reads every page WordPress cannot sort, and how far it gets', async () => {
    const report = await checkSource(postsUrl(site.url, 'per_page=2'), '--sort', 'most-viewed');
    const coverage = (report.coverage as string[]).join(' ');
    expect(coverage).to.match(/cannot sort by views/);
    expect(coverage).to.contain(`first 11 pages of ${Math.ceil(site.published / 2)} pages`);
    // Search and categories are asked of WordPress: nothing to warn about.
    expect(coverage).not.to.match(/A search|A category/);
  });

  it('sends no Origin when told, and then says what a page on another site would see', async () => {
    const report = await checkSource(postsUrl(), '--no-origin');
    expect((report.headers as Record<string, string | null>)['access-control-allow-origin']).to.equal(null);
    expect((report.advice as string[]).join(' ')).to.match(/No Access-Control-Allow-Origin/);
  });
});
