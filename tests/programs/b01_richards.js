'use strict';
// OS task scheduler simulation in the spirit of the Richards benchmark.

const ID_IDLE = 0;
const ID_WORKER = 1;
const ID_HANDLER_A = 2;
const ID_HANDLER_B = 3;
const ID_DEVICE_A = 4;
const ID_DEVICE_B = 5;
const NUM_IDS = 6;

const KIND_DEVICE = 0;
const KIND_WORK = 1;
const DATA_SIZE = 4;

const ST_RUNNING = 0;
const ST_RUNNABLE = 1;
const ST_SUSPENDED = 2;
const ST_HELD = 4;
const ST_SUSPENDED_RUNNABLE = ST_SUSPENDED | ST_RUNNABLE;
const ST_NOT_HELD = ~ST_HELD;

class Packet {
  constructor(link, id, kind) {
    this.link = link;
    this.id = id;
    this.kind = kind;
    this.a1 = 0;
    this.a2 = new Array(DATA_SIZE).fill(0);
  }

  // append this packet at the end of the queue and return the queue head
  appendTo(queue) {
    this.link = null;
    if (queue === null) return this;
    let cur = queue;
    while (cur.link !== null) cur = cur.link;
    cur.link = this;
    return queue;
  }
}

class TaskControlBlock {
  constructor(link, id, priority, queue, task) {
    this.link = link;
    this.id = id;
    this.priority = priority;
    this.queue = queue;
    this.task = task;
    this.state = queue === null ? ST_SUSPENDED : ST_SUSPENDED_RUNNABLE;
  }

  setRunning() { this.state = ST_RUNNING; }
  markNotHeld() { this.state = this.state & ST_NOT_HELD; }
  markHeld() { this.state = this.state | ST_HELD; }
  markSuspended() { this.state = this.state | ST_SUSPENDED; }
  markRunnable() { this.state = this.state | ST_RUNNABLE; }

  isHeldOrSuspended() {
    return (this.state & ST_HELD) !== 0 || this.state === ST_SUSPENDED;
  }

  run() {
    let packet = null;
    if (this.state === ST_SUSPENDED_RUNNABLE) {
      packet = this.queue;
      this.queue = packet.link;
      this.state = this.queue === null ? ST_RUNNING : ST_RUNNABLE;
    }
    return this.task.run(packet);
  }

  addPacket(packet, current) {
    if (this.queue === null) {
      this.queue = packet;
      this.markRunnable();
      if (this.priority > current.priority) return this;
    } else {
      this.queue = packet.appendTo(this.queue);
    }
    return current;
  }
}

class Task {
  constructor(scheduler) {
    this.scheduler = scheduler;
    this.runs = 0;
  }
  run(packet) {
    this.runs++;
    return this.step(packet);
  }
  step(packet) {
    throw new Error('abstract task');
  }
}

class IdleTask extends Task {
  constructor(scheduler, seed, count) {
    super(scheduler);
    this.seed = seed;
    this.count = count;
  }
  step(packet) {
    const s = this.scheduler;
    this.count--;
    if (this.count === 0) return s.holdCurrent();
    if ((this.seed & 1) === 0) {
      this.seed = this.seed >> 1;
      return s.release(ID_DEVICE_A);
    }
    this.seed = (this.seed >> 1) ^ 0xd008;
    return s.release(ID_DEVICE_B);
  }
}

class DeviceTask extends Task {
  constructor(scheduler) {
    super(scheduler);
    this.pending = null;
  }
  step(packet) {
    const s = this.scheduler;
    if (packet === null) {
      if (this.pending === null) return s.suspendCurrent();
      const p = this.pending;
      this.pending = null;
      return s.queue(p);
    }
    this.pending = packet;
    return s.holdCurrent();
  }
}

class WorkerTask extends Task {
  constructor(scheduler, dest, count) {
    super(scheduler);
    this.dest = dest;
    this.count = count;
  }
  step(packet) {
    const s = this.scheduler;
    if (packet === null) return s.suspendCurrent();
    this.dest = this.dest === ID_HANDLER_A ? ID_HANDLER_B : ID_HANDLER_A;
    packet.id = this.dest;
    packet.a1 = 0;
    for (let i = 0; i < DATA_SIZE; i++) {
      this.count++;
      if (this.count > 26) this.count = 1;
      packet.a2[i] = this.count;
    }
    return s.queue(packet);
  }
}

