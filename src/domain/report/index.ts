/** Reports: periods and due dates, states, coverage, figures, document layout, chart geometry, roll-up ranges. */
export * from "./periods";
export * from "./status";
export * from "./coverage";
export * from "./figures";
export * from "./targets";
export * from "./document";
export * from "./chart";
export * from "./month-split";
export * from "./reviewer";
