import rule from "../../src/check/rules/front-matter-key-unknown.js";
import { fact, facts, ruleTester } from "./tester.js";

ruleTester(rule, {
  valid: [{ facts: facts() }],
  invalid: [
    {
      facts: facts({ unknownKeys: [fact("负责人电话", 3), fact("budget_note", 4)] }),
      errors: [
        { messageId: "unknown", data: { key: "负责人电话" }, line: 3 },
        { messageId: "unknown", data: { key: "budget_note" }, line: 4 },
      ],
    },
  ],
});
