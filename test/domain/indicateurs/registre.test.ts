import { readFileSync } from "node:fs";
import { join } from "node:path";
import { tableIndicateurs } from "../../../src/domain/indicateurs/documentation";
import {
  FAMILLES,
  INDICATEURS,
  calculerIndicateurs,
} from "../../../src/domain/indicateurs/registre";
import { repere } from "./fabrique";

describe("registre des indicateurs", () => {
  it("des ids uniques", () => {
    const ids = INDICATEURS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(INDICATEURS.map((d) => [d.id, d] as const))("%s : format famille.nom-court", (id, d) => {
    expect(id).toMatch(/^[a-z0-9]+\.[a-z0-9]+(?:-[a-z0-9]+)*$/);
    const famille = FAMILLES.find((f) => f.definitions.includes(d));
    expect(id.startsWith(`${famille?.cle}.`)).toBe(true);
    expect(d.libelle.length).toBeGreaterThan(0);
    expect(d.reference.length).toBeGreaterThan(0);
    for (const s of d.seuils) expect(s.source.length).toBeGreaterThan(0);
  });

  it("un modèle repéré vide ne donne aucun indicateur", () => {
    expect(calculerIndicateurs(repere())).toEqual([]);
  });

  it("docs/indicateurs.md contient la table générée depuis le registre", () => {
    const doc = readFileSync(join(__dirname, "../../../docs/indicateurs.md"), "utf8");
    expect(doc).toContain(tableIndicateurs());
  });
});
