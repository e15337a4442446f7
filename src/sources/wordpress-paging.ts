/**
 * `total` from the `X-WP-Total` header and the page count from `X-WP-TotalPages`, for the data layer (which
 * sees headers); missing or unreadable values are left out.
 */
export function wordPressPaging(
  total: string | null | undefined,
  totalPages: string | null | undefined,
): { total?: number; totalPages?: number } {
  const read = (value: string | null | undefined) =>
    value && /^\s*\d+\s*$/.test(value) ? Number(value) : undefined;
  const paging: { total?: number; totalPages?: number } = {};
  const t = read(total);
  if (t !== undefined) paging.total = t;
  const pages = read(totalPages);
  if (pages !== undefined) paging.totalPages = pages;
  return paging;
}
