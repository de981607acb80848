/**
 * Runs a job every `periodMs`, never overlapping itself. `nudge()` asks for a run now (or right after
 * the one in progress); `stop()` waits for the run in progress, so shutdown never cuts a delivery.
 */
export class Ticker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = true;

  constructor(
    private readonly job: () => Promise<void>,
    private readonly periodMs: number,
    private readonly onError: (error: unknown) => void,
  ) {}

  start(firstDelayMs = this.periodMs): void {
    this.stopped = false;
    this.schedule(firstDelayMs);
  }

  nudge(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), delayMs);
    this.timer.unref();
  }

  private run(): void {
    if (this.stopped || this.running) return;
    this.running = this.job()
      .catch(this.onError)
      .finally(() => {
        this.running = undefined;
        if (this.stopped) return;
        const soon = this.again;
        this.again = false;
        this.schedule(soon ? 0 : this.periodMs);
      });
  }
}
