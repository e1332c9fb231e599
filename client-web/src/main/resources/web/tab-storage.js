/**
 * This tab's sessionStorage (or none), wrapped so that a browser refusing it (private modes,
 * blocked storage) only costs surviving a reload, never the session. Used by hearth-client.js
 * for the handle and resume token, and by the pages for what the member chose (the room).
 */
export class TabStorage {
  #storage;

  /** @param {Storage|null} storage the Storage to wrap; null keeps nothing */
  constructor(storage) {
    this.#storage = storage;
  }

  /** The window's sessionStorage, or null where the browser refuses it. */
  static ofWindow(win) {
    try {
      const storage = win.sessionStorage;
      storage.getItem('hearth.probe');
      return storage;
    } catch {
      return null;
    }
  }

  read(key) {
    try {
      return this.#storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  write(key, value) {
    try {
      this.#storage?.setItem(key, value);
    } catch {
      // the session still works; it just cannot survive a reload
    }
  }

  remove(key) {
    try {
      this.#storage?.removeItem(key);
    } catch {
      // nothing stored, nothing to forget
    }
  }
}
