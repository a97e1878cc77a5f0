import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { paths } from "@/lib/paths";
import { clientIpFrom } from "../client-ip";
import { db } from "../db";
import { AppError } from "../errors";
import { verifyCredentials } from "./sign-in";
import type { Role } from "@/generated/prisma/enums";

declare module "next-auth" {
  interface Session {
    user: { id: string; username: string; name: string; role: Role; unitId: string | null };
  }
  interface User {
    username: string;
    role: Role;
    unitId: string | null;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    username?: string;
    role?: Role;
    unitId?: string | null;
  }
}

function clientIp(headers: Record<string, unknown> | undefined): string | undefined {
  const forwarded = headers?.["x-forwarded-for"];
  return typeof forwarded === "string" || Array.isArray(forwarded) ? clientIpFrom(forwarded as string | string[]) : undefined;
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: paths.signIn(), error: paths.signIn() },
  providers: [
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
          return { id: user.id, name: user.fullName, username: user.username, role: user.role, unitId: user.unitId };
        } catch (error) {
          // next-auth passes the message to the sign-in page as ?error=…
          if (error instanceof AppError) throw new Error(error.message);
          console.error(error);
          throw new Error("Hệ thống đang gặp sự cố. Vui lòng thử lại sau.");
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.username = user.username;
        token.role = user.role;
        token.unitId = user.unitId;
      }
      return token;
    },
    session({ session, token }) {
      session.user = {
        id: token.uid ?? "",
        username: token.username ?? "",
        name: token.name ?? "",
        role: token.role ?? "OFFICER",
        unitId: token.unitId ?? null,
      };
      return session;
    },
  },
};
