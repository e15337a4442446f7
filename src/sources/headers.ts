/**
 * The response headers adapters read, besides the body: WordPress's counts of posts and pages
 * (`x-wp-total`, `x-wp-totalpages`, wordpress.ts) and RFC 8288 links (`rel="next"`). The data layer keeps
 * these with each answer (into stored copies too) without knowing what they mean.
 */
export const SOURCE_HEADERS = ['x-wp-total', 'x-wp-totalpages', 'link'] as const;
