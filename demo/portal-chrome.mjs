/**
 * The ward portal's masthead, menu and footer, as a ward's portal reads since the two-level local government
 * of 1 July 2025 (a ward under its city, no district), written once for every demo page: Vite puts them where a
 * page says `<!-- portal-header -->` and `<!-- portal-footer -->`, marking the menu entry of the page shown.
 */
const MENU = [
  ['./', 'Trang chủ'],
  ['./tin-tuc-mot-trang.html', 'Tin tức - Sự kiện'],
  ['./chi-tiet.html?id=2026-1127-hoi-nghi', 'Bài viết'],
  ['./bo-cuc.html', 'Bố cục'],
  ['./docs.html', 'Tài liệu'],
];

/** `path` is the page's URL path, e.g. `/bo-cuc.html`. */
export function portalHeader(path) {
  const page = path === '/' || path === '/index.html' ? './' : `.${path}`;
  const items = MENU.map(([href, label]) => {
    const current = href.split('?')[0] === page ? ' aria-current="page"' : '';
    return `<li><a href="${href}"${current}>${label}</a></li>`;
  }).join('\n          ');
  return `<header class="masthead">
      <div class="wrap masthead__inner">
        <div class="emblem" aria-hidden="true">★</div>
        <div>
          <p class="masthead__kicker">Thành phố Hồ Chí Minh</p>
          <p class="masthead__title">Ủy ban nhân dân phường Bến Thành</p>
        </div>
      </div>
      <nav class="menu" aria-label="Chuyên mục">
        <ul class="wrap">
          ${items}
        </ul>
      </nav>
    </header>`;
}

export const portalFooter = `<footer class="footer">
      <div class="wrap">
        <p><strong>Ủy ban nhân dân phường Bến Thành</strong></p>
        <p>Địa chỉ: 1 Nguyễn Huệ, phường Bến Thành, Thành phố Hồ Chí Minh · Điện thoại: (028) 0000 0000</p>
        <p>Dữ liệu minh hoạ, dùng cho bản trình diễn của news-elements.</p>
      </div>
    </footer>`;
