import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // forbidden() answers 403 with src/app/forbidden.tsx for out-of-scope pages.
  experimental: { authInterrupts: true },
  reactStrictMode: true,
  // Link hrefs and redirects are checked against the app's routes; paths are built in src/lib/paths.ts.
  typedRoutes: true,
  // The generated Prisma client and pg stay server-side Node modules.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@node-rs/argon2", "exceljs", "pdfkit"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
