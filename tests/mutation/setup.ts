import fc from "fast-check";

// Under mutation testing each property runs for at most 0.3 s (instrumented code is several
// times slower, and each mutant reruns the properties that reach it); a property stopped by
// the limit passes if no counterexample was found by then. `npm run test:unit` keeps the
// full number of runs.
fc.configureGlobal({ interruptAfterTimeLimit: 300, markInterruptAsFailure: false });
