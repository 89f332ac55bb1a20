import { readFileSync } from "node:fs";
import { join } from "node:path";
import { tablesSynonymes } from "../../../src/domain/classeur/reperage/documentation";

describe("documentation des synonymes", () => {
  it("docs/synonymes.md contient les tables générées depuis les données", () => {
    const doc = readFileSync(join(__dirname, "../../../docs/synonymes.md"), "utf8");
    expect(doc).toContain(tablesSynonymes());
  });
});
