import { readFileSync } from "node:fs";
import { join } from "node:path";
import { politiqueCsp } from "../../scripts/publication/csp";
import DIRECTIVES from "../../scripts/publication/csp.json";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- module CommonJS de webpack.
const webpack = require("../../scripts/publication/csp-webpack.js") as { politiqueCsp(): string };

const RACINE = join(__dirname, "..", "..");
/** L'adresse épinglée d'office.js que Microsoft documente. */
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

describe("politique de sécurité (CSP) des pages construites", () => {
  it("est la même pour webpack et pour le LISEZMOI", () => {
    expect(webpack.politiqueCsp()).toBe(politiqueCsp());
  });

  it("n'autorise comme scripts que le serveur du volet et l'hôte d'office.js, sans eval ni script en ligne", () => {
    expect(DIRECTIVES["script-src"]).toEqual(["'self'", new URL(OFFICE_JS).origin]);
    expect(politiqueCsp()).not.toMatch(/unsafe-eval|\*|data:|http:/);
  });

  it("ne laisse sortir ni connexion, ni cadre, ni image, ni police", () => {
    for (const d of ["default-src", "connect-src", "frame-src", "img-src", "font-src"] as const)
      expect(DIRECTIVES[d]).toEqual(["'self'"]);
  });

  it.each(["src/taskpane/taskpane.html", "src/commands/commands.html"])(
    "%s charge office.js à l'adresse épinglée",
    (page) => {
      const srcs = [...readFileSync(join(RACINE, page), "utf8").matchAll(/src="([^"]+)"/g)];
      expect(srcs.map((m) => m[1])).toEqual([OFFICE_JS]);
    },
  );
});
