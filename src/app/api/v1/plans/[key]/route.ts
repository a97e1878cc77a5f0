import { AppError } from "@/server/errors";
import { apiRoute, jsonResponse, PUBLIC_CACHE, otherMethods } from "@/server/public/api";
import { planDocument } from "@/server/public/plans";

export const dynamic = "force-dynamic";

/** One plan as its document shows it (blanks kept as null). */
export const GET = apiRoute<{ key: string }>(async (_request, { params }) => {
  const plan = await planDocument((await params).key);
  if (!plan) throw new AppError("NOT_FOUND", "Không tìm thấy kế hoạch.");
  return jsonResponse({ plan }, { headers: PUBLIC_CACHE });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
