// The layering of src/ (HOUSE-STYLE 7.1, issue 12), checked by `npm run lint:deps` inside `npm test`:
// the library never reaches up into the CLI, the model depends on nothing of ours, and no module imports
// itself back through a circle. Type-only imports count too: a type is as much a dependency as a value.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-cli-from-library",
      comment: "src/cli parses arguments and prints; the library (everything else under src/) is its first consumer, never the other way round.",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/cli/" },
      to: { path: "^src/cli/" },
    },
    {
      name: "model-stands-alone",
      comment: "src/model holds the zod schemas every room reads; it imports no other room of src/.",
      severity: "error",
      from: { path: "^src/model/" },
      to: { path: "^src/", pathNot: "^src/model/" },
    },
    {
      name: "no-circular",
      comment: "No import circles: a module never depends on itself through others.",
      severity: "error",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "not-to-unresolvable",
      comment: "Every relative import names a file that exists (the rules above would miss an import they cannot resolve).",
      severity: "error",
      from: { path: "^src/" },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    // ESM packages with subpath exports (opencc-js/t2cn) resolve through their "import" condition.
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "node", "default"] },
  },
};
