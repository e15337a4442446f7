/** The article's id: `article-id` when set, else the page URL's query parameter `idParam`. */
export function articleIdFor(articleId: string, idParam: string): string {
  const own = articleId.trim();
  if (own) return own;
  return new URLSearchParams(location.search).get(idParam.trim() || 'id')?.trim() ?? '';
}
