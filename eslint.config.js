// `npm run lint`: ESLint's and typescript-eslint's recommended rules over the sources, the tests, the scripts
// and the benchmarks. `tsc -p tsconfig.test.json` (npm run typecheck) does the type checking.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "coverage/", "fixtures/"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    rules: {
      // Paired assignments are written `if (x) (a = 1), (b = 2);` throughout src/ (a comma sequence, which this rule refuses).
      "@typescript-eslint/no-unused-expressions": "off",
      // ANSI colour codes and the control characters XML forbids are matched on purpose.
      "no-control-regex": "off",
      // The lexicon's character classes escape `-`, `[` and `\s` for the reader; harmless, and many of them.
      "no-useless-escape": "off",
      // Notices are typeset with the ideographic space (U+3000); strings, patterns and comments quote them.
      "no-irregular-whitespace": ["error", { skipComments: true, skipRegExps: true, skipTemplates: true }],
    },
  },
);
