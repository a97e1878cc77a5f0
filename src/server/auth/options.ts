import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { localPath, paths } from "@/lib/paths";
import { writeAudit } from "../audit/audit";
import { clientIpFrom } from "../client-ip";
import { now as serverNow } from "../clock";
import { db } from "../db";
import { AppError, isDatabaseUnavailable } from "../errors";
import { SESSION_IDLE_SECONDS, SessionEnded, claimsForSignIn, noteSessionError, refreshSessionToken } from "./session-token";
import { verifyCredentials } from "./sign-in";
import type { Role } from "@/generated/prisma/enums";

declare module "next-auth" {
  interface Session {
    user: { id: string; username: string; name: string; role: Role; unitId: string | null; mustChangePassword: boolean };
  }
  interface User {
    username: string;
    fullName: string;
    role: Role;
    unitId: string | null;
    sessionVersion: number;
    mustChangePassword: boolean;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    username?: string;
    role?: Role;
    unitId?: string | null;
    /** The user's session version when the token was issued (src/server/auth/session-token.ts). */
    sv?: number;
    /** The sign-in, in seconds since the epoch: the absolute lifetime counts from it, renewals do not move it. */
    signedInAt?: number;
    mustChangePassword?: boolean;
  }
}

function clientIp(headers: Record<string, unknown> | undefined): string | undefined {
  const forwarded = headers?.["x-forwarded-for"];
  return typeof forwarded === "string" || Array.isArray(forwarded) ? clientIpFrom(forwarded as string | string[]) : undefined;
}

// next-auth's own choice, written out so that the sign-in action sets the same cookie.
const secureCookie = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
export const sessionCookie = {
  name: `${secureCookie ? "__Secure-" : ""}next-auth.session-token`,
  options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure: secureCookie },
};

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS },
  cookies: { sessionToken: sessionCookie },
  pages: { signIn: paths.signIn(), error: paths.signIn() },
  providers: [
    // The sign-in page posts to its own server action (src/server/auth/actions.ts); this
    // provider serves scripts and the HTTP tests, through the same verifyCredentials.
    CredentialsProvider({
      name: "Tài khoản cán bộ",
      credentials: {
        username: { label: "Tên đăng nhập", type: "text" },
        password: { label: "Mật khẩu", type: "password" },
      },
      async authorize(credentials, req) {
        try {
          const user = await verifyCredentials(db, {
            username: String(credentials?.username ?? ""),
            password: String(credentials?.password ?? ""),
            ip: clientIp(req?.headers as Record<string, unknown> | undefined),
          });
          return { ...user, name: user.fullName };
        } catch (error) {
          // next-auth passes the message to the sign-in page as ?error=…, which shows only
          // known codes (signInErrorText): send the code, never free text.
          if (error instanceof AppError) throw new Error(error.code);
          if (isDatabaseUnavailable(error)) throw new Error("UNAVAILABLE");
          console.error(error);
          throw new Error("INTERNAL");
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) return { ...token, ...claimsForSignIn(user, serverNow()) };
      // Every read of the session (pages, actions, /api/auth/session) comes through here.
      const fresh = await refreshSessionToken(db, token, serverNow()).catch((error: unknown) => {
        // next-auth turns any throw into "no session": readSession() rethrows an outage.
        noteSessionError(error);
        throw error;
      });
      if (!fresh) throw new SessionEnded();
      return fresh;
    },
    session({ session, token }) {
      session.user = {
        id: token.uid ?? "",
        username: token.username ?? "",
        name: token.name ?? "",
        role: token.role ?? "OFFICER",
        unitId: token.unitId ?? null,
        mustChangePassword: token.mustChangePassword ?? false,
      };
      return session;
    },
    // The same test as the sign-in page's: a callback stays on this site.
    redirect({ url, baseUrl }) {
      return `${baseUrl}${localPath(url, baseUrl) ?? paths.afterSignIn()}`;
    },
  },
  events: {
    // Signing out ends the user's sessions everywhere; a token already revoked changes nothing.
    async signOut({ token }) {
      if (!token?.uid) return;
      const user = await db.user.findUnique({ where: { id: token.uid }, select: { id: true, username: true, role: true, unitId: true, sessionVersion: true } });
      if (!user || user.sessionVersion !== (token.sv ?? 0)) return;
      await db.$transaction(async (tx) => {
        const { count } = await tx.user.updateMany({ where: { id: user.id, sessionVersion: user.sessionVersion }, data: { sessionVersion: { increment: 1 } } });
        if (count === 0) return;
        await writeAudit(tx, { kind: "user", ...user, fullName: "", scopeUnitIds: [] }, { action: "auth.signout", entity: "User", entityId: user.id, unitId: user.unitId });
      });
    },
  },
  logger: {
    // A revoked or expired session is an expected answer, not an error worth a stack trace.
    error(code, metadata) {
      const error = metadata instanceof Error ? metadata : (metadata as { error?: unknown } | undefined)?.error;
      if (error instanceof SessionEnded || (error as { name?: string } | undefined)?.name === "SessionEnded") return;
      console.error(`[next-auth][error][${code}]`, metadata);
    },
  },
};
