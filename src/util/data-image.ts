/**
 * `data:` URLs of raster images, which an `<img>` may show (SVG may not: it can carry script): one rule for
 * the article's body (the sanitizer) and for item images (list thumbnails, the article's main image).
 */
export const IMAGE_DATA_URL = /^data:image\/(?:png|jpe?g|gif|webp|avif|bmp);/i;
