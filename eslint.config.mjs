import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", "node_modules/**", "data/**", "src/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts", ".stryker-tmp/**", "reports/**"]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Playwright fixtures call their `use` argument, which is not React's hook.
    files: ["tests/e2e/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // The rules are a pure core: no framework, database, I/O or clock in src/domain.
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["next", "next/*", "react", "react-dom", "@prisma/*", "@/generated/*", "pg", "fs", "node:*", "@/server/*", "@/app/*", "@/components/*", "server-only"], message: "src/domain is pure: pass data in, get data out." },
            // The same layers reached by a relative path ("../../server/db").
            { regex: "^\\.\\.?/(?:.*/)?(?:server|app|components|generated)(?:/|$)", message: "src/domain is pure: pass data in, get data out." },
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "Time is a parameter in src/domain: no new Date() without an argument." },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "Time is a parameter in src/domain: no Date.now()." },
      ],
    },
  },
]);
