/**
 * Opens `path` in an iframe of the test page, as a page of its own (its own scripts, headers and policy),
 * and resolves once it has loaded. The caller removes `frame` when done.
 */
export async function openPage<W extends Window = Window>(
  path: string,
  style = 'width:800px;height:600px',
): Promise<{ frame: HTMLIFrameElement; win: W; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = style;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as W, doc: frame.contentDocument! };
}
