"use client";

import { Printer } from "lucide-react";
import { buttonClass } from "@/components/ui/primitives";

export function PrintButton({ label = "In phiếu" }: { label?: string }) {
  return (
    <button type="button" className={buttonClass("primary")} onClick={() => window.print()} accessKey="p">
      <Printer aria-hidden="true" className="h-5 w-5" />
      {label}
    </button>
  );
}
