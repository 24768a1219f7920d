'use strict';
// A small event emitter: listeners are closures kept per event name in a plain object.

class EventEmitter {
  constructor(name) {
    this.name = name;
    this.listeners = {};
    this.emitted = 0;
  }

  on(event, fn) {
    if (!(event in this.listeners)) this.listeners[event] = [];
    this.listeners[event].push({ fn: fn, once: false });
    return this;
  }

  once(event, fn) {
    if (!(event in this.listeners)) this.listeners[event] = [];
    this.listeners[event].push({ fn: fn, once: true });
    return this;
  }

  off(event, fn) {
    if (!(event in this.listeners)) return false;
    const before = this.listeners[event].length;
    this.listeners[event] = this.listeners[event].filter((l) => l.fn !== fn);
    if (this.listeners[event].length === 0) delete this.listeners[event];
    return before !== (event in this.listeners ? this.listeners[event].length : 0);
  }

  listenerCount(event) {
    return event in this.listeners ? this.listeners[event].length : 0;
  }

  eventNames() {
    return Object.keys(this.listeners).sort();
  }

  // Returns how many listeners ran. A throwing listener is reported on 'error'.
  emit(event, ...args) {
    if (!(event in this.listeners)) return 0;
    this.emitted++;
    const list = this.listeners[event].slice();
    this.listeners[event] = this.listeners[event].filter((l) => !l.once);
    if (this.listeners[event].length === 0) delete this.listeners[event];
    let ran = 0;
    for (const l of list) {
      try {
        l.fn(...args);
        ran++;
      } catch (e) {
        if (event === 'error' || this.listenerCount('error') === 0) throw e;
        this.emit('error', e, event);
      }
    }
    return ran;
  }
}

module.exports = EventEmitter;
