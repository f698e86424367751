// A Vitest reporter for CI (.ci/run): appends a line to PROGRESS_LOG (default .tmp/test-progress.log)
// when a test file is sent to a worker and when it ends, so that a run stopped by CI's time limit can say which
// files were still running — the default reporter names a file only once it has finished.
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

export default class ProgressLog implements Reporter {
  private readonly path = process.env.PROGRESS_LOG ?? '.tmp/test-progress.log';

  onInit(): void {
    mkdirSync(dirname(this.path), { recursive: true });
    appendFileSync(this.path, '');
  }

  onTestModuleQueued(module: TestModule): void {
    appendFileSync(this.path, `start ${module.relativeModuleId}\n`);
  }

  onTestModuleEnd(module: TestModule): void {
    appendFileSync(this.path, `end ${module.relativeModuleId}\n`);
  }
}
