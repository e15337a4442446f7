/**
 * Collapses the line breaks and indentation in the static parts of Lit's html`…` templates to one space.
 * The minifier leaves template strings as written, and templates are laid out for reading: a row of
 * `<news-feed>` carried some 400 bytes of indentation. One space renders as the line break and indentation
 * did (outside `<pre>`, which no template of ours writes), inside a tag as between text.
 *
 * Works on the JavaScript of one module: finds each html`, then walks the template, its `${…}` expressions
 * and the templates nested in them (strings, comments and other templates skipped as such). A template it
 * cannot read to its end is an error, never a silent partial rewrite.
 */
const TAG = /\bhtml`/g;

export function minifyHtmlLiterals(code, id = 'module') {
  let out = '';
  let from = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(code); match; match = TAG.exec(code)) {
    if (match.index < from) continue;
    const start = match.index + match[0].length;
    const { text, end } = template(code, start, true, id);
    out += code.slice(from, start) + text;
    from = end;
    TAG.lastIndex = end;
  }
  return out + code.slice(from);
}

/** The template whose text starts at `i` (after its backtick), through its closing backtick. */
function template(code, i, minify, id) {
  let text = '';
  let run = '';
  const flush = () => {
    text += minify ? run.replace(/\s*\n\s*/g, ' ') : run;
    run = '';
  };
  while (i < code.length) {
    const char = code[i];
    if (char === '\\') {
      run += code.slice(i, i + 2);
      i += 2;
    } else if (char === '`') {
      flush();
      return { text: `${text}\``, end: i + 1 };
    } else if (char === '$' && code[i + 1] === '{') {
      flush();
      const expression = expressionAt(code, i + 2, id);
      text += `\${${expression.text}`;
      i = expression.end;
    } else {
      run += char;
      i++;
    }
  }
  throw new Error(`minify-html-literals: ${id}: a template does not end`);
}

/** An expression from `i` through its closing `}`, with the templates inside it read (and html ones minified). */
function expressionAt(code, i, id) {
  let text = '';
  let depth = 0;
  while (i < code.length) {
    const char = code[i];
    if (char === '}' && depth === 0) return { text: `${text}}`, end: i + 1 };
    if (char === '{') depth++;
    if (char === '}') depth--;
    if (char === '"' || char === "'") {
      const end = stringEnd(code, i, char, id);
      text += code.slice(i, end);
      i = end;
    } else if (char === '`') {
      const nested = template(code, i + 1, /\bhtml$/.test(code.slice(Math.max(0, i - 4), i)), id);
      text += `\`${nested.text}`;
      i = nested.end;
    } else if (char === '/' && code[i + 1] === '/') {
      const end = code.indexOf('\n', i);
      text += code.slice(i, end);
      i = end;
    } else if (char === '/' && code[i + 1] === '*') {
      const end = code.indexOf('*/', i) + 2;
      text += code.slice(i, end);
      i = end;
    } else {
      text += char;
      i++;
    }
  }
  throw new Error(`minify-html-literals: ${id}: an expression in a template does not end`);
}

function stringEnd(code, i, quote, id) {
  for (let j = i + 1; j < code.length; j++) {
    if (code[j] === '\\') j++;
    else if (code[j] === quote) return j + 1;
    else if (code[j] === '\n') break;
  }
  throw new Error(`minify-html-literals: ${id}: a string in a template does not end`);
}
