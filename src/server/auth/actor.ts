import "server-only";
import type { Role } from "@/generated/prisma/enums";

/** Who is acting: a signed-in user (with the units they may act on), or a citizen. */
export type Actor =
  | {
      kind: "user";
      id: string;
      username: string;
      fullName: string;
      role: Role;
      /** The user's own unit (null for administrators). */
      unitId: string | null;
      /** Their unit and every unit under it; empty for administrators and reviewers' data access. */
      scopeUnitIds: string[];
      /**
       * Set on accounts created or reset by an administrator until the user picks their own
       * password: pages send them to the change-password page and actions refuse.
       */
      mustChangePassword?: boolean;
      ip?: string;
    }
  | { kind: "public"; ip?: string };

export type UserActor = Extract<Actor, { kind: "user" }>;
