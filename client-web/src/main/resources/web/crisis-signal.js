/**
 * Makes a newly arrived crisis post hard to miss without being noisy: the tab's title says how
 * many wait (seen from another tab), and, only if the moderator turned it on, one soft tone per
 * new crisis post. The tone is made with the Web Audio API, so nothing is fetched.
 */

export class CrisisSignal {
  #doc;
  #baseTitle;
  #soundOn = false;
  #audio = null;

  constructor(doc) {
    this.#doc = doc;
    this.#baseTitle = doc.title;
  }

  /** Sound is off until the moderator ticks the box (a click also lets the browser play it). */
  setSound(on) {
    this.#soundOn = on;
    if (on && !this.#audio && globalThis.AudioContext) {
      this.#audio = new AudioContext();
    }
  }

  /** `waiting` crisis posts wait now; `arrived` is true when one just came in. */
  update(waiting, arrived) {
    this.#doc.title = waiting > 0 ? `(${waiting} crisis) ${this.#baseTitle}` : this.#baseTitle;
    if (arrived && this.#soundOn && this.#audio) {
      this.#tone();
    }
  }

  #tone() {
    const ctx = this.#audio;
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'sine';
    osc.frequency.value = 660;
    gain.gain.setValueAtTime(0.0001, ctx.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.15, ctx.currentTime + 0.05);
    gain.gain.exponentialRampToValueAtTime(0.0001, ctx.currentTime + 0.8);
    osc.connect(gain).connect(ctx.destination);
    osc.start();
    osc.stop(ctx.currentTime + 0.85);
  }
}
