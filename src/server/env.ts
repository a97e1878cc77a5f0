import "server-only";
import { z } from "zod";

/** Settings, parsed once; a bad setting stops the start with a clear message. */
const envSchema = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL chưa được đặt (npm start đặt nó cho cơ sở dữ liệu nhúng)." })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL phải là một địa chỉ postgresql://"),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET phải dài ít nhất 16 ký tự.").optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  /** The portal's public address for printed QR codes, links and calendar feeds (see src/server/public-url.ts). */
  PUBLIC_URL: z.string().url().optional(),
  /** Deprecated name of PUBLIC_URL, still read so that existing settings keep working. */
  PUBLIC_BASE_URL: z.string().url().optional(),
  /** Home-visit requests a citizen may send per IP address, and per phone number, in the window. */
  HOME_VISIT_MAX_REQUESTS: z.coerce.number().int().min(1).default(5),
  HOME_VISIT_WINDOW_MINUTES: z.coerce.number().int().min(1).default(60),
  /** Training/demo only: the clock starts at this instant (see src/server/clock.ts). */
  APP_SIMULATED_START: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (!v) return undefined;
      const d = new Date(v);
      if (Number.isNaN(d.getTime())) {
        ctx.addIssue({ code: "custom", message: "APP_SIMULATED_START phải là thời điểm ISO 8601, ví dụ 2024-03-06T09:00:00+07:00." });
        return z.NEVER;
      }
      return d;
    }),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

type Env = z.infer<typeof envSchema>;

function parseEnv(): Env {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Cấu hình không hợp lệ:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}
