/**
 * Text folded for matching as Vietnamese readers expect: no case, no tone or vowel marks, `đ` as `d`, so
 * `quan uy` finds `Quận uỷ` (and `Quận ủy`, the other accent placement). Folding works character by
 * character, so `map[i]` is the index in the original text of folded character `i`: matches can be
 * highlighted in the original.
 */
export function foldWithMap(text: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  let index = 0;
  for (const char of text) {
    const plain = foldChar(char);
    for (let i = 0; i < plain.length; i++) map.push(index);
    folded += plain;
    index += char.length;
  }
  return { folded, map };
}

export function foldText(text: string): string {
  return foldWithMap(text).folded;
}

const cache = new Map<string, string>();

function foldChar(char: string): string {
  let plain = cache.get(char);
  if (plain === undefined) {
    plain = char
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'd')
      .toLowerCase()
      .replace(/\s/g, ' ');
    cache.set(char, plain);
  }
  return plain;
}
