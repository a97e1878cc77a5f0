import { reportOutput } from "@/server/report/outputs";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return reportOutput(id, "html", "reviewer", new URL(request.url).searchParams.has("tai-ve"));
}
