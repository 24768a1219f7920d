// Richards-style operating system scheduler simulation: a scheduler drives
// idle, worker, handler and device tasks that exchange packets through queues.
// Prints the queue and hold counts after each run plus a final checksum.

const ID_IDLE = 0;
const ID_WORKER = 1;
const ID_HANDLER_A = 2;
const ID_HANDLER_B = 3;
const ID_DEVICE_A = 4;
const ID_DEVICE_B = 5;
const NUMBER_OF_IDS = 6;

const KIND_DEVICE = 0;
const KIND_WORK = 1;

const DATA_SIZE = 4;

const STATE_RUNNING = 0;
const STATE_RUNNABLE = 1;
const STATE_SUSPENDED = 2;
const STATE_HELD = 4;
const STATE_SUSPENDED_RUNNABLE = STATE_SUSPENDED | STATE_RUNNABLE;
const STATE_NOT_HELD = ~STATE_HELD;

class Packet {
  constructor(link, id, kind) {
    this.link = link;
    this.id = id;
    this.kind = kind;
    this.a1 = 0;
    this.a2 = [];
    for (let i = 0; i < DATA_SIZE; i++) this.a2.push(0);
  }

  // Append this packet to the end of the queue starting at `queue`.
  addTo(queue) {
    this.link = null;
    if (queue === null) return this;
    let last = queue;
    let next = last.link;
    while (next !== null) {
      last = next;
      next = last.link;
    }
    last.link = this;
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
    this.state = queue === null ? STATE_SUSPENDED : STATE_SUSPENDED_RUNNABLE;
  }

  setRunning() { this.state = STATE_RUNNING; }
  markAsNotHeld() { this.state = this.state & STATE_NOT_HELD; }
  markAsHeld() { this.state = this.state | STATE_HELD; }
  markAsSuspended() { this.state = this.state | STATE_SUSPENDED; }
  markAsRunnable() { this.state = this.state | STATE_RUNNABLE; }

  isHeldOrSuspended() {
    return (this.state & STATE_HELD) !== 0 || this.state === STATE_SUSPENDED;
  }

  run() {
    let packet = null;
    if (this.state === STATE_SUSPENDED_RUNNABLE) {
      packet = this.queue;
      this.queue = packet.link;
      this.state = this.queue === null ? STATE_RUNNING : STATE_RUNNABLE;
    }
    return this.task.run(packet);
  }

  // Deliver a packet to this task; returns the task that should run next.
  checkPriorityAdd(current, packet) {
    if (this.queue === null) {
      this.queue = packet;
      this.markAsRunnable();
      if (this.priority > current.priority) return this;
    } else {
      this.queue = packet.addTo(this.queue);
    }
    return current;
  }
}

class Task {
  constructor(scheduler) {
    this.scheduler = scheduler;
  }
  run(packet) {
    return this.scheduler.currentTcb;
  }
}

class IdleTask extends Task {
  constructor(scheduler, v1, count) {
    super(scheduler);
    this.v1 = v1;
    this.count = count;
  }

  run(packet) {
    this.count--;
    if (this.count === 0) return this.scheduler.holdCurrent();
    if ((this.v1 & 1) === 0) {
      this.v1 = this.v1 >> 1;
      return this.scheduler.release(ID_DEVICE_A);
    }
    this.v1 = (this.v1 >> 1) ^ 0xd008;
    return this.scheduler.release(ID_DEVICE_B);
  }
}

class DeviceTask extends Task {
  constructor(scheduler) {
    super(scheduler);
    this.pending = null;
  }

  run(packet) {
    if (packet === null) {
      if (this.pending === null) return this.scheduler.suspendCurrent();
      const v = this.pending;
      this.pending = null;
      return this.scheduler.queue(v);
    }
    this.pending = packet;
    return this.scheduler.holdCurrent();
  }
}

class WorkerTask extends Task {
  constructor(scheduler, destination, count) {
    super(scheduler);
    this.destination = destination;
    this.count = count;
  }

  run(packet) {
    if (packet === null) return this.scheduler.suspendCurrent();
    this.destination = this.destination === ID_HANDLER_A ? ID_HANDLER_B : ID_HANDLER_A;
    packet.id = this.destination;
    packet.a1 = 0;
    for (let i = 0; i < DATA_SIZE; i++) {
      this.count++;
      if (this.count > 26) this.count = 1;
      packet.a2[i] = this.count;
    }
    return this.scheduler.queue(packet);
  }
}

class HandlerTask extends Task {
  constructor(scheduler) {
    super(scheduler);
    this.workQueue = null;
    this.deviceQueue = null;
  }

