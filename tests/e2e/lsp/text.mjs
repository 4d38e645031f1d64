// LSP positions are UTF-16 offsets, which is what JavaScript strings index by.

export function offsetAt(text, position) {
  let line = 0;
  let offset = 0;
  while (line < position.line) {
    const next = text.indexOf('\n', offset);
    if (next < 0) {
      return text.length;
    }
    offset = next + 1;
    line++;
  }
  const lineEnd = text.indexOf('\n', offset);
  const end = lineEnd < 0 ? text.length : lineEnd;
  return Math.min(offset + position.character, end);
}

// Applies edits as a client does: all against the original text, so the last is applied first.
export function applyEdits(text, edits) {
  const sorted = [...edits].sort((a, b) => offsetAt(text, b.range.start) - offsetAt(text, a.range.start));
  for (const edit of sorted) {
    text = text.slice(0, offsetAt(text, edit.range.start)) + edit.newText + text.slice(offsetAt(text, edit.range.end));
  }
  return text;
}

export function lineOf(text, needle) {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index < 0) {
    throw new Error(`No line contains ${needle}`);
  }
  return index;
}
