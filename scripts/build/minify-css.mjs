// Minifies the CSS that Lit elements carry in `css` template literals. esbuild and other
// bundlers minify JavaScript but leave template text as written, so without this step every
// comment and indentation of our styles would reach residents' phones. Pure functions (no
// Node APIs), so that a browser test can check that Chromium reads the minified CSS exactly as
// it reads the original.

/** Removes comments and the whitespace CSS does not need; strings are kept as written. */
export function minifyCss(text) {
  let out = '';
  let code = ''; // the code read since the last string, comments replaced by a space
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (char === '"' || char === "'") {
      const end = closingQuote(text, index);
      out += compactCode(code) + text.slice(index, end + 1);
      code = '';
      index = end + 1;
    } else if (char === '/' && text[index + 1] === '*') {
      const end = text.indexOf('*/', index + 2);
      code += ' ';
      index = end === -1 ? text.length : end + 2;
    } else {
      const next = nextSpecial(text, index);
      code += text.slice(index, next);
      index = next;
    }
  }
  return (out + compactCode(code)).trim();
}

/** Whitespace rules for CSS outside strings and comments. */
function compactCode(code) {
  return code
    .replace(/\s+/g, ' ')
    // Spaces around these never change meaning (a space before `:` can: `a :hover`).
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');
}

function closingQuote(text, start) {
  const quote = text[start];
  for (let index = start + 1; index < text.length; index += 1) {
    if (text[index] === '\\') index += 1;
    else if (text[index] === quote) return index;
  }
  return text.length - 1;
}

function nextSpecial(text, start) {
  for (let index = start; index < text.length; index += 1) {
    const char = text[index];
    if (char === '"' || char === "'" || (char === '/' && text[index + 1] === '*')) return index;
  }
  return text.length;
}

/**
 * Minifies every `css` template literal of a compiled module. A template with an interpolation
 * (`${…}`) is left as written: its pieces are not CSS on their own.
 */
export function minifyCssTemplates(source) {
  return source.replace(/\bcss ?`([^`]*)`/g, (whole, body) => (body.includes('${') ? whole : `css \`${minifyCss(body)}\``));
}