  run(packet) {
    if (packet !== null) {
      if (packet.kind === KIND_WORK) {
        this.workQueue = packet.addTo(this.workQueue);
      } else {
        this.deviceQueue = packet.addTo(this.deviceQueue);
      }
    }
    if (this.workQueue !== null) {
      const work = this.workQueue;
      const index = work.a1;
      if (index < DATA_SIZE) {
        if (this.deviceQueue !== null) {
          const dev = this.deviceQueue;
          this.deviceQueue = dev.link;
          dev.a1 = work.a2[index];
          work.a1 = index + 1;
          return this.scheduler.queue(dev);
        }
      } else {
        this.workQueue = work.link;
        return this.scheduler.queue(work);
      }
    }
    return this.scheduler.waitCurrent();
  }
}

class Scheduler {
  constructor() {
    this.queueCount = 0;
    this.holdCount = 0;
    this.blocks = [];
    for (let i = 0; i < NUMBER_OF_IDS; i++) this.blocks.push(null);
    this.list = null;
    this.currentTcb = null;
    this.currentId = -1;
  }

  addTask(id, priority, queue, task) {
    this.currentTcb = new TaskControlBlock(this.list, id, priority, queue, task);
    this.list = this.currentTcb;
    this.blocks[id] = this.currentTcb;
  }

  addRunningTask(id, priority, queue, task) {
    this.addTask(id, priority, queue, task);
    this.currentTcb.setRunning();
  }

  schedule() {
    this.currentTcb = this.list;
    while (this.currentTcb !== null) {
      if (this.currentTcb.isHeldOrSuspended()) {
        this.currentTcb = this.currentTcb.link;
      } else {
        this.currentId = this.currentTcb.id;
        this.currentTcb = this.currentTcb.run();
      }
    }
  }

  release(id) {
    const tcb = this.blocks[id];
    if (tcb === null) return tcb;
    tcb.markAsNotHeld();
    if (tcb.priority > this.currentTcb.priority) return tcb;
    return this.currentTcb;
  }

  holdCurrent() {
    this.holdCount++;
    this.currentTcb.markAsHeld();
    return this.currentTcb.link;
  }

  suspendCurrent() {
    this.currentTcb.markAsSuspended();
    return this.currentTcb;
  }

  waitCurrent() {
    return this.suspendCurrent();
  }

  queue(packet) {
    const target = this.blocks[packet.id];
    if (target === null) return target;
    this.queueCount++;
    packet.link = null;
    packet.id = this.currentId;
    return target.checkPriorityAdd(this.currentTcb, packet);
  }
}

function runRichards(idleCount) {
  const s = new Scheduler();
  s.addRunningTask(ID_IDLE, 0, null, new IdleTask(s, 1, idleCount));

  let queue = new Packet(null, ID_WORKER, KIND_WORK);
  queue = new Packet(queue, ID_WORKER, KIND_WORK);
  s.addTask(ID_WORKER, 1000, queue, new WorkerTask(s, ID_HANDLER_A, 0));

  queue = new Packet(null, ID_DEVICE_A, KIND_DEVICE);
  queue = new Packet(queue, ID_DEVICE_A, KIND_DEVICE);
  queue = new Packet(queue, ID_DEVICE_A, KIND_DEVICE);
  s.addTask(ID_HANDLER_A, 2000, queue, new HandlerTask(s));

  queue = new Packet(null, ID_DEVICE_B, KIND_DEVICE);
  queue = new Packet(queue, ID_DEVICE_B, KIND_DEVICE);
  queue = new Packet(queue, ID_DEVICE_B, KIND_DEVICE);
  s.addTask(ID_HANDLER_B, 3000, queue, new HandlerTask(s));

  s.addTask(ID_DEVICE_A, 4000, null, new DeviceTask(s));
  s.addTask(ID_DEVICE_B, 5000, null, new DeviceTask(s));

  s.schedule();
  return s;
}

function main() {
  const counts = [1000, 5000, 10000];
  let checksum = 0;
  counts.forEach((count) => {
    const s = runRichards(count);
    console.log("idle=" + count + " queueCount=" + s.queueCount + " holdCount=" + s.holdCount);
  });
  const ROUNDS = 300;
  for (let round = 0; round < ROUNDS; round++) {
    const s = runRichards(10000);
    checksum = (checksum * 31 + s.queueCount + s.holdCount) % 1000000007;
  }
  const ok = runRichards(10000);
  console.log("standard run ok: " + (ok.queueCount === 23246 && ok.holdCount === 9297));
  console.log("rounds=" + ROUNDS + " checksum=" + checksum);
}

main();
