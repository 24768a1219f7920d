// Error types of the task runner.
class TaskError extends Error {
  constructor(message, task) {
    super(message);
    this.name = "TaskError";
    this.task = task;
  }
  describe() { return this.name + "(" + this.task + "): " + this.message; }
}
class TimeoutError extends TaskError {
  constructor(task, ms) {
    super("timed out after " + ms + "ms", task);
    this.name = "TimeoutError";
    this.ms = ms;
  }
  describe() { return super.describe() + " [" + this.ms + "]"; }
}
class CycleError extends TaskError {
  constructor(path) {
    super("cycle: " + path.join(" -> "), path[0]);
    this.name = "CycleError";
    this.path = path;
  }
}
exports.TaskError = TaskError;
exports.TimeoutError = TimeoutError;
exports.CycleError = CycleError;
