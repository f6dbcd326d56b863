// Hidden classes kept from one call of the search to the next.
//
// V8 compiles a hot function for the hidden classes ("maps") of the objects it met, and holds those
// maps only weakly: a map that no object has any more goes at the next full collection, and the
// compiled code that checks for it goes with it. Between two calls nothing of the first is left, so
// a full collection between them (a server's, or the bench's before each call) threw away the
// search's compiled code, and the next call ran in the interpreter while V8 compiled it again
// (--trace-deopt: about twenty functions "marked for deoptimization, reason: weak objects" after
// each collection, and some fifty compiled again per call). At 100k items a call after a full
// collection took about 145 ms instead of about 110 with the maps kept. One small object of each
// class the search makes, built on the first call and kept here, keeps the maps and so the code.
// They are built on first use, not at import, so that importing a module costs nothing and a
// bundler may still drop what an app does not use. The objects hold no data of any call; nothing
// reads them.

const kept = new Map<string, object>();

/** Keeps, from the first time `name` is asked for on, the empty object `make` builds. */
export function keepShape(name: string, make: () => object): void {
  if (!kept.has(name)) kept.set(name, make());
}
