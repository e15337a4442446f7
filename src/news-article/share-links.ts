/** Share-dialog URLs of the networks Vietnamese readers use; each opens in a new window. */
export function facebookShareUrl(pageUrl: string): string {
  return `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(pageUrl)}`;
}

export function zaloShareUrl(pageUrl: string): string {
  return `https://sp.zalo.me/share_inline?url=${encodeURIComponent(pageUrl)}`;
}
