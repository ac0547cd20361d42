/** The import worker started, then stopped without an answer (it crashed, or ran out of memory). */
export class WorkerStopped extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerStopped';
  }
}
