/**
 * The operators' live view as the server pushes it (GET /operations/live, server-sent events),
 * as an EventTarget that never touches the page. Events:
 *   'history'  detail: the last hour and every room, sent first on each (re)connection
 *   'snapshot' detail: the rooms now and the newest samples (none when only the rooms changed)
 *   'state'    detail: 'live' | 'reconnecting' | 'signed-out'
 * The browser's EventSource sends the sign-in cookie and reconnects by itself after a network
 * loss. After a refusal (the sign-in ended, a restarted server has forgotten it, too many views
 * open) it gives up, so this asks GET /operations/rooms why: 401 or 403 means sign in again;
 * anything else, try again later with backoff.
 */
import { backoffDelay } from './reconnect-policy.js';

const CLOSED = 2; // EventSource.CLOSED, spelled out so the module loads where EventSource does not exist

export class LiveFeed extends EventTarget {
  #url;
  #probeUrl;
  #EventSource;
  #fetch;
  #setTimer;
  #source = null;
  #attempt = 0;
  #stopped = false;

  constructor({ url = '/operations/live', probeUrl = '/operations/rooms', EventSourceImpl = globalThis.EventSource,
    fetchImpl = (...args) => globalThis.fetch(...args), setTimer = (task, ms) => setTimeout(task, ms) } = {}) {
    super();
    this.#url = url;
    this.#probeUrl = probeUrl;
    this.#EventSource = EventSourceImpl;
    this.#fetch = fetchImpl;
    this.#setTimer = setTimer;
  }

  start() {
    this.#stopped = false;
    this.#open();
  }

  stop() {
    this.#stopped = true;
    this.#source?.close();
    this.#source = null;
  }

  #open() {
    if (this.#stopped) return;
    const source = new this.#EventSource(this.#url);
    this.#source = source;
    source.addEventListener('open', () => {
      this.#attempt = 0;
      this.#state('live');
    });
    for (const kind of ['history', 'snapshot']) {
      source.addEventListener(kind, (event) => this.dispatchEvent(new CustomEvent(kind, { detail: JSON.parse(event.data) })));
    }
    source.addEventListener('signed-out', () => {
      this.stop();
      this.#state('signed-out');
    });
    source.addEventListener('error', () => this.#lost(source));
  }

  async #lost(source) {
    if (this.#stopped || source !== this.#source) return;
    this.#state('reconnecting');
    if (source.readyState !== CLOSED) return; // the browser is reconnecting on its own
    source.close();
    this.#source = null;
    if (await this.#refused()) {
      this.#stopped = true;
      this.#state('signed-out');
      return;
    }
    this.#setTimer(() => this.#open(), backoffDelay(this.#attempt++));
  }

  async #refused() {
    try {
      const response = await this.#fetch(this.#probeUrl, { credentials: 'same-origin', cache: 'no-store' });
      return response.status === 401 || response.status === 403;
    } catch {
      return false; // the server cannot be reached: try again later
    }
  }

  #state(state) {
    this.dispatchEvent(new CustomEvent('state', { detail: state }));
  }
}
