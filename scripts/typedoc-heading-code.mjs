// A TypeDoc plugin (typedoc.json "plugin"): a Markdown heading that holds code, such as "## `bilateral validate`",
// gets an anchor and an "On this page" entry that name that code. TypeDoc reads a heading's text from its text
// tokens only, so such a heading got the anchor "_" (then "_-1", ...) and a blank entry in the page's table of
// contents. This gives each inline code token of a heading a text child holding its code; markdown-it still
// renders the token as <code> from its content.

import { Application } from "typedoc";

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.on(Application.EVENT_BOOTSTRAP_END, () => {
    const previous = app.options.getValue("markdownItLoader");
    app.options.setValue("markdownItLoader", (parser) => {
      previous(parser);
      parser.core.ruler.push("heading_code_text", (state) => {
        state.tokens.forEach((token, index) => {
          if (token.type !== "inline" || state.tokens[index - 1]?.type !== "heading_open") return;
          for (const child of token.children ?? []) {
            if (child.type !== "code_inline" || child.children) continue;
            const text = new state.Token("text", "", 0);
            text.content = child.content;
            child.children = [text];
          }
        });
      });
    });
  });
}
