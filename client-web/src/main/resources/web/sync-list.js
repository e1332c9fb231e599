/**
 * Makes `list`'s children match `items` in order, reusing the element already shown for a key
 * and building only new ones; elements whose key is gone are removed. What is typed or chosen
 * inside a kept element (a rule picker, an edit) therefore survives a redraw, and so does focus.
 */
export function syncList(list, items, keyOf, build) {
  const shown = new Map();
  for (const child of list.children) {
    shown.set(child.dataset.key, child);
  }
  let cursor = list.firstElementChild;
  for (const item of items) {
    const key = keyOf(item);
    let element = shown.get(key);
    if (element) {
      shown.delete(key);
    } else {
      element = build(item);
      element.dataset.key = key;
    }
    if (element === cursor) {
      cursor = cursor.nextElementSibling;
    } else {
      list.insertBefore(element, cursor);
    }
  }
  shown.forEach((stale) => stale.remove());
}

/** An element with a class and text (set with textContent, never parsed as HTML). */
export function make(doc, tag, className, text) {
  const element = doc.createElement(tag);
  if (className) {
    element.className = className;
  }
  if (text !== undefined && text !== null) {
    element.textContent = String(text);
  }
  return element;
}
