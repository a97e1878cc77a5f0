// What `npm start` runs it keeps running: a child that stops without being asked is started
// again after a pause that doubles with each failure in a row, up to a cap, and the count
// starts over once a child has stayed up for a while. Every event is one plain line on stdout.
import { spawn } from "node:child_process";

/** The default policy: 0.5 s, 1 s, 2 s, 4 s … at most 30 s; 60 s up counts as recovered. */
export const DEFAULT_RESTART_POLICY = Object.freeze({ initialMs: 500, factor: 2, maxMs: 30_000, stableMs: 60_000 });

/** The pause before the restart that follows `failures` failures in a row (1 for the first). */
export function restartDelay(failures, policy = DEFAULT_RESTART_POLICY) {
  if (!Number.isInteger(failures) || failures < 1) return 0;
  const delay = policy.initialMs * policy.factor ** (failures - 1);
  return Math.min(policy.maxMs, delay);
}

/**
 * The failures in a row counting the exit of a child that ran `uptimeMs`: one more, or a new
 * first one when it had stayed up `stableMs` (it was a new fault, not the same one again).
 */
export function failuresAfterExit(previousFailures, uptimeMs, policy = DEFAULT_RESTART_POLICY) {
  return uptimeMs >= policy.stableMs ? 1 : previousFailures + 1;
}

/** One plain line: ISO time, the child's name, what happened. */
export function logLine(name, message, now = new Date()) {
  return `${now.toISOString()} [giám sát] ${name}: ${message}\n`;
}

function describeExit(code, signal) {
  return signal ? `tín hiệu ${signal}` : `mã ${code}`;
}

/**
 * Keeps one child running. `start()` spawns it and resolves with the ChildProcess once it is
 * ready. The first start must succeed (`ready` rejects otherwise); after that an exit, or a
 * restart that fails, is tried again after restartDelay(). Returns `stop()`, which ends the
 * child (SIGTERM, SIGKILL after `killAfterMs`) and restarts nothing any more, and `current()`.
 * `onRestart(child)` is told of each child started again after a failure.
 */
export function supervise({ name, start, policy = DEFAULT_RESTART_POLICY, write = (line) => process.stdout.write(line), onRestart = () => {}, killAfterMs = 10_000, now = () => Date.now() }) {
  let child = null;
  let stopped = false;
  let failures = 0;
  let timer = null;

  const scheduleRestart = (reason, uptimeMs) => {
    failures = failuresAfterExit(failures, uptimeMs, policy);
    const delay = restartDelay(failures, policy);
    write(logLine(name, `${reason}; khởi động lại sau ${(delay / 1000).toLocaleString("vi-VN")} giây (lần thử ${failures})`));
    timer = setTimeout(() => {
      timer = null;
      void launch(true);
    }, delay);
  };

  const watch = (proc, startedAt) => {
    proc.once("exit", (code, signal) => {
      if (child === proc) child = null;
      if (stopped) return;
      scheduleRestart(`dừng (${describeExit(code, signal)}) sau ${((now() - startedAt) / 1000).toLocaleString("vi-VN", { maximumFractionDigits: 1 })} giây`, now() - startedAt);
    });
  };

  const launch = async (again) => {
    if (stopped) return;
    const startedAt = now();
    let proc;
    try {
      proc = await start();
    } catch (error) {
      // A child that never started is a setting to fix, not a crash to ride out.
      if (!again) throw error;
      if (!stopped) scheduleRestart(`không khởi động được (${error.message})`, now() - startedAt);
      return;
    }
    if (stopped) {
      proc.kill("SIGTERM");
      return;
    }
    child = proc;
    watch(proc, startedAt);
    if (again) {
      write(logLine(name, `đã chạy lại (pid ${proc.pid})`));
      onRestart(proc);
    }
  };

  const ready = launch(false).then(
    () => child,
    (error) => {
      stopped = true;
      throw error;
    },
  );

  return {
    /** Resolves with the first child; rejects when it does not start (nothing is retried then). */
    ready,
    current: () => child,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      const proc = child;
      if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
      await new Promise((resolve) => {
        proc.once("exit", resolve);
        proc.kill("SIGTERM");
        setTimeout(() => proc.kill("SIGKILL"), killAfterMs).unref();
      });
    },
  };
}

/**
 * A `start` for supervise(): spawns `command args` and resolves once a line of its stdout
 * matches `readyPattern` (at once without one). Its stdout goes on to `forward`.
 */
export function spawnUntilReady(command, args, { readyPattern, timeoutMs = 60_000, forward = (chunk) => process.stdout.write(chunk), ipc = false, ...options } = {}) {
  return () =>
    new Promise((resolve, reject) => {
      const proc = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "inherit", ...(ipc ? ["ipc"] : [])] });
      let buffer = "";
      let settled = false;
      const settle = (fn, value) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        fn(value);
      };
      const timer = setTimeout(() => {
        proc.kill("SIGKILL");
        settle(reject, new Error(`chưa sẵn sàng sau ${timeoutMs / 1000} giây`));
      }, timeoutMs);
      proc.on("error", (error) => settle(reject, error));
      proc.stdout.on("data", (chunk) => {
        forward(chunk);
        if (settled) return;
        buffer = (buffer + chunk).slice(-4096);
        if (!readyPattern || readyPattern.test(buffer)) settle(resolve, proc);
      });
      proc.once("exit", (code, signal) => settle(reject, new Error(`dừng trước khi sẵn sàng (${describeExit(code, signal)})`)));
      if (!readyPattern) setImmediate(() => settle(resolve, proc));
    });
}
