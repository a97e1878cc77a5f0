import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { spawnUntilReady, supervise } from "../../../src/cli/supervise.mjs";

const dir = mkdtempSync(join(tmpdir(), "cchc-supervisor-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A tiny child: says it is ready, then, on its first run only, crashes (the marker file remembers).
const crashOnce = join(dir, "crash-once.mjs");
writeFileSync(
  crashOnce,
  `import { existsSync, writeFileSync } from "node:fs";
const marker = process.argv[2];
process.stdout.write("ready\\n");
if (!existsSync(marker)) { writeFileSync(marker, "crashed"); setTimeout(() => process.exit(3), 50); }
else setInterval(() => {}, 1000);
`,
);
// A child that starts once, crashes, and then fails every start (exits before it is ready).
const breaksForGood = join(dir, "breaks-for-good.mjs");
writeFileSync(
  breaksForGood,
  `import { existsSync, writeFileSync } from "node:fs";
const marker = process.argv[2];
if (existsSync(marker)) process.exit(1);
writeFileSync(marker, "started");
process.stdout.write("ready\\n");
setTimeout(() => process.exit(3), 50);
`,
);

const fast = { initialMs: 40, factor: 2, maxMs: 200, stableMs: 60_000 };

async function until(check: () => boolean, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("npm start's supervisor, with real child processes", () => {
  it("restarts a child that crashes, logs it in plain lines, and stops it on request", async () => {
    const lines: string[] = [];
    const restarted: number[] = [];
    const s = supervise({
      name: "thử",
      start: spawnUntilReady(process.execPath, [crashOnce, join(dir, "marker")], { readyPattern: /ready/, forward: () => {} }),
      policy: fast,
      write: (line) => lines.push(line),
      onRestart: (child) => restarted.push(child.pid!),
    });
    const first = await s.ready;
    expect(first?.pid).toBeGreaterThan(0);
    await until(() => restarted.length === 1);
    const second = s.current();
    expect(second?.pid).toBe(restarted[0]);
    expect(second?.pid).not.toBe(first?.pid);
    expect(second?.exitCode).toBeNull();
    expect(lines[0]).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z \[giám sát\] thử: dừng \(mã 3\) sau [\d,]+ giây; khởi động lại sau 0,04 giây \(lần thử 1\)\n$/);
    expect(lines[1]).toMatch(/\[giám sát\] thử: đã chạy lại \(pid \d+\)\n$/);
    await s.stop();
    expect(second?.signalCode).toBe("SIGTERM");
    expect(s.current()).toBeNull();
  });

  it("a child that keeps failing to start again is tried with growing pauses, up to the cap", async () => {
    const lines: string[] = [];
    const s = supervise({
      name: "hỏng",
      start: spawnUntilReady(process.execPath, [breaksForGood, join(dir, "marker-2")], { readyPattern: /ready/, forward: () => {} }),
      policy: fast,
      write: (l) => lines.push(l),
    });
    await s.ready;
    await until(() => lines.length >= 6);
    await s.stop();
    const pauses = lines.slice(0, 6).map((l) => /sau ([\d,]+) giây \(/.exec(l)?.[1]);
    expect(pauses).toEqual(["0,04", "0,08", "0,16", "0,2", "0,2", "0,2"]);
    expect(lines[0]).toContain("dừng (mã 3)");
    expect(lines[1]).toContain("không khởi động được (dừng trước khi sẵn sàng (mã 1))");
    const count = lines.length;
    await new Promise((r) => setTimeout(r, 300));
    expect(lines.length).toBe(count); // stopped: nothing is tried again
  });

  it("a child that does not start the first time is not retried: the start fails with the reason", async () => {
    const lines: string[] = [];
    writeFileSync(join(dir, "marker-3"), "already");
    const s = supervise({
      name: "cấu hình",
      start: spawnUntilReady(process.execPath, [breaksForGood, join(dir, "marker-3")], { readyPattern: /ready/, forward: () => {} }),
      policy: fast,
      write: (l) => lines.push(l),
    });
    await expect(s.ready).rejects.toThrow("dừng trước khi sẵn sàng (mã 1)");
    await new Promise((r) => setTimeout(r, 150));
    expect(lines).toEqual([]);
  });
});
