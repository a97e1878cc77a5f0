/** Reports: periods and due dates, states, coverage, figures, document layout, chart geometry. */
export * from "./periods";
export * from "./status";
export * from "./coverage";
export * from "./figures";
export * from "./targets";
export * from "./document";
export * from "./chart";
