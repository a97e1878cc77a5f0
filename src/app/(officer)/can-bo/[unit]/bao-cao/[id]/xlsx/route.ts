import { reportOutput } from "@/server/report/outputs";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ unit: string; id: string }> }) {
  const { id } = await params;
  return reportOutput(id, "xlsx", "unit", new URL(request.url).searchParams.has("tai-ve"));
}
