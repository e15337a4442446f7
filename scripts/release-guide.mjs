/**
 * The one-page guide for the editors of ward and commune sites, Vietnamese then English, that the release
 * archive carries as HUONG-DAN-GUIDE.html: which file to upload, what to paste, how to reserve the height,
 * how to check a source. Written from the release itself, so its tags carry this version's hashes.
 */

/** Text inside an element (never an attribute), so quotes stay as they are, ready to copy. */
const escape = (text) =>
  String(text).replace(/[&<>]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[char]);

/** A block of code to copy, shown as text. */
const code = (text) => `<pre><code>${escape(text)}</code></pre>`;

/**
 * `info`: `{ version, standalone: { classic, module } }`, each `{ file, integrity }` of the one-file builds.
 */
export function editorGuide({ version, standalone }) {
  const classic = standalone.classic;
  const feed = (lang) =>
    `<news-feed src="/tin-tuc.json" lang="${lang}" time-zone="Asia/Ho_Chi_Minh" page-size="5">\n` +
    `  <a href="/tin-tuc">${lang === 'vi' ? 'Xem tin tức' : 'See the news'}</a>\n</news-feed>`;
  const script = `<script src="/uploads/${classic.file}" defer></script>`;
  const pinned = `<script src="/uploads/${classic.file}" defer\n  integrity="${classic.integrity}"></script>`;
  // The rows measured in docs/layout-stability.md, for 5 items.
  const reserve =
    '<style>\n  news-feed:not(:defined) { display: block; min-height: calc(5 * 150px); }\n' +
    '  @media (max-width: 600px) { news-feed:not(:defined) { min-height: calc(5 * 235px); } }\n</style>';

  const sections = {
    vi: `
  <section lang="vi" aria-labelledby="vi-title">
    <h1 id="vi-title">Hướng dẫn cho biên tập viên — news-elements ${version}</h1>
    <p>Gói này đưa danh sách tin (<code>&lt;news-feed&gt;</code>) và trang bài viết
      (<code>&lt;news-article&gt;</code>) vào bất kỳ trang nào của cổng thông tin, kể cả khi CMS chỉ cho tải
      lên từng tệp một.</p>

    <h2>1. Tải tệp lên</h2>
    <p>Trong thư mục <code>one-file/</code> có một tệp chứa đủ mọi phần:
      <strong><code>${classic.file}</code></strong>. Tải riêng tệp này lên thư viện tệp (media) của CMS rồi
      chép lại đường dẫn của nó. Không cần tệp nào khác đi kèm.</p>
    <p>Nếu máy chủ cho chép cả một thư mục, có thể dùng thư mục <code>folder/</code> (nhẹ hơn, chỉ tải phần
      trang cần): chép <em>toàn bộ</em> thư mục, không bỏ tệp nào.</p>

    <h2>2. Dán vào trang</h2>
    <p>Ở chế độ soạn HTML (khối «HTML tuỳ chỉnh»), dán một lần cho mỗi trang, thay đường dẫn bằng đường
      dẫn vừa chép:</p>
    ${code(script)}
    <p>Rồi dán danh sách tin vào chỗ muốn hiện, với <code>src</code> là địa chỉ nguồn tin (JSON, RSS,
      WordPress…). Liên kết bên trong hiện khi tin chưa tải được, để người đọc không gặp khung trống:</p>
    ${code(feed('vi'))}
    <p>Muốn trình duyệt từ chối một tệp bị sửa dù chỉ một byte, thêm mã <code>integrity</code> của bản này
      (chỉ khi CMS phục vụ tệp đúng như đã tải lên, từ chính tên miền của trang):</p>
    ${code(pinned)}

    <h2>3. Giữ chỗ cho danh sách</h2>
    <p>Để trang không bị xô lệch khi tin hiện ra, giữ sẵn chiều cao: khoảng 150 px một tin ở kiểu danh sách
      thường trên máy tính, 235 px trên điện thoại (kiểu <code>compact</code>: 70 px và 130 px). Với 5 tin:</p>
    ${code(reserve)}

    <h2>4. Kiểm tra nguồn tin</h2>
    <ul>
      <li>Mở địa chỉ nguồn tin trong trình duyệt: phải thấy dữ liệu (JSON hoặc XML), không phải trang lỗi
        hay trang đăng nhập.</li>
      <li>Người phụ trách kỹ thuật chạy <code>npx news-elements check &lt;địa chỉ&gt;</code>: lệnh cho biết
        định dạng, số tin, tin nào bị bỏ và vì sao, và các header máy chủ cần gửi khi nguồn ở tên miền
        khác.</li>
      <li>«Không kết nối được tới nguồn tin»: sai địa chỉ, mất mạng, hoặc máy chủ nguồn chưa cho trang của
        bạn đọc (CORS). «Nguồn tin báo lỗi 404»: địa chỉ không tồn tại. «Không nhận ra định dạng của nguồn
        tin»: ghi rõ <code>format</code> hoặc mô tả các trường bằng <code>fields</code>.</li>
    </ul>
  </section>`,
    en: `
  <section lang="en" aria-labelledby="en-title">
    <h1 id="en-title">Guide for editors — news-elements ${version}</h1>
    <p>This package puts a news list (<code>&lt;news-feed&gt;</code>) and an article page
      (<code>&lt;news-article&gt;</code>) on any page of a portal, including CMSs that take one uploaded file
      at a time.</p>

    <h2>1. Upload the file</h2>
    <p>The <code>one-file/</code> folder holds one file with every part inside:
      <strong><code>${classic.file}</code></strong>. Upload that file alone to the CMS's media library and
      copy its address. No other file needs to go with it.</p>
    <p>Where the server takes a whole folder, <code>folder/</code> is lighter (a page downloads only the
      parts it uses): copy <em>the whole</em> folder, leaving no file out.</p>

    <h2>2. Paste into the page</h2>
    <p>In the HTML editor (a "Custom HTML" block), paste this once per page, with the address you copied:</p>
    ${code(script)}
    <p>Then paste the list where the news should appear, with <code>src</code> the address of the news source
      (JSON, RSS, WordPress…). The link inside shows until the news loads, so readers never see an empty
      box:</p>
    ${code(feed('en'))}
    <p>To have the browser refuse a file changed by even one byte, add this release's
      <code>integrity</code> (only where the CMS serves the file exactly as uploaded, from the site's own address):</p>
    ${code(pinned)}

    <h2>3. Reserve the list's height</h2>
    <p>So that the page does not jump when the news appears, reserve its height: about 150 px a row in the
      default list on a computer, 235 px on a phone (<code>compact</code>: 70 px and 130 px). For 5 rows:</p>
    ${code(reserve)}

    <h2>4. Check a source</h2>
    <ul>
      <li>Open the source's address in a browser: you should see data (JSON or XML), not an error or login
        page.</li>
      <li>Whoever runs the site runs <code>npx news-elements check &lt;address&gt;</code>: it names the format,
        the number of items, each item left out and why, and the headers the server must send when the
        source is on another domain.</li>
      <li>"Could not reach the news source": a wrong address, no network, or the source's server does not let
        your site read it (CORS). "The news source answered with error 404": no such address. "The news
        source is in a format this widget does not know": set <code>format</code>, or describe the fields with
        <code>fields</code>.</li>
    </ul>
  </section>`,
  };

  return `<!doctype html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>news-elements ${version} — Hướng dẫn / Guide</title>
  <style>
    body { font: 16px/1.5 system-ui, sans-serif; color: #1a1a1a; max-width: 60rem; margin: 0 auto; padding: 1rem; }
    h1 { font-size: 1.4rem; color: #a3161a; }
    h2 { font-size: 1.1rem; margin-top: 1.5rem; }
    pre { background: #f4f1ea; padding: 0.75rem; overflow-x: auto; border-radius: 4px; }
    code { font-family: ui-monospace, monospace; font-size: 0.9em; }
    section + section { border-top: 2px solid #a3161a; margin-top: 2rem; }
    @media print { pre { white-space: pre-wrap; } }
  </style>
</head>
<body>
  <nav aria-label="Ngôn ngữ / Language"><a href="#vi-title" hreflang="vi">Tiếng Việt</a> ·
    <a href="#en-title" hreflang="en" lang="en">English</a></nav>
  <main>${sections.vi}${sections.en}
  </main>
</body>
</html>
`;
}
