/**
 * Test-only HTTP behaviour the fixture files cannot express, under `/__fault/`:
 * - `/__fault/status/503` answers that status;
 * - `/__fault/hang` never answers (until the client gives up);
 * - `/__fault/delay/300?src=/test/fixtures/x.json` serves that file after 300 ms;
 * - `/__fault/fail-once/<key>?src=…` answers 503 the first time a key is asked for, then serves the file;
 * - `/__fault/ago/120,0.98` a native feed whose items were published that many minutes ago.
 * Fault paths carry no file extension: the test runner marks every path with one as cacheable for a year,
 * and a fault must reach the server on every request.
 */
export function faultServer() {
  const failed = new Set();
  return async function fault(context, next) {
    const match = /^\/__fault\/(status|hang|delay|fail-once|ago)(?:\/([^/]+))?$/.exec(context.path);
    if (!match) return next();
    const [, kind, arg] = match;
    context.set('Cache-Control', 'no-store');
    switch (kind) {
      case 'status':
        context.status = Number(arg);
        context.body = `fault ${arg}`;
        return;
      case 'hang':
        await new Promise((resolve) => {
          const timer = setTimeout(resolve, 30_000);
          context.req.on('close', () => {
            clearTimeout(timer);
            resolve();
          });
        });
        context.status = 504;
        return;
      case 'ago':
        context.type = 'application/json';
        context.body = JSON.stringify({
          items: arg.split(',').map((minutes) => ({
            id: `ago-${minutes}`,
            title: `Published ${minutes} minutes ago`,
            publishedAt: new Date(Date.now() - Number(minutes) * 60_000).toISOString(),
          })),
        });
        return;
      case 'fail-once':
        if (!failed.has(arg)) {
          failed.add(arg);
          context.status = 503;
          context.body = 'fault: the first request fails';
          return;
        }
        break;
      case 'delay':
        await new Promise((resolve) => setTimeout(resolve, Number(arg)));
        break;
    }
    await serveFile(context, next, context.query.src);
  };
}

/** Serves another path's static file while keeping this request's own URL for the outer middleware. */
async function serveFile(context, next, path) {
  const original = context.url;
  context.url = path;
  await next();
  context.url = original;
}
