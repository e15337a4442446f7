import { expect } from '@open-wc/testing';
import { text } from './normalize.js';

describe('text', () => {
  it('composes decomposed Vietnamese, collapses white space and trims', () => {
    expect(text('  Ho\u0302\u0323i  nghi\u0323\n\ttổng\u00a0kết ')).to.equal('Hội nghị tổng kết');
    expect(text('Ủy ban nhân dân phường – “Tin tức”')).to.equal('Ủy ban nhân dân phường – “Tin tức”');
    expect(text('\u212b\u2000x')).to.equal('\u00c5 x');
    expect(text(' \n ')).to.equal(undefined);
    expect(text(42)).to.equal(undefined);
  });
});