class HandlerTask extends Task {
  constructor(scheduler) {
    super(scheduler);
    this.work = null;
    this.devices = null;
  }
  step(packet) {
    const s = this.scheduler;
    if (packet !== null) {
      if (packet.kind === KIND_WORK) this.work = packet.appendTo(this.work);
      else this.devices = packet.appendTo(this.devices);
    }
    if (this.work !== null) {
      const idx = this.work.a1;
      if (idx < DATA_SIZE) {
        if (this.devices !== null) {
          const dev = this.devices;
          this.devices = dev.link;
          dev.a1 = this.work.a2[idx];
          this.work.a1 = idx + 1;
          return s.queue(dev);
        }
      } else {
        const w = this.work;
        this.work = w.link;
        return s.queue(w);
      }
    }
    return s.suspendCurrent();
  }
}

class Scheduler {
  constructor() {
    this.queueCount = 0;
    this.holdCount = 0;
    this.blocks = new Array(NUM_IDS).fill(null);
    this.list = null;
    this.current = null;
    this.currentId = 0;
  }

  addTask(id, priority, queue, task) {
    this.current = new TaskControlBlock(this.list, id, priority, queue, task);
    this.list = this.current;
    this.blocks[id] = this.current;
  }

  addIdle(id, priority, queue, count) {
    this.addTask(id, priority, queue, new IdleTask(this, 1, count));
    this.current.setRunning();
  }
  addWorker(id, priority, queue) {
    this.addTask(id, priority, queue, new WorkerTask(this, ID_HANDLER_A, 0));
  }
  addHandler(id, priority, queue) {
    this.addTask(id, priority, queue, new HandlerTask(this));
  }
  addDevice(id, priority, queue) {
    this.addTask(id, priority, queue, new DeviceTask(this));
  }

  schedule() {
    this.current = this.list;
    while (this.current !== null) {
      if (this.current.isHeldOrSuspended()) {
        this.current = this.current.link;
      } else {
        this.currentId = this.current.id;
        this.current = this.current.run();
      }
    }
  }

  release(id) {
    const tcb = this.blocks[id];
    if (tcb === null) return tcb;
    tcb.markNotHeld();
    if (tcb.priority > this.current.priority) return tcb;
    return this.current;
  }

  holdCurrent() {
    this.holdCount++;
    this.current.markHeld();
    return this.current.link;
  }

  suspendCurrent() {
    this.current.markSuspended();
    return this.current;
  }

  queue(packet) {
    const target = this.blocks[packet.id];
    if (target === null) return target;
    this.queueCount++;
    packet.link = null;
    packet.id = this.currentId;
    return target.addPacket(packet, this.current);
  }
}

function runOnce(count) {
  const s = new Scheduler();
  s.addIdle(ID_IDLE, 0, null, count);

  let q = new Packet(null, ID_WORKER, KIND_WORK);
  q = new Packet(q, ID_WORKER, KIND_WORK);
  s.addWorker(ID_WORKER, 1000, q);

  q = new Packet(null, ID_DEVICE_A, KIND_DEVICE);
  q = new Packet(q, ID_DEVICE_A, KIND_DEVICE);
  q = new Packet(q, ID_DEVICE_A, KIND_DEVICE);
  s.addHandler(ID_HANDLER_A, 2000, q);

  q = new Packet(null, ID_DEVICE_B, KIND_DEVICE);
  q = new Packet(q, ID_DEVICE_B, KIND_DEVICE);
  q = new Packet(q, ID_DEVICE_B, KIND_DEVICE);
  s.addHandler(ID_HANDLER_B, 3000, q);

  s.addDevice(ID_DEVICE_A, 4000, null);
  s.addDevice(ID_DEVICE_B, 5000, null);

  s.schedule();

  let runs = 0;
  let tcb = s.list;
  while (tcb !== null) {
    runs += tcb.task.runs;
    tcb = tcb.link;
  }
  return { queueCount: s.queueCount, holdCount: s.holdCount, runs: runs };
}

const counts = [1000, 5000, 10000, 25000, 40000];
let checksum = 0;
for (const c of counts) {
  const r = runOnce(c);
  console.log(`count=${c} queue=${r.queueCount} hold=${r.holdCount} runs=${r.runs}`);
  checksum = (checksum * 31 + r.queueCount + r.holdCount * 7 + r.runs) % 1000000007;
}
const ref = runOnce(1000);
console.log(ref.queueCount === 2322 && ref.holdCount === 928 ? 'reference ok' : 'reference MISMATCH');
console.log('checksum', checksum);
