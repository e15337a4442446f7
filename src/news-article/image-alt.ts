/**
 * Gives every picture of a sanitized article body a text alternative, as a CMS often does not: an image
 * without `alt` inside a figure takes the figure's caption; any other is marked decorative (`alt=""`), so
 * that a screen reader does not read out its file name. An `alt` the source wrote, even empty, is kept.
 */
export function describeImages(body: DocumentFragment): void {
  for (const image of body.querySelectorAll('img:not([alt])')) {
    const caption = image.closest('figure')?.querySelector('figcaption')?.textContent?.replace(/\s+/g, ' ');
    image.setAttribute('alt', caption?.trim() ?? '');
  }
}
