"use client";

import { Printer } from "lucide-react";
import { buttonClass } from "@/components/ui/primitives";

/**
 * Opens the browser's print dialog. Pages that offer it also say to use the browser's Print
 * command, which is what works before JavaScript loads.
 */
export function PrintButton({ label, accessKey }: { label: string; accessKey?: string }) {
  return (
    <button type="button" onClick={() => window.print()} accessKey={accessKey} className={buttonClass("primary")}>
      <Printer aria-hidden="true" className="h-5 w-5" />
      {label}
    </button>
  );
}
