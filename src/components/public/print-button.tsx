"use client";

import { Printer } from "lucide-react";
import { buttonClass } from "@/components/ui/primitives";

/** Opens the browser's print dialog; without JavaScript the page says to use the browser's Print command. */
export function PrintButton({ label = "In bản niêm yết" }: { label?: string }) {
  return (
    <button type="button" onClick={() => window.print()} className={buttonClass("primary")}>
      <Printer aria-hidden="true" size={20} /> {label}
    </button>
  );
}
