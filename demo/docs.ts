// The live docs page: a form sets every attribute of one <news-feed> and shows the markup it takes.
import '../src/define.js';

/** One attribute: its name, its value from the form, and the element's default (left out of the markup). */
interface Attribute {
  name: string;
  value: (data: FormData) => string | boolean;
  fallback?: string;
}

const text = (name: string) => (data: FormData) => String(data.get(name) ?? '').trim();
const flag = (name: string) => (data: FormData) => data.has(name);

/** In the order the markup lists them. */
const ATTRIBUTES: Attribute[] = [
  { name: 'src', value: text('src') },
  { name: 'lang', value: text('lang') },
  { name: 'time-zone', value: text('time-zone') },
  { name: 'layout', value: text('layout'), fallback: 'list' },
  { name: 'featured', value: flag('featured') },
  { name: 'paging', value: text('paging'), fallback: 'none' },
  { name: 'page-size', value: text('page-size'), fallback: '10' },
  { name: 'sort', value: text('sort'), fallback: 'newest' },
  { name: 'category', value: text('category') },
  { name: 'category-tabs', value: flag('category-tabs') },
  { name: 'search', value: flag('search') },
  { name: 'hide', value: (data) => data.getAll('hide').join(' ') },
  {
    name: 'date-format',
    value: (data) =>
      data.get('date-format') === 'pattern' ? text('date-pattern')(data) : text('date-format')(data),
    fallback: 'auto',
  },
  { name: 'views-format', value: text('views-format'), fallback: 'full' },
  { name: 'theme', value: text('theme'), fallback: 'light' },
];

/** The language of each sample source, chosen with it (the visitor can still change it after). */
const SOURCE_LANG: Record<string, string> = { '/tin-tuc.json': 'vi', '/news-en.json': 'en' };

function must<T extends Element>(selector: string): T {
  const element = document.querySelector<T>(selector);
  if (!element) throw new Error(`docs: ${selector} is missing from the page`);
  return element;
}

const form = must<HTMLFormElement>('#controls');
const preview = must<HTMLElement>('#preview');
const frame = must<HTMLElement>('#preview-frame');
const markup = must<HTMLElement>('#markup');
const status = must<HTMLElement>('#preview-status');
const pattern = must<HTMLInputElement>('input[name="date-pattern"]');
const dateFormat = must<HTMLSelectElement>('select[name="date-format"]');
const copyStatus = must<HTMLElement>('#copy-status');

/** The attributes to set: `true` for a boolean attribute, a string otherwise; defaults left out. */
function chosen(): [string, string | true][] {
  const data = new FormData(form);
  const result: [string, string | true][] = [];
  for (const attribute of ATTRIBUTES) {
    const value = attribute.value(data);
    if (value === false || value === '' || value === attribute.fallback) continue;
    result.push([attribute.name, value]);
  }
  return result;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

function markupFor(attributes: [string, string | true][]): string {
  const lines = attributes.map(([name, value]) =>
    value === true ? `  ${name}` : `  ${name}="${escapeAttribute(value)}"`,
  );
  return `<news-feed\n${lines.join('\n')}\n></news-feed>`;
}

function prefersDark(): boolean {
  return matchMedia('(prefers-color-scheme: dark)').matches;
}

function apply(): void {
  const attributes = chosen();
  const wanted = new Map(attributes);
  for (const { name } of ATTRIBUTES) {
    const value = wanted.get(name);
    if (value === undefined) preview.removeAttribute(name);
    else preview.setAttribute(name, value === true ? '' : value);
  }
  markup.textContent = markupFor(attributes);
  pattern.disabled = dateFormat.value !== 'pattern';
  const theme = wanted.get('theme') ?? 'light';
  frame.classList.toggle('preview--dark', theme === 'dark' || (theme === 'auto' && prefersDark()));
  // The form's state rides in the URL, so a configuration can be shared as a link.
  const state = new URLSearchParams();
  for (const [name, value] of new FormData(form)) state.append(name, String(value));
  history.replaceState(null, '', `#${state}`);
}

/** Restores the form from the URL's fragment, when it holds one. */
function restore(): void {
  const hash = location.hash.slice(1);
  if (!hash.includes('=')) return;
  const state = new URLSearchParams(hash);
  for (const element of Array.from(form.elements)) {
    if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement) || !element.name)
      continue;
    if (element instanceof HTMLInputElement && element.type === 'checkbox') {
      element.checked =
        state.getAll(element.name).includes(element.value) || state.get(element.name) === 'on';
    } else if (state.has(element.name)) {
      element.value = state.get(element.name) ?? '';
    }
  }
}

/** Fills the category suggestions with the categories of both sample sources. */
async function loadCategories(): Promise<void> {
  const list = must<HTMLDataListElement>('#categories');
  const found = new Set<string>();
  for (const src of Object.keys(SOURCE_LANG)) {
    try {
      const response = await fetch(src);
      const feed = (await response.json()) as {
        items?: { category?: string; _news?: { category?: string } }[];
      };
      for (const item of feed.items ?? []) {
        const category = item.category ?? item._news?.category;
        if (category) found.add(category);
      }
    } catch {
      // Suggestions only: the field still takes any text.
    }
  }
  list.replaceChildren(
    ...[...found].map((category) => Object.assign(document.createElement('option'), { value: category })),
  );
}

form.addEventListener('input', (event) => {
  const target = event.target;
  if (target instanceof HTMLSelectElement && target.name === 'src' && SOURCE_LANG[target.value]) {
    must<HTMLSelectElement>('select[name="lang"]').value = SOURCE_LANG[target.value];
  }
  if (target instanceof HTMLSelectElement && target.name === 'date-format' && target.value === 'pattern') {
    pattern.disabled = false;
    pattern.focus();
  }
  apply();
});
form.addEventListener('submit', (event) => event.preventDefault());
// `reset` fires before the controls take their initial values.
form.addEventListener('reset', () => setTimeout(apply));
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', apply);

preview.addEventListener('news-load', (event) => {
  const { items, total, formats } = event.detail;
  status.textContent = `news-load: ${items.length} / ${total} · ${formats.join(', ')}`;
});
preview.addEventListener('news-error', (event) => {
  status.textContent = `news-error: ${event.detail.error.kind}`;
});

must<HTMLButtonElement>('#copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(markup.textContent ?? '');
    copyStatus.textContent = 'Đã chép · Copied';
  } catch {
    copyStatus.textContent = 'Không chép được · Could not copy';
  }
});

restore();
apply();
void loadCategories();
